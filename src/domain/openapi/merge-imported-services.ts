import { newId } from '../draft/draft-id';
import { DRAFT_LIMITS } from '../draft/limits';
import type { Service } from '../draft/scoping-schema';

/** The draft's services after an import, and the imported ones that were not added, by name. */
export interface ServiceMerge {
  services: Service[];
  added: string[];
  /** Imported services named like one the draft already has: the team's own version stays. */
  skippedExisting: string[];
  /** Imported services past the draft's service limit. */
  skippedNoRoom: string[];
  /** Imported services that would make the draft larger than a draft may be stored. */
  skippedTooLarge: string[];
  /** The size of the merged draft as stored, in bytes. */
  draftBytes: number;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/**
 * Appends imported services to the draft's: one whose name the draft already uses is skipped, and
 * ids are made unique again against the draft as edited now (which may hold unsaved services the
 * import never saw). Nothing inside a service refers to its id, so a new id changes nothing else.
 * `restBytes` is what the rest of the draft takes stored (its JSON with no services): a service
 * that would take the whole past the draft's size limit is skipped too, so saving always works.
 */
export function mergeImportedServices(
  current: Service[],
  imported: Service[],
  restBytes = 0,
): ServiceMerge {
  const merge: ServiceMerge = {
    services: [...current],
    added: [],
    skippedExisting: [],
    skippedNoRoom: [],
    skippedTooLarge: [],
    draftBytes: restBytes + bytesOf(current),
  };
  for (const service of imported) {
    if (merge.services.some((s) => sameName(s.name, service.name))) {
      merge.skippedExisting.push(service.name);
      continue;
    }
    if (merge.services.length >= DRAFT_LIMITS.services) {
      merge.skippedNoRoom.push(service.name);
      continue;
    }
    const id = newId(
      service.name,
      merge.services.map((s) => s.id),
    );
    const added = { ...service, id };
    // One more element in the list: its JSON and a comma.
    const bytes = bytesOf(added) + (merge.services.length > 0 ? 1 : 0);
    if (merge.draftBytes + bytes > DRAFT_LIMITS.storedBytes) {
      merge.skippedTooLarge.push(service.name);
      continue;
    }
    merge.services.push(added);
    merge.added.push(service.name);
    merge.draftBytes += bytes;
  }
  return merge;
}

/** What the draft takes stored without its services: the `restBytes` of `mergeImportedServices`. */
export function draftBytesWithoutServices(draft: { scoping: object }): number {
  return bytesOf({ ...draft, scoping: { ...draft.scoping, services: [] } }) - 2;
}
