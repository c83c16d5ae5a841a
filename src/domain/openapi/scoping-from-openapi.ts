import { newId } from '../draft/draft-id';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { Service } from '../draft/scoping-schema';
import { buildService } from './build-service';
import { collectOperations, type ImportedOperation } from './collect-operations';
import { fitText, oneLine } from './fit-text';
import { isRecord } from './json-pointer';
import type { OpenApiDocument } from './openapi-document';
import { plainText } from './plain-text';

export interface ScopingImport {
  services: Service[];
  /** What the document said that the draft could not hold, or held only in part. */
  warnings: string[];
  /**
   * Every service the document has (a tag or a path group), in document order, with its
   * operation count, whether or not it was built: what the preview's picker offers.
   */
  groups: ServiceGroup[];
}

/** One service a document offers, before any is built. */
export interface ServiceGroup {
  name: string;
  operations: number;
}

/**
 * Room the imported services may take in a stored draft: the draft's size limit less what the
 * services already there take and a reserve for discovery, so that saving the merged draft fits.
 */
const DISCOVERY_RESERVE_BYTES = 16 * 1024;

/**
 * Seeds Scoping from an OpenAPI 3 document as parsed (references are followed where read, never
 * expanded): a service per first tag, compared without regard to case; untagged operations are
 * grouped by the first meaningful segment of their path, or go to one service named after the
 * API. Each service has its endpoints, inputs, outputs, failure modes and success criteria. Ids
 * are unique against `existing`; everything is cut to the draft's limits, with a warning for each
 * cut.
 */
export function scopingFromOpenApi(
  api: OpenApiDocument,
  existing: Service[],
  chosen?: readonly string[],
): ScopingImport {
  const warnings: string[] = [];
  const declared = Array.isArray(api.tags) ? api.tags.filter(isRecord) : [];
  const named = groupOperations(collectOperations(api, warnings), declared).map((group) => {
    const tag = group.tagged ? declared.find((t) => sameTag(t.name, group.key)) : undefined;
    const wanted = (typeof tag?.name === 'string' ? tag.name.trim() : group.name) ?? titleOf(api);
    // The name the service gets, so the picker and the services read name it alike.
    return { ...group, tag, wanted, name: fitText(wanted, L.name, '', []) || 'API' };
  });
  const groups = named.map((g) => ({ name: g.name, operations: g.operations.length }));
  const room = Math.max(0, L.services - existing.length);
  const picked = chosen
    ? named.filter((g) => chosen.some((name) => sameName(name, g.name)))
    : named;
  const kept = picked.slice(0, room);
  const left = picked.slice(room).map((g) => `"${g.wanted}"`);
  if (left.length > 0) {
    const already = existing.length > 0 ? ` (${String(existing.length)} there already)` : '';
    const shown = left.slice(0, 10).join(', ');
    const more = left.length > 10 ? ` and ${String(left.length - 10)} more` : '';
    warnings.push(
      chosen
        ? `A draft holds at most ${String(L.services)} services${already}: of the ${String(picked.length)} chosen, ${String(left.length)} were not read: ${shown}${more}.`
        : `The document has ${String(named.length)} services and a draft holds at most ${String(L.services)}${already}: the first ${String(kept.length)} were read, and ${String(left.length)} were not (${shown}${more}). Choose in the list which to read.`,
    );
  }

  const taken = existing.map((s) => s.id);
  const services = kept.map(({ tag, wanted, operations }) => {
    const name = fitText(wanted, L.name, `The service name "${wanted}"`, warnings) || 'API';

    const id = newId(name, taken);
    taken.push(id);
    const described = typeof tag?.description === 'string' ? plainText(tag.description) : '';
    const primaryFunction = fitText(
      described !== '' ? described : summarySentence(operations),
      L.line,
      `Service "${name}": the primary function`,
      warnings,
    );
    return buildService(api, id, name, primaryFunction, operations, warnings);
  });
  return { services: withinStorage(services, existing, warnings), warnings, groups };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

interface OperationGroup {
  /** The tag or path segment in lower case; undefined for what neither names. */
  key: string | undefined;
  /** The tag or segment as first written. */
  name: string | undefined;
  tagged: boolean;
  operations: ImportedOperation[];
}

const sameTag = (a: unknown, b: string | undefined) =>
  typeof a === 'string' && b !== undefined && a.trim().toLowerCase() === b;

/**
 * Segments that say nothing about what a path is for: `/api/v2/orders` belongs with "orders".
 * Path parameters (`{id}`) never name a group either.
 */
const GENERIC_SEGMENT = /^(api|rest|v?\d+(\.\d+)*)$/i;

function firstSegment(path: string): string | undefined {
  return path
    .split('/')
    .find((segment) => segment !== '' && !segment.includes('{') && !GENERIC_SEGMENT.test(segment));
}

/**
 * Groups in the order their first operation appears; tags that differ only in case are one. A
 * tag the document declares with a description but no operation is a service still to be given
 * endpoints (as an exported draft's are), after the others.
 */
function groupOperations(
  operations: ImportedOperation[],
  declared: Record<string, unknown>[],
): OperationGroup[] {
  const groups = new Map<string, OperationGroup>();
  for (const op of operations) {
    // A tag and an untagged path segment of the same name are one service, named as the tag.
    const name = op.tag ?? firstSegment(op.path);
    const key = name?.toLowerCase();
    const mapKey = key ?? '';
    const group = groups.get(mapKey) ?? { key, name, tagged: false, operations: [] };
    if (op.tag !== undefined && !group.tagged) {
      group.tagged = true;
      group.name = op.tag;
    }
    group.operations.push(op);
    groups.set(mapKey, group);
  }
  for (const tag of declared) {
    if (typeof tag.name !== 'string' || typeof tag.description !== 'string') continue;
    const key = tag.name.trim().toLowerCase();
    if (key === '' || groups.has(key)) continue;
    groups.set(key, { key, name: tag.name.trim(), tagged: true, operations: [] });
  }
  return [...groups.values()];
}

function titleOf(api: OpenApiDocument): string {
  return isRecord(api.info) && typeof api.info.title === 'string' ? api.info.title : 'API';
}

/** "Covers: List all pets; Create a pet." from the summaries, else the operations themselves. */
function summarySentence(operations: ImportedOperation[]): string {
  const parts = operations.map((op) => oneLine(op.summary) || op.label);
  return `Covers: ${parts.join('; ')}.`;
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Drops services from the end until the draft's services would still fit in storage. */
function withinStorage(services: Service[], existing: Service[], warnings: string[]): Service[] {
  const budget = L.storedBytes - DISCOVERY_RESERVE_BYTES - bytesOf(existing);
  let kept = services;
  while (kept.length > 0 && bytesOf(kept) > budget) kept = kept.slice(0, -1);
  if (kept.length < services.length) {
    const dropped = services.slice(kept.length).map((s) => `"${s.name}"`);
    warnings.push(
      `The draft would be too large to store with every service: ${dropped.join(', ')} ${dropped.length === 1 ? 'was' : 'were'} left out.`,
    );
  }
  return kept;
}
