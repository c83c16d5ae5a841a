import { newId } from '../draft/draft-id';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { Service } from '../draft/scoping-schema';
import { buildService } from './build-service';
import { collectOperations, type ImportedOperation } from './collect-operations';
import { fitList, fitText, oneLine } from './fit-text';
import type { OpenApiDocument } from './openapi-document';

export interface ScopingImport {
  services: Service[];
  /** What the document said that the draft could not hold, or held only in part. */
  warnings: string[];
}

/**
 * Room the imported services may take in a stored draft: the draft's size limit less what the
 * services already there take and a reserve for discovery, so that saving the merged draft fits.
 */
const DISCOVERY_RESERVE_BYTES = 16 * 1024;

/**
 * Seeds Scoping from an OpenAPI 3 document that is already parsed and dereferenced: a service per
 * first tag (untagged operations go to one named after the API), with its endpoints, inputs,
 * outputs, failure modes and success criteria. Ids are unique against `existing`; everything is
 * cut to the draft's limits, with a warning for each cut.
 */
export function scopingFromOpenApi(api: OpenApiDocument, existing: Service[]): ScopingImport {
  const warnings: string[] = [];
  const groups = groupByTag(collectOperations(api, warnings));
  const room = Math.max(0, L.services - existing.length);
  const kept = fitList(groups, room, 'Services (with those already in the draft)', warnings);

  const taken = existing.map((s) => s.id);
  const services = kept.map(({ tag, operations }) => {
    const wanted = tag ?? api.info.title;
    const name = fitText(wanted, L.name, `The service name "${wanted}"`, warnings) || 'API';
    const id = newId(name, taken);
    taken.push(id);
    const described = api.tags?.find((t) => t.name === tag)?.description;
    const primaryFunction = fitText(
      described && oneLine(described) !== '' ? described : summarySentence(operations),
      L.line,
      `Service "${name}": the primary function`,
      warnings,
    );
    return buildService(id, name, primaryFunction, operations, warnings);
  });
  return { services: withinStorage(services, existing, warnings), warnings };
}

interface OperationGroup {
  /** Undefined for the untagged operations. */
  tag: string | undefined;
  operations: ImportedOperation[];
}

/** Groups in the order their first operation appears. */
function groupByTag(operations: ImportedOperation[]): OperationGroup[] {
  const groups = new Map<string | undefined, OperationGroup>();
  for (const op of operations) {
    const group = groups.get(op.tag) ?? { tag: op.tag, operations: [] };
    group.operations.push(op);
    groups.set(op.tag, group);
  }
  return [...groups.values()];
}

/** "Covers: List all pets; Create a pet." from the summaries, else the operations themselves. */
function summarySentence(operations: ImportedOperation[]): string {
  const parts = operations.map((op) => oneLine(op.operation.summary ?? '') || op.label);
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
