import { HTTP_METHODS, type HttpMethod } from '../draft/scoping-schema';
import { isRecord } from './json-pointer';
import {
  OPENAPI_METHODS,
  type OpenApiDocument,
  type OpenApiOperation,
  type OpenApiParameter,
  type OpenApiPathItem,
  type Ref,
  type SecurityRequirement,
} from './openapi-document';
import { firstSentence, plainText } from './plain-text';
import { resolveRef } from './resolve-ref';

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
  /** The summary as plain text, else the first sentence of the description, else the operationId. */
  summary: string;
  /** Whether a caller must present credentials (a security requirement applies and is not optional). */
  secured: boolean;
}

const DRAFT_METHODS = new Set<string>(HTTP_METHODS);

/**
 * Every operation in document order; methods a draft cannot name (TRACE) become warnings, and so
 * do webhooks and callbacks, which are requests the API sends rather than endpoints it serves.
 */
export function collectOperations(api: OpenApiDocument, warnings: string[]): ImportedOperation[] {
  const paths = isRecord(api.paths) ? api.paths : {};
  const operations = Object.entries(paths).flatMap(([path, written]) => {
    const item = resolveRef<OpenApiPathItem>(api, written).value;
    if (!isRecord(item)) return [];
    return OPENAPI_METHODS.flatMap((key): ImportedOperation[] => {
      const candidate = item[key] as unknown;
      if (!isRecord(candidate)) return [];
      const operation = candidate as OpenApiOperation;
      const method = key.toUpperCase();
      const label = `${method} ${path}`;
      if (!DRAFT_METHODS.has(method)) {
        warnings.push(`${label} was skipped: a draft's endpoints cannot use ${method}.`);
        return [];
      }
      warnAboutCallbacks(label, operation, warnings);
      return [
        {
          method: method as HttpMethod,
          path,
          label,
          operation,
          parameters: mergeParameters(api, item.parameters, operation.parameters),
          tag: Array.isArray(operation.tags)
            ? operation.tags.find((tag) => typeof tag === 'string' && tag.trim() !== '')?.trim()
            : undefined,
          summary: bestSummary(operation),
          secured: requiresCredentials(operation.security ?? api.security),
        },
      ];
    });
  });
  const webhooks = isRecord(api.webhooks) ? Object.keys(api.webhooks) : [];
  if (webhooks.length > 0) {
    warnings.push(
      `Webhooks are requests the API sends, not endpoints it serves, so they were not imported as endpoints: ${webhooks.join(', ')}. Add what consumers rely on as outputs.`,
    );
  }
  return operations;
}

function warnAboutCallbacks(label: string, operation: OpenApiOperation, warnings: string[]): void {
  const callbacks = isRecord(operation.callbacks) ? Object.keys(operation.callbacks) : [];
  if (callbacks.length === 0) return;
  warnings.push(
    `${label}: its callbacks (${callbacks.join(', ')}) are requests the API sends and were not imported as endpoints.`,
  );
}

/**
 * An identifier such as `getPetById` or `list_pets` says less than a description's first
 * sentence, so a summary that is empty or only repeats the operationId gives way to that.
 */
function bestSummary(operation: OpenApiOperation): string {
  const summary = typeof operation.summary === 'string' ? plainText(operation.summary) : '';
  const id = typeof operation.operationId === 'string' ? operation.operationId.trim() : '';
  if (summary !== '' && summary !== id) return summary;
  const described =
    typeof operation.description === 'string' ? firstSentence(operation.description) : '';
  return described || summary || id;
}

/**
 * `security: []` opts out, and a requirement `{}` among the alternatives makes credentials
 * optional: in both cases no caller is refused for lacking them.
 */
function requiresCredentials(security: SecurityRequirement[] | undefined): boolean {
  if (!Array.isArray(security) || security.length === 0) return false;
  return security.every(
    (requirement) => isRecord(requirement) && Object.keys(requirement).length > 0,
  );
}

function mergeParameters(
  api: OpenApiDocument,
  shared: Ref<OpenApiParameter>[] | undefined,
  own: Ref<OpenApiParameter>[] | undefined,
): OpenApiParameter[] {
  const resolved = (list: Ref<OpenApiParameter>[] | undefined) =>
    (Array.isArray(list) ? list : [])
      .map((p) => resolveRef<OpenApiParameter>(api, p).value)
      .filter((p): p is OpenApiParameter => isRecord(p) && typeof p.name === 'string');
  const key = (p: OpenApiParameter) => `${p.in}:${p.name}`;
  const mine = resolved(own);
  const overridden = new Set(mine.map(key));
  return [...resolved(shared).filter((p) => !overridden.has(key(p))), ...mine];
}
