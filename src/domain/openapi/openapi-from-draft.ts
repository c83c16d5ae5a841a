import type { Draft } from '../draft/draft-schema';
import { emptyDraft } from '../draft/empty-draft';
import type { Endpoint, FailureMode, Service } from '../draft/scoping-schema';
import { statusInfo } from '../http/http-status-catalog';

/** The security scheme the skeleton names where a service expects 401 and 403. */
const SECURITY_SCHEME = 'bearerAuth';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A parameter's or body's input: anything a client sends that is not in the path. */
const PARAMETER_FORMAT = /^(query|header|cookie|path) parameter\b/i;

type Json = Record<string, unknown>;

/**
 * An OpenAPI 3.1 skeleton of the draft's Scoping, the deliverable of an "OpenAPI sketch" spike:
 * a tag per service (its primary function as description), an operation per endpoint with its
 * path parameters, a request placeholder named after the service's inputs, a response named
 * after the output its success criterion names, a response per failure mode (status and
 * condition), and `security` where the service answers both 401 and 403. Importing it gives the
 * same services, endpoints and failure modes back. Pure: the resolver renders it as YAML or JSON.
 */
export function openApiFromDraft(draft: Draft, version = '0.1.0'): Json {
  const schemas: Record<string, Json> = {};
  const names = new ComponentNames();
  const paths: Record<string, Record<string, Json>> = {};
  let secured = false;

  for (const service of draft.scoping.services) {
    const needsCredentials = [401, 403].every((status) =>
      service.failureModes.some((f) => f.status === status),
    );
    secured ||= needsCredentials && service.endpoints.length > 0;
    const outputs = new Map(
      service.outputs.map((output) => [output.name, names.claim(output.name)] as const),
    );
    for (const [name, component] of outputs) {
      schemas[component] = placeholder(name, `Output of ${service.name}.`);
    }
    const bodyInputs = service.inputs.filter((input) => !PARAMETER_FORMAT.test(input.format));
    const request = bodyInputs.length > 0 ? names.claim(`${service.name} request`) : undefined;
    if (request) {
      schemas[request] = {
        title: `${service.name} request`,
        type: 'object',
        description: `What a client sends to ${service.name}.`,
        properties: Object.fromEntries(
          bodyInputs.map((input) => [input.name, { description: input.format }]),
        ),
      };
    }
    const operationIds = new Set<string>();
    for (const endpoint of service.endpoints) {
      const path = endpoint.path.startsWith('/') ? endpoint.path : `/${endpoint.path}`;
      const method = endpoint.method.toLowerCase();
      const item = (paths[path] ??= {});
      if (item[method] !== undefined) continue;
      item[method] = operation(service, endpoint, path, {
        outputs,
        request: BODY_METHODS.has(endpoint.method) ? request : undefined,
        secured: needsCredentials,
        operationId: uniqueId(`${service.name} ${endpoint.method} ${path}`, operationIds),
      });
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: draft.discovery.featureTitle.trim() || 'Backend breakdown',
      version,
      ...(draft.discovery.outcome.trim() ? { description: draft.discovery.outcome.trim() } : {}),
    },
    tags: draft.scoping.services.map((service) => ({
      name: service.name,
      ...(service.primaryFunction.trim() ? { description: service.primaryFunction } : {}),
    })),
    paths,
    components: {
      schemas,
      ...(secured
        ? { securitySchemes: { [SECURITY_SCHEME]: { type: 'http', scheme: 'bearer' } } }
        : {}),
    },
  };
}

function operation(
  service: Service,
  endpoint: Endpoint,
  path: string,
  context: {
    outputs: Map<string, string>;
    request: string | undefined;
    secured: boolean;
    operationId: string;
  },
): Json {
  const parameters = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const success = successOf(service, endpoint);
  const output = success.output === undefined ? undefined : context.outputs.get(success.output);
  const responses: Record<string, Json> = {
    [String(success.status)]: {
      description: output && success.output ? success.output : 'Success',
      ...(output ? { content: jsonBody(output) } : {}),
    },
  };
  for (const failure of failuresOf(service, endpoint, path)) {
    responses[String(failure.mode.status)] ??= { description: failure.description };
  }
  return {
    tags: [service.name],
    ...(endpoint.summary.trim() ? { summary: endpoint.summary } : {}),
    operationId: context.operationId,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(context.request ? { requestBody: { content: jsonBody(context.request) } } : {}),
    responses,
    ...(context.secured ? { security: [{ [SECURITY_SCHEME]: [] }] } : {}),
  };
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

function placeholder(name: string, description: string): Json {
  return { title: name, type: 'object', description };
}

function jsonBody(component: string): Json {
  return { 'application/json': { schema: { $ref: `#/components/schemas/${component}` } } };
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

/** Component names OpenAPI 3.0 accepts (`^[a-zA-Z0-9._-]+$`), unique in the document. */
class ComponentNames {
  private readonly taken = new Set<string>();
  claim(name: string): string {
    const base = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'Schema';
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}_${String(n)}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * One endpoint's part of the skeleton, `{ "/orders": { "post": {…} } }` (parameters, request,
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
