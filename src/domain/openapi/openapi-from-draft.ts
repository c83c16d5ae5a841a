import type { EndpointContract, SecurityScheme } from '../draft/contract-schema';
import type { Draft } from '../draft/draft-schema';
import { emptyDraft } from '../draft/empty-draft';
import type { Endpoint, FailureMode, Service } from '../draft/scoping-schema';
import { statusInfo } from '../http/http-status-catalog';

/** The security scheme the skeleton names where a service expects 401 and 403 and says no more. */
const SECURITY_SCHEME = 'bearerAuth';
const BEARER: SecurityScheme = { type: 'http', scheme: 'bearer' };

/** RFC 9457's body for an error: what an error response carries when the document named none. */
const PROBLEM_DETAILS = 'ProblemDetails';
const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A parameter's or body's input: anything a client sends that is not in the path. */
const PARAMETER_FORMAT = /^(query|header|cookie|path) parameter\b/i;

type Json = Record<string, unknown>;

/**
 * An OpenAPI 3.1 document of the draft's Scoping, the deliverable of an "OpenAPI sketch" spike:
 * a tag per service (its primary function as description) and an operation per endpoint. What
 * an import read is written back as the document had it (`Endpoint.contract` and
 * `Service.contract`): servers, operationIds, security per operation (public stays public,
 * optional stays optional, each scheme as declared), parameters, request and response bodies by
 * their schema names, every declared status. The rest comes from the service: path parameters,
 * a request named after its inputs, a response named after the output its success criterion
 * names, a response per failure mode, and `security` where the service answers both 401 and 403.
 * Error responses carry their named body, else RFC 9457 problem details; 204 and other
 * body-less statuses carry none. Importing it gives the same services back. Pure.
 */
export function openApiFromDraft(draft: Draft, version = '0.1.0'): Json {
  const components = new Components();
  const paths: Record<string, Record<string, Json>> = {};
  const servers: string[] = [];
  const schemes: Record<string, SecurityScheme> = {};
  const operationIds = new Set<string>();
  const written: { service: Service; endpoint: Endpoint; path: string; method: string }[] = [];

  for (const service of draft.scoping.services) {
    for (const url of service.contract?.servers ?? [])
      if (!servers.includes(url)) servers.push(url);
    for (const [name, scheme] of Object.entries(service.contract?.securitySchemes ?? {})) {
      schemes[name] = withScopesOf(schemes[name], scheme);
    }
    for (const original of service.endpoints) {
      let endpoint = original;
      const path = endpoint.path.startsWith('/') ? endpoint.path : `/${endpoint.path}`;
      const method = endpoint.method.toLowerCase();
      const item = (paths[path] ??= {});
      if (item[method] !== undefined) continue;
      // Claimed before any generated id, so a document's own operationIds are kept as written.
      const own = endpoint.contract?.operationId;
      if (own !== undefined && !operationIds.has(own)) operationIds.add(own);
      else if (own !== undefined) {
        // Used twice (two imports of one API): the second gets a generated id instead.
        const { operationId: _, ...rest } = endpoint.contract ?? {};
        endpoint = { ...endpoint, contract: rest };
      }
      item[method] = {};
      written.push({ service, endpoint, path, method });
    }
  }
  for (const { service, endpoint, path, method } of written) {
    const operation = operationOf(service, endpoint, path, components, operationIds);
    for (const requirement of (operation.security as Json[] | undefined) ?? []) {
      for (const name of Object.keys(requirement)) schemes[name] ??= BEARER;
    }
    (paths[path] as Record<string, Json>)[method] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: draft.discovery.featureTitle.trim() || 'Backend breakdown',
      version,
      ...(draft.discovery.outcome.trim() ? { description: draft.discovery.outcome.trim() } : {}),
    },
    // A server list is what clients and linters look for; without one from a document, the
    // document's own host is the server (a relative URL, as OpenAPI reads an absent list).
    servers:
      servers.length > 0
        ? servers.map((url) => ({ url }))
        : [{ url: '/', description: 'The host serving this document; set the API’s base URL.' }],
    tags: draft.scoping.services.map((service) => ({
      name: service.name,
      ...(service.primaryFunction.trim() ? { description: service.primaryFunction } : {}),
    })),
    paths,
    components: {
      schemas: components.schemas,
      ...(Object.keys(schemes).length > 0 ? { securitySchemes: schemes } : {}),
    },
  };
}

/**
 * One scheme as two services keep it: each holds only the OAuth scopes its endpoints ask for,
 * so the document's scheme offers them all.
 */
function withScopesOf(kept: SecurityScheme | undefined, more: SecurityScheme): SecurityScheme {
  if (kept === undefined) return more;
  if (!kept.flows || !more.flows) return kept;
  const flows = { ...kept.flows };
  for (const [kind, flow] of Object.entries(more.flows)) {
    const mine = flows[kind];
    flows[kind] = mine ? { ...mine, scopes: { ...mine.scopes, ...flow.scopes } } : flow;
  }
  return { ...kept, flows };
}

function operationOf(
  service: Service,
  endpoint: Endpoint,
  path: string,
  components: Components,
  operationIds: Set<string>,
): Json {
  const contract = endpoint.contract;
  const operationId =
    contract?.operationId ?? uniqueId(`${service.name} ${endpoint.method} ${path}`, operationIds);
  const parameters = parametersOf(path, contract);
  const requestBody = requestOf(service, endpoint, contract, components);
  const responses = responsesOf(service, endpoint, path, contract, components);
  const security = securityOf(service, contract);
  return {
    tags: [service.name],
    ...(endpoint.summary.trim() ? { summary: endpoint.summary } : {}),
    operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    security,
  };
}

/** The document's own parameters, else (and for any path template they miss) the path's. */
function parametersOf(path: string, contract: EndpointContract | undefined): Json[] {
  const templated = new Set([...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name));
  // A path the team edited after the import may no longer name a parameter it had.
  const kept = (contract?.parameters ?? []).filter((p) => p.in !== 'path' || templated.has(p.name));
  const own = kept.map((p) => ({
    name: p.name,
    in: p.in,
    required: p.in === 'path' || p.required === true,
    schema: typeSchema(p.type),
  }));
  const missing = [...templated]
    .map((name) => name ?? '')
    .filter((name) => !own.some((p) => p.in === 'path' && p.name === name))
    .map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  return [...own, ...missing];
}

/** "integer", "array of string", "string or null" as a schema; any value without a type. */
function typeSchema(type: string | undefined): Json {
  if (type === undefined) return {};
  const alternatives = type.split(' or ').map((one): Json => {
    const item = /^array of (.+)$/.exec(one);
    if (item) return { type: 'array', items: typeSchema(item[1]) };
    return { type: one };
  });
  if (alternatives.length === 1) return alternatives[0] ?? {};
  return alternatives.every((a) => Object.keys(a).length === 1)
    ? { type: alternatives.map((a) => a.type) }
    : { anyOf: alternatives };
}

function requestOf(
  service: Service,
  endpoint: Endpoint,
  contract: EndpointContract | undefined,
  components: Components,
): Json | undefined {
  if (contract) {
    const request = contract.request;
    if (!request) return undefined;
    return {
      ...(request.required ? { required: true } : {}),
      content: {
        [request.mediaType]: { schema: request.schema ? components.ref(request.schema) : {} },
      },
    };
  }
  if (!BODY_METHODS.has(endpoint.method)) return undefined;
  const bodyInputs = service.inputs.filter((input) => !PARAMETER_FORMAT.test(input.format));
  if (bodyInputs.length === 0) return undefined;
  const name = `${service.name} request`;
  const ref = components.object(name, {
    title: name,
    type: 'object',
    description: `What a client sends to ${service.name}.`,
    properties: Object.fromEntries(
      bodyInputs.map((input) => [input.name, { description: input.format }]),
    ),
  });
  return { content: { 'application/json': { schema: ref } } };
}

/** Statuses whose responses have no body (RFC 9110): 1xx, 204, 205 and 304. */
const bodyless = (status: string) => /^(1\d\d|1XX|204|205|304)$/.test(status);
const isSuccess = (status: string) => /^(2\d\d|2XX)$/.test(status);

function responsesOf(
  service: Service,
  endpoint: Endpoint,
  path: string,
  contract: EndpointContract | undefined,
  components: Components,
): Record<string, Json> {
  const responses: Record<string, Json> = {};
  const failures = failuresOf(service, endpoint, path);
  const success = successOf(service, endpoint);
  const declared = contract?.responses ?? [];
  for (const response of declared) {
    const status = response.status;
    if (isSuccess(status) || /^[13]/.test(status)) {
      const described =
        String(success.status) === status && success.output ? success.output : undefined;
      responses[status] = {
        description:
          described ?? response.schema ?? statusInfo(Number(status))?.reason ?? 'Success',
        ...(response.mediaType && !bodyless(status)
          ? { content: { [response.mediaType]: { schema: schemaOf(response.schema, components) } } }
          : {}),
      };
    } else {
      const failure = failures.find((f) => keyOf(f.mode) === status);
      responses[status] = errorResponse(
        failure?.description ?? statusInfo(Number(status))?.reason ?? 'Error',
        status,
        response.mediaType,
        response.schema,
        components,
      );
    }
  }
  // An operation the document gave no success response keeps none: its contract is the word.
  if (!contract && !declared.some((r) => isSuccess(r.status))) {
    const status = String(success.status);
    const output = success.output === undefined ? undefined : success.output;
    responses[status] = {
      description: output ?? 'Success',
      ...(output && !bodyless(status) && endpoint.method !== 'HEAD'
        ? { content: { 'application/json': { schema: components.ref(output) } } }
        : {}),
    };
  }
  for (const failure of failures) {
    const key = keyOf(failure.mode);
    responses[key] ??= errorResponse(failure.description, key, undefined, undefined, components);
  }
  return responses;
}

function schemaOf(name: string | undefined, components: Components): Json {
  return name ? components.ref(name) : {};
}

function errorResponse(
  description: string,
  status: string,
  mediaType: string | undefined,
  schema: string | undefined,
  components: Components,
): Json {
  if (bodyless(status)) return { description };
  const media = mediaType ?? PROBLEM_MEDIA_TYPE;
  const body = schema ? components.ref(schema) : components.problemDetails();
  return { description, content: { [media]: { schema: body } } };
}

/**
 * The response key a failure mode is written under: the import states a `default` response as
 * "any other error…" and a range as "any 4XX error…", which go back there, not under 500 or 400.
 */
function keyOf(mode: FailureMode): string {
  const reason = mode.condition.includes(': ')
    ? mode.condition.slice(mode.condition.indexOf(': ') + 2)
    : mode.condition;
  if (/^any other error\b/.test(reason) || /^any other error\b/.test(mode.condition))
    return 'default';
  const range = /\bany ([45])XX error\b/.exec(mode.condition);
  return range ? `${range[1] ?? ''}XX` : String(mode.status);
}

/**
 * The security the operation states, always (an operation without any reads as "whatever the
 * root says", which linters refuse): the document's own (an empty list is public, an empty
 * requirement among others optional; none at all was public), else a bearer token where the
 * service answers both 401 and 403 or the team marked it authenticated, else public: a service
 * that never refuses a caller for credentials asks for none.
 */
function securityOf(service: Service, contract: EndpointContract | undefined): Json[] {
  if (contract) return contract.security ?? service.contract?.security ?? [];
  const needsCredentials =
    service.authenticated === true ||
    (service.authenticated !== false &&
      [401, 403].every((status) => service.failureModes.some((f) => f.status === status)));
  return needsCredentials ? [{ [SECURITY_SCHEME]: [] }] : [];
}

/** The status and output the endpoint's success criterion states ("… answers 201 with Order"). */
function successOf(service: Service, endpoint: Endpoint): { status: number; output?: string } {
  const criterion = service.successCriteria.find(
    (c) => c.tiedTo?.kind === 'endpoint' && c.tiedTo.id === endpoint.id,
  );
  const said = /answers (2\d\d)(?: with (.+))?$/.exec(criterion?.statement ?? '');
  const status = said ? Number(said[1]) : endpoint.method === 'POST' ? 201 : 200;
  const output = said?.[2] ?? (service.outputs.length === 1 ? service.outputs[0]?.name : undefined);
  return output === undefined ? { status } : { status, output };
}

/**
 * The failure modes an endpoint answers with, and each response's description. A condition
 * that starts with the endpoint ("GET /orders: …") or lists it ("GET /a, GET /b: …") is that
 * endpoint's, described by what follows; any other is the whole service's, on every endpoint.
 */
function failuresOf(
  service: Service,
  endpoint: Endpoint,
  path: string,
): { mode: FailureMode; description: string }[] {
  const label = `${endpoint.method} ${path}`;
  const labels = new Set(service.endpoints.map((e) => `${e.method} ${e.path}`));
  return service.failureModes.flatMap((mode) => {
    const split = mode.condition.indexOf(': ');
    const named =
      split > 0
        ? mode.condition
            .slice(0, split)
            .split(', ')
            .filter((part) => labels.has(part))
        : [];
    const rest = split > 0 ? mode.condition.slice(split + 2) : mode.condition;
    if (named.length === 0) {
      const description = mode.condition.trim() || statusInfo(mode.status)?.reason || 'Failure';
      return [{ mode, description }];
    }
    return named.includes(label) ? [{ mode, description: rest }] : [];
  });
}

/** `OrdersGetOrdersId`-style ids: letters and digits, unique in the document. */
function uniqueId(words: string, taken: Set<string>): string {
  const base =
    words
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((word, index) =>
        index === 0
          ? word.toLowerCase()
          : `${word.slice(0, 1).toUpperCase()}${word.slice(1).toLowerCase()}`,
      )
      .join('') || 'operation';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${String(n)}`;
  taken.add(id);
  return id;
}

/**
 * The document's schemas: one component per name, under a key OpenAPI 3.0 accepts
 * (`^[a-zA-Z0-9._-]+$`), titled with the name so an import reads the name back.
 */
class Components {
  readonly schemas: Record<string, Json> = {};
  private readonly keyOf = new Map<string, string>();

  ref(name: string): Json {
    return this.object(name, { title: name, type: 'object' });
  }

  object(name: string, schema: Json): Json {
    let key = this.keyOf.get(name);
    if (key === undefined) {
      const base = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'Schema';
      key = base;
      for (let n = 2; this.schemas[key] !== undefined; n++) key = `${base}_${String(n)}`;
      this.keyOf.set(name, key);
      this.schemas[key] = schema;
    }
    return { $ref: `#/components/schemas/${key}` };
  }

  problemDetails(): Json {
    return this.object(PROBLEM_DETAILS, {
      title: PROBLEM_DETAILS,
      type: 'object',
      description: 'An error, as RFC 9457 problem details.',
      properties: {
        type: { type: 'string', format: 'uri-reference' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        instance: { type: 'string', format: 'uri-reference' },
      },
    });
  }
}

/**
 * One endpoint's part of the document, `{ "/orders": { "post": {…} } }` (parameters, request,
 * responses, security), for an endpoint's ticket to carry as a code block. Worked out against its
 * whole service, so a failure mode names the same endpoints as in the full export.
 */
export function endpointOpenApiFragment(service: Service, endpoint: Endpoint): Json {
  const document = openApiFromDraft({ ...emptyDraft(), scoping: { services: [service] } });
  const path = endpoint.path.startsWith('/') ? endpoint.path : `/${endpoint.path}`;
  const method = endpoint.method.toLowerCase();
  const paths = document.paths as Record<string, Record<string, Json> | undefined>;
  const operation = paths[path]?.[method];
  return operation === undefined ? {} : { [path]: { [method]: operation } };
}
