import { HTTP_METHODS, type HttpMethod } from '../draft/scoping-schema';
import {
  OPENAPI_METHODS,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
} from './openapi-document';

/** One operation of the document, with what the import needs already worked out. */
export interface ImportedOperation {
  method: HttpMethod;
  path: string;
  /** "GET /pets/{petId}": how warnings and statements name the operation. */
  label: string;
  operation: OpenApiOperation;
  /** Path-level parameters merged with the operation's own (which win on the same name and place). */
  parameters: OpenApiParameter[];
  /** The operation's first tag: the service it belongs to; undefined when untagged. */
  tag: string | undefined;
}

const DRAFT_METHODS = new Set<string>(HTTP_METHODS);

/** Every operation in document order; methods a draft cannot name (TRACE) become warnings. */
export function collectOperations(api: OpenApiDocument, warnings: string[]): ImportedOperation[] {
  return Object.entries(api.paths ?? {}).flatMap(([path, item]) => {
    if (item === undefined) return [];
    return OPENAPI_METHODS.flatMap((key): ImportedOperation[] => {
      const operation = item[key];
      if (operation === undefined) return [];
      const method = key.toUpperCase();
      const label = `${method} ${path}`;
      if (!DRAFT_METHODS.has(method)) {
        warnings.push(`${label} was skipped: a draft's endpoints cannot use ${method}.`);
        return [];
      }
      return [
        {
          method: method as HttpMethod,
          path,
          label,
          operation,
          parameters: mergeParameters(item.parameters ?? [], operation.parameters ?? []),
          tag: operation.tags?.find((tag) => tag.trim() !== ''),
        },
      ];
    });
  });
}

function mergeParameters(shared: OpenApiParameter[], own: OpenApiParameter[]): OpenApiParameter[] {
  const key = (p: OpenApiParameter) => `${p.in}:${p.name}`;
  const overridden = new Set(own.map(key));
  return [...shared.filter((p) => !overridden.has(key(p))), ...own];
}
