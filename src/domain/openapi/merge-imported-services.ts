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
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Appends imported services to the draft's: one whose name the draft already uses is skipped, and
 * ids are made unique again against the draft as edited now (which may hold unsaved services the
 * import never saw). Nothing inside a service refers to its id, so a new id changes nothing else.
 */
export function mergeImportedServices(current: Service[], imported: Service[]): ServiceMerge {
  const merge: ServiceMerge = {
    services: [...current],
    added: [],
    skippedExisting: [],
    skippedNoRoom: [],
  };
  for (const service of imported) {
    if (merge.services.some((s) => sameName(s.name, service.name))) {
      merge.skippedExisting.push(service.name);
    } else if (merge.services.length >= DRAFT_LIMITS.services) {
      merge.skippedNoRoom.push(service.name);
    } else {
      const id = newId(
        service.name,
        merge.services.map((s) => s.id),
      );
      merge.services.push({ ...service, id });
      merge.added.push(service.name);
    }
  }
  return merge;
}
