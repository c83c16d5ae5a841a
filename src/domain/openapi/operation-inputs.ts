import type { ImportedOperation } from './collect-operations';
import type { OpenApiDocument, OpenApiRequestBody } from './openapi-document';
import { resolveRef } from './resolve-ref';
import { bodyKind, firstContent, schemaDetails, schemaName, schemaType } from './schema-name';

/** An input before it gets its id: what the client sends. */
export interface InputSeed {
  name: string;
  format: string;
}

/**
 * The operation's parameters and request body, e.g. "query parameter: limit (integer, int32,
 * optional)" or "JSON body: NewPet (required)".
 */
export function operationInputs(
  api: OpenApiDocument,
  { operation, parameters, label }: ImportedOperation,
): InputSeed[] {
  const fromParameters = parameters.map((parameter) => {
    const required = parameter.in === 'path' || parameter.required === true;
    const facts = [
      schemaType(api, parameter.schema),
      schemaDetails(api, parameter.schema),
      required ? 'required' : 'optional',
    ].filter(Boolean);
    return {
      name: parameter.name,
      format: `${parameter.in} parameter: ${parameter.name} (${facts.join(', ')})`,
    };
  });
  const requestBody = resolveRef<OpenApiRequestBody>(api, operation.requestBody).value;
  const body = firstContent(requestBody?.content);
  if (body === undefined) return fromParameters;
  const named = schemaName(api, body.schema);
  const kind = bodyKind(body.mediaType);
  const required = requestBody?.required === true ? 'required' : 'optional';
  return [
    ...fromParameters,
    {
      name: named ?? `${operation.operationId ?? label} request`,
      format: named ? `${kind}: ${named} (${required})` : `${kind} (${required})`,
    },
  ];
}
