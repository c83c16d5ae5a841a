import { isRecord } from './json-pointer';

/**
 * Keys under which every entry is a name the author chose (a property called `x-request-id`, a
 * header `X-Rate-Limit`), not a field of the specification: an `x-` key there is not an extension.
 */
const NAMED_ENTRIES = new Set([
  'properties',
  'patternProperties',
  'headers',
  'schemas',
  'examples',
  'content',
  'links',
  'callbacks',
  'securitySchemes',
  'requestBodies',
  'encoding',
  'variables',
  'mapping',
  'definitions',
  '$defs',
  'dependentSchemas',
  'webhooks',
  'pathItems',
]);

/**
 * The document without its specification extensions (`x-…` fields), which the import never
 * reads: whatever they hold, including references to other files, cannot refuse or slow the
 * import. Returns a copy.
 */
export function stripExtensions(
  value: unknown,
  parentKey?: string,
  grandparentKey?: string,
): unknown {
  if (Array.isArray(value)) return value.map((item) => stripExtensions(item));
  if (!isRecord(value)) return value;
  // `components.parameters`/`components.responses` are maps of names; an operation's are not.
  const named =
    (parentKey !== undefined && NAMED_ENTRIES.has(parentKey)) ||
    (grandparentKey === 'components' && (parentKey === 'parameters' || parentKey === 'responses'));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (!named && /^x-/i.test(key)) continue;
    copy[key] = stripExtensions(child, key, parentKey);
  }
  return copy;
}
