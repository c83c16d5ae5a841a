import type { ImportedOperation } from './collect-operations';
import { bodyKind, firstContent, schemaName, schemaType } from './schema-name';

/** An input before it gets its id: what the client sends. */
export interface InputSeed {
  name: string;
  format: string;
}

/** The operation's parameters and request body, e.g. "query parameter: limit (integer)". */
export function operationInputs({ operation, parameters, label }: ImportedOperation): InputSeed[] {
  const fromParameters = parameters.map((parameter) => {
    const type = schemaType(parameter.schema);
    const typed = type ? ` (${type})` : '';
    return {
      name: parameter.name,
      format: `${parameter.in} parameter: ${parameter.name}${typed}`,
    };
  });
  const body = firstContent(operation.requestBody?.content);
  if (body === undefined) return fromParameters;
  const named = schemaName(body.schema);
  const kind = bodyKind(body.mediaType);
  return [
    ...fromParameters,
    {
      name: named ?? `${operation.operationId ?? label} request`,
      format: named ? `${kind}: ${named}` : kind,
    },
  ];
}
