/**
 * The parts of an OpenAPI 3.0/3.1 document that seeding Scoping reads, after the resolver has
 * validated and dereferenced it (no `$ref` left). Declared here rather than imported so the
 * domain stays free of parser packages; every field is optional where the specification lets
 * it be, and read defensively.
 */
export interface OpenApiSchema {
  title?: string;
  /** 3.1 allows a list of types, e.g. `["string", "null"]`. */
  type?: string | string[];
  items?: OpenApiSchema;
  format?: string;
}

export interface OpenApiParameter {
  name: string;
  in: string;
  schema?: OpenApiSchema;
}

export interface OpenApiMediaType {
  schema?: OpenApiSchema;
}

export interface OpenApiRequestBody {
  content?: Record<string, OpenApiMediaType | undefined>;
}

export interface OpenApiResponse {
  description?: string;
  content?: Record<string, OpenApiMediaType | undefined>;
}

export interface OpenApiOperation {
  tags?: string[];
  summary?: string;
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: OpenApiRequestBody;
  responses?: Record<string, OpenApiResponse | undefined>;
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

export type OpenApiPathItem = { parameters?: OpenApiParameter[] } & Partial<
  Record<OpenApiMethod, OpenApiOperation>
>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, OpenApiPathItem | undefined>;
  components?: { schemas?: Record<string, unknown> };
}

/** The largest OpenAPI document the import reads, in bytes of UTF-8. */
export const OPENAPI_DOCUMENT_MAX_BYTES = 512 * 1024;
