import {
  PARAMETER_LOCATIONS,
  securitySchemeSchema,
  type EndpointContract,
  type SecurityScheme,
  type ServiceContract,
} from '../draft/contract-schema';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { ImportedOperation } from './collect-operations';
import { fitText } from './fit-text';
import { isRecord } from './json-pointer';
import type { OpenApiDocument, OpenApiRequestBody, OpenApiResponse } from './openapi-document';
import { resolveRef } from './resolve-ref';
import { firstContent, schemaName, schemaType } from './schema-name';

const cut = (text: string, max: number = L.name) => (text.length > max ? text.slice(0, max) : text);

/** A schema's name as the draft keeps it: the same cut the import's outputs get. */
export function contractSchemaName(
  api: OpenApiDocument,
  schema: Parameters<typeof schemaName>[1],
): string | undefined {
  const name = schemaName(api, schema);
  return name === undefined ? undefined : fitText(name, L.name, '', []);
}

/**
 * What the export needs to write the operation back as the document had it: its operationId,
 * security, parameters, request body and declared responses with the schemas they name.
 */
export function endpointContract(api: OpenApiDocument, op: ImportedOperation): EndpointContract {
  const { operation } = op;
  const security = Array.isArray(operation.security) ? operation.security : api.security;
  const parameters = op.parameters
    .filter((p) => (PARAMETER_LOCATIONS as readonly string[]).includes(p.in))
    .slice(0, L.inputs)
    .map((p) => {
      const type = schemaType(api, p.schema);
      return {
        name: cut(p.name),
        in: p.in as (typeof PARAMETER_LOCATIONS)[number],
        ...(p.in === 'path' || p.required === true ? { required: true as const } : {}),
        ...(type ? { type: cut(type) } : {}),
      };
    });
  const requestBody = resolveRef<OpenApiRequestBody>(api, operation.requestBody).value;
  const body = firstContent(requestBody?.content);
  const responses = Object.entries(isRecord(operation.responses) ? operation.responses : {})
    .filter(([status]) => /^([1-5]\d\d|[1-5]XX|default)$/i.test(status))
    .slice(0, L.failureModes)
    .map(([status, written]) => {
      const response = resolveRef<OpenApiResponse>(api, written).value;
      const content = firstContent(response?.content);
      const schema = content ? contractSchemaName(api, content.schema) : undefined;
      return {
        status: /^default$/i.test(status) ? 'default' : status.toUpperCase(),
        ...(content ? { mediaType: cut(content.mediaType) } : {}),
        ...(schema ? { schema } : {}),
      };
    });
  const bodySchema = body ? contractSchemaName(api, body.schema) : undefined;
  return {
    ...(typeof operation.operationId === 'string'
      ? { operationId: cut(operation.operationId) }
      : {}),
    ...(Array.isArray(security) ? { security: securityOf(security) } : {}),
    parameters,
    ...(body
      ? {
          request: {
            mediaType: cut(body.mediaType),
            ...(bodySchema ? { schema: bodySchema } : {}),
            required: requestBody?.required === true,
          },
        }
      : {}),
    responses,
  };
}

function securityOf(security: unknown[]): NonNullable<EndpointContract['security']> {
  return security
    .filter(isRecord)
    .slice(0, 10)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([scheme, scopes]) => [
          cut(scheme),
          (Array.isArray(scopes) ? scopes : [])
            .filter((s): s is string => typeof s === 'string')
            .slice(0, 50)
            .map((s) => cut(s)),
        ]),
      ),
    );
}

/**
 * The document's servers and the security schemes `contracts` name, as the service keeps them.
 * A scheme the draft cannot hold as written (an unknown type) is left out.
 */
export function serviceContract(
  api: OpenApiDocument,
  contracts: EndpointContract[],
): ServiceContract {
  const servers = (Array.isArray(api.servers) ? api.servers : [])
    .map((server) => (isRecord(server) && typeof server.url === 'string' ? server.url : undefined))
    // "/" alone is what an absent list means (and what the export writes for none).
    .filter((url): url is string => url !== undefined && url !== '/' && url.length <= L.line)
    .slice(0, 10);
  const named = new Set(contracts.flatMap((c) => (c.security ?? []).flatMap(Object.keys)));
  const declared = isRecord(api.components?.securitySchemes) ? api.components.securitySchemes : {};
  const schemes: Record<string, SecurityScheme> = {};
  // Only the scopes its endpoints ask for: Jira's OAuth scheme lists a hundred, in every service.
  const used = new Set(
    contracts.flatMap((c) => (c.security ?? []).flatMap((r) => Object.values(r).flat())),
  );
  for (const name of named) {
    const scheme = resolveRef<Record<string, unknown>>(
      api,
      declared[name] as Record<string, unknown> | undefined,
    ).value;
    const parsed = securitySchemeSchema.safeParse(scheme && pickScheme(scheme, used));
    if (parsed.success) schemes[name] = parsed.data;
  }
  const shared = mostCommon(contracts.map((c) => c.security).filter((s) => s !== undefined));
  return {
    ...(servers.length > 0 ? { servers } : {}),
    ...(Object.keys(schemes).length > 0 ? { securitySchemes: schemes } : {}),
    ...(shared ? { security: shared } : {}),
  };
}

/** The security most endpoints state, when two or more share it. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count > 1 ? best.value : undefined;
}

/**
 * The contracts without the security the service states for them: stored once, not per
 * endpoint (a draft has little room). An endpoint that states another keeps its own.
 */
export function withSharedSecurity(
  contracts: EndpointContract[],
  shared: EndpointContract['security'],
): EndpointContract[] {
  if (shared === undefined) return contracts;
  const key = JSON.stringify(shared);
  return contracts.map((contract) => {
    if (JSON.stringify(contract.security) !== key) return contract;
    const { security: _, ...rest } = contract;
    return rest;
  });
}

function pickScheme(scheme: Record<string, unknown>, used: Set<string>): Record<string, unknown> {
  const keys = ['type', 'scheme', 'bearerFormat', 'in', 'name', 'openIdConnectUrl'];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (typeof scheme[key] === 'string') out[key] = scheme[key];
  if (isRecord(scheme.flows)) {
    out.flows = Object.fromEntries(
      Object.entries(scheme.flows)
        .filter(([, flow]) => isRecord(flow))
        .map(([kind, flow]) => {
          const f = flow as Record<string, unknown>;
          const scopes = isRecord(f.scopes) ? f.scopes : {};
          return [
            kind,
            {
              ...Object.fromEntries(
                ['authorizationUrl', 'tokenUrl', 'refreshUrl']
                  .filter((k) => typeof f[k] === 'string')
                  .map((k) => [k, f[k]]),
              ),
              scopes: Object.fromEntries(
                Object.entries(scopes)
                  .filter(([k]) => used.has(k))
                  .slice(0, 50)
                  .map(([k, v]) => [cut(k), cut(typeof v === 'string' ? v : '', L.line)]),
              ),
            },
          ];
        }),
    );
  }
  return out;
}
