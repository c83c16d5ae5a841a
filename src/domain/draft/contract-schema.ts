import { z } from 'zod';
import { DRAFT_LIMITS as L } from './limits';

/**
 * What an imported OpenAPI document said of an endpoint beyond its method, path and summary,
 * kept so the export writes the same contract back: the operationId, the security requirement
 * (`[]` public, a `{}` among the alternatives optional), the parameters, the request body and
 * each declared response with the schema it names. Only imports write it; a team's own endpoints
 * have none and are exported from the rest of the service.
 */
const name = z.string().max(L.name);
const short = z.string().max(L.line);

export const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;

export const contractParameterSchema = z.object({
  name,
  in: z.enum(PARAMETER_LOCATIONS),
  /** Absent: optional (path parameters are always required). */
  required: z.literal(true).optional(),
  /** "integer", "array of string"; absent when the document names no type. */
  type: name.optional(),
});

export const contractBodySchema = z.object({
  mediaType: name,
  /** The component or title the schema is called by; absent for an anonymous schema. */
  schema: name.optional(),
});

const securitySchema = z.array(z.record(name, z.array(name).max(50))).max(10);

export const endpointContractSchema = z.object({
  operationId: name.optional(),
  /** Absent: the service's `security` (most of an API's operations share one). */
  security: securitySchema.optional(),
  parameters: z.array(contractParameterSchema).max(L.inputs).optional(),
  request: contractBodySchema.extend({ required: z.boolean() }).optional(),
  /** By response key as written: "200", "204", "4XX", "default"; no media type, no body. */
  responses: z
    .array(contractBodySchema.partial().extend({ status: z.string().max(8) }))
    .max(L.failureModes)
    .optional(),
});

const oauthFlowSchema = z.object({
  authorizationUrl: short.optional(),
  tokenUrl: short.optional(),
  refreshUrl: short.optional(),
  scopes: z.record(name, short),
});

/** A security scheme as the document declares it (OpenAPI 3 Security Scheme Object). */
export const securitySchemeSchema = z.object({
  type: z.enum(['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS']),
  scheme: name.optional(),
  bearerFormat: name.optional(),
  in: z.enum(['query', 'header', 'cookie']).optional(),
  name: name.optional(),
  openIdConnectUrl: short.optional(),
  flows: z.record(name, oauthFlowSchema).optional(),
});

/** What the document said of the whole API that this service's endpoints rely on. */
export const serviceContractSchema = z.object({
  /** Server URLs, in the document's order. */
  servers: z.array(short).max(10).optional(),
  /** The schemes its endpoints' security requirements name. */
  securitySchemes: z.record(name, securitySchemeSchema).optional(),
  /** The security most of its endpoints state, which an endpoint without its own has. */
  security: securitySchema.optional(),
});

export type EndpointContract = z.infer<typeof endpointContractSchema>;
export type ContractParameter = z.infer<typeof contractParameterSchema>;
export type ServiceContract = z.infer<typeof serviceContractSchema>;
export type SecurityScheme = z.infer<typeof securitySchemeSchema>;
