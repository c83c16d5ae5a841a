/**
 * The parts of an OpenAPI 3.0/3.1 document that seeding Scoping reads, as written: not
 * dereferenced, so any of them may be a Reference Object (`{ $ref }`) that `resolveRef` follows.
 * Declared here rather than imported so the domain stays free of parser packages; every field is
 * optional where the specification lets it be, and read defensively.
 */
export interface Reference {
  $ref: string;
}
export type Ref<T> = T | Reference;

export interface OpenApiSchema {
  title?: string;
  description?: string;
  /** 3.1 allows a list of types, e.g. `["string", "null"]`. */
  type?: string | string[];
  items?: Ref<OpenApiSchema>;
  format?: string;
  enum?: unknown[];
  allOf?: Ref<OpenApiSchema>[];
  oneOf?: Ref<OpenApiSchema>[];
  anyOf?: Ref<OpenApiSchema>[];
  properties?: Record<string, Ref<OpenApiSchema>>;
  required?: string[];
}

export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Ref<OpenApiSchema>;
}

export interface OpenApiMediaType {
  schema?: Ref<OpenApiSchema>;
}

export interface OpenApiRequestBody {
  required?: boolean;
  content?: Record<string, OpenApiMediaType | undefined>;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMediaType | undefined>;
}

/** `{ oauth: ["read"] }`; an empty object means "no credentials needed" (optional security). */
export type SecurityRequirement = Record<string, string[] | undefined>;

export interface OpenApiOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: Ref<OpenApiParameter>[];
  requestBody?: Ref<OpenApiRequestBody>;
  responses?: Record<string, Ref<OpenApiResponse> | undefined>;
  security?: SecurityRequirement[];
  callbacks?: Record<string, Ref<Record<string, OpenApiPathItem | undefined>> | undefined>;
}

/** The operation keys of a path item, in the order the specification lists them. */
export const OPENAPI_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type OpenApiMethod = (typeof OPENAPI_METHODS)[number];

export type OpenApiPathItem = { parameters?: Ref<OpenApiParameter>[]; $ref?: string } & Partial<
  Record<OpenApiMethod, OpenApiOperation>
>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, OpenApiPathItem | undefined>;
  webhooks?: Record<string, Ref<OpenApiPathItem> | undefined>;
  security?: SecurityRequirement[];
  servers?: unknown[];
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

/** The largest OpenAPI document the import reads, in bytes of UTF-8. */
export const OPENAPI_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Documents up to this size go to the resolver whole. A larger one is parsed in the browser and
 * only what the import reads is sent (`slimForImport`): Custom UI's invoke passes through
 * Atlassian's GraphQL gateway, whose requests are limited to 5,242,880 bytes, and a document
 * sent as a JSON string grows with every quote and line break it escapes.
 */
export const OPENAPI_SEND_WHOLE_MAX_BYTES = 512 * 1024;
