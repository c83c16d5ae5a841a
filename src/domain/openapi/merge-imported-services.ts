import { newId } from '../draft/draft-id';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { Service } from '../draft/scoping-schema';

/** What merging an imported service into the draft's service of the same name changes. */
export interface ServiceUpdate {
  name: string;
  /** "GET /pets": endpoints the document has and the draft's service did not. */
  addedEndpoints: string[];
  /** Endpoints in both whose summary the document changed (the document's now). */
  changedEndpoints: string[];
  /** Endpoints the draft's service has and the document does not: kept, listed for review. */
  missingFromDocument: string[];
  /** Inputs, outputs and failure modes the document adds. */
  addedDetails: number;
}

/** The draft's services after an import, and what happened to each imported one, by name. */
export interface ServiceMerge {
  services: Service[];
  added: string[];
  /** Imported services merged into the draft's service of the same name. */
  updated: ServiceUpdate[];
  /** Imported services the person chose not to import. */
  notChosen: string[];
  /** Imported services past the draft's service limit. */
  skippedNoRoom: string[];
  /** Imported services that would make the draft larger than a draft may be stored. */
  skippedTooLarge: string[];
  /** The size of the merged draft as stored, in bytes. */
  draftBytes: number;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
const endpointKey = (e: { method: string; path: string }) => `${e.method} ${e.path}`;

/**
 * Merges imported services into the draft's (as edited now, unsaved services included).
 * A service the draft does not name yet is added with ids unique against the draft's. One it
 * names (the same document again, a newer version) is updated, never trimmed: endpoints the
 * document adds are added, those whose summary it changed take the new summary, those it no
 * longer has are kept and listed; new inputs, outputs and failure modes are added; everything
 * the team wrote stays. `chosen` names the imported services the person picked (all when
 * absent). `restBytes` is what the rest of the draft takes stored (its JSON with no services):
 * a service that would take the whole past the draft's size limit is left out, so saving works.
 */
export function mergeImportedServices(
  current: Service[],
  imported: Service[],
  restBytes = 0,
  chosen?: readonly string[],
): ServiceMerge {
  const merge: ServiceMerge = {
    services: [...current],
    added: [],
    updated: [],
    notChosen: [],
    skippedNoRoom: [],
    skippedTooLarge: [],
    draftBytes: 0,
  };
  const fits = (services: Service[]) => restBytes + bytesOf(services) <= L.storedBytes;
  for (const service of imported) {
    if (chosen && !chosen.some((name) => sameName(name, service.name))) {
      merge.notChosen.push(service.name);
      continue;
    }
    const index = merge.services.findIndex((s) => sameName(s.name, service.name));
    const existing = merge.services[index];
    if (existing !== undefined) {
      const { service: updated, update } = updateService(existing, service);
      const next = merge.services.map((s, i) => (i === index ? updated : s));
      if (!fits(next)) {
        merge.skippedTooLarge.push(service.name);
        continue;
      }
      merge.services = next;
      merge.updated.push(update);
      continue;
    }
    if (merge.services.length >= L.services) {
      merge.skippedNoRoom.push(service.name);
      continue;
    }
    const id = newId(
      service.name,
      merge.services.map((s) => s.id),
    );
    const next = [...merge.services, { ...service, id }];
    if (!fits(next)) {
      merge.skippedTooLarge.push(service.name);
      continue;
    }
    merge.services = next;
    merge.added.push(service.name);
  }
  merge.draftBytes = restBytes + bytesOf(merge.services);
  return merge;
}

/** The draft's service with what the document adds or changes; nothing of it is removed. */
function updateService(
  existing: Service,
  incoming: Service,
): { service: Service; update: ServiceUpdate } {
  const update: ServiceUpdate = {
    name: existing.name,
    addedEndpoints: [],
    changedEndpoints: [],
    missingFromDocument: [],
    addedDetails: 0,
  };
  const incomingByKey = new Map(incoming.endpoints.map((e) => [endpointKey(e), e]));
  const endpoints = existing.endpoints.map((endpoint) => {
    const fresh = incomingByKey.get(endpointKey(endpoint));
    if (fresh === undefined) {
      update.missingFromDocument.push(endpointKey(endpoint));
      return endpoint;
    }
    // The document's contract (parameters, responses, security) is the newer word on it.
    const withContract = fresh.contract ? { ...endpoint, contract: fresh.contract } : endpoint;
    if (fresh.summary === endpoint.summary || fresh.summary === '') return withContract;
    update.changedEndpoints.push(endpointKey(endpoint));
    return { ...withContract, summary: fresh.summary };
  });
  const known = new Set(existing.endpoints.map(endpointKey));
  const idOf = new Map<string, string>();
  for (const endpoint of incoming.endpoints) {
    if (known.has(endpointKey(endpoint)) || endpoints.length >= L.endpoints) continue;
    const id = newId(
      endpoint.id,
      endpoints.map((e) => e.id),
    );
    idOf.set(endpoint.id, id);
    endpoints.push({ ...endpoint, id });
    update.addedEndpoints.push(endpointKey(endpoint));
  }
  const addNew = <T extends { id: string }>(
    mine: T[],
    theirs: T[],
    key: (item: T) => string,
    max: number,
  ): T[] => {
    const list = [...mine];
    const keys = new Set(mine.map(key));
    for (const item of theirs) {
      if (keys.has(key(item)) || list.length >= max) continue;
      keys.add(key(item));
      list.push({
        ...item,
        id: newId(
          item.id,
          list.map((i) => i.id),
        ),
      });
      update.addedDetails++;
    }
    return list;
  };
  const lower = (text: string) => text.trim().toLowerCase();
  const criteria = [...existing.successCriteria];
  for (const criterion of incoming.successCriteria) {
    const endpointId =
      criterion.tiedTo?.kind === 'endpoint' ? idOf.get(criterion.tiedTo.id) : undefined;
    if (endpointId === undefined || criteria.length >= L.successCriteria) continue;
    criteria.push({
      ...criterion,
      id: newId(
        criterion.id,
        criteria.map((c) => c.id),
      ),
      tiedTo: { kind: 'endpoint', id: endpointId },
    });
  }
  return {
    update,
    service: {
      ...existing,
      ...(incoming.contract ? { contract: incoming.contract } : {}),
      primaryFunction: existing.primaryFunction.trim()
        ? existing.primaryFunction
        : incoming.primaryFunction,
      endpoints,
      inputs: addNew(existing.inputs, incoming.inputs, (i) => lower(i.name), L.inputs),
      outputs: addNew(existing.outputs, incoming.outputs, (o) => lower(o.name), L.outputs),
      failureModes: addNew(
        existing.failureModes,
        incoming.failureModes,
        (f) => `${String(f.status)} ${lower(f.condition)}`,
        L.failureModes,
      ),
      successCriteria: criteria,
    },
  };
}

/** What the draft takes stored without its services: the `restBytes` of `mergeImportedServices`. */
export function draftBytesWithoutServices(draft: { scoping: object }): number {
  return bytesOf({ ...draft, scoping: { ...draft.scoping, services: [] } }) - 2;
}
