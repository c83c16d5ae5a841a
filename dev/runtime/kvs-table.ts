import type { MetadataField } from './kvs-requests';

/** One stored value with the metadata Forge can return for it (times in epoch ms). */
export interface StoredEntry {
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expiresAt?: number;
}

/**
 * The separate key spaces of one installation's storage: plain KVS, secrets, and one space per
 * custom entity. The same key in two spaces names two different items.
 */
export type SpaceName = 'kvs' | 'secret' | `entity/${string}`;

export function spaceOf(entityName: string | undefined): SpaceName {
  return entityName === undefined ? 'kvs' : `entity/${entityName}`;
}

export type TableSnapshot = Record<string, Record<string, StoredEntry>>;

/** The stored data, in memory. Expired entries are never returned and are dropped when seen. */
export class KvsTable {
  private readonly spaces = new Map<string, Map<string, StoredEntry>>();

  constructor(private readonly clock: () => number) {}

  now(): number {
    return this.clock();
  }

  read(space: SpaceName, key: string): StoredEntry | undefined {
    const entries = this.spaces.get(space);
    const entry = entries?.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= this.clock()) {
      entries?.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Stores `value`; an overwrite keeps the creation time and replaces any earlier TTL. */
  write(space: SpaceName, key: string, value: unknown, ttlMs?: number): StoredEntry {
    const now = this.clock();
    const previous = this.read(space, key);
    const entry: StoredEntry = {
      value,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(ttlMs === undefined ? {} : { expiresAt: now + ttlMs }),
    };
    let entries = this.spaces.get(space);
    if (!entries) {
      entries = new Map();
      this.spaces.set(space, entries);
    }
    entries.set(key, entry);
    return entry;
  }

  /** Removes a live entry; false when there was none. */
  remove(space: SpaceName, key: string): boolean {
    if (!this.read(space, key)) return false;
    return this.spaces.get(space)?.delete(key) ?? false;
  }

  /** Live keys of a space in ascending order, the order Forge's key queries page through. */
  liveKeys(space: SpaceName): string[] {
    const entries = this.spaces.get(space);
    if (!entries) return [];
    return [...entries.keys()]
      .filter((key) => this.read(space, key) !== undefined)
      .sort(compareKeys);
  }

  snapshot(): TableSnapshot {
    const snapshot: TableSnapshot = {};
    for (const [space, entries] of this.spaces) {
      const live = [...entries.keys()].filter((key) => this.read(space as SpaceName, key));
      if (live.length > 0) {
        snapshot[space] = Object.fromEntries(
          live.map((key) => [key, entries.get(key) as StoredEntry]),
        );
      }
    }
    return snapshot;
  }

  restore(snapshot: TableSnapshot): void {
    this.spaces.clear();
    for (const [space, entries] of Object.entries(snapshot)) {
      this.spaces.set(space, new Map(Object.entries(entries)));
    }
  }
}

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** An entry as Forge returns it: key and value, plus the metadata fields that were asked for. */
export function entryView(
  key: string,
  entry: StoredEntry,
  fields: readonly MetadataField[] | undefined,
  entityName?: string,
): Record<string, unknown> {
  const wanted = new Set(fields ?? []);
  return {
    key,
    ...(entityName === undefined ? {} : { entityName }),
    value: entry.value,
    // Forge reports creation/update times in epoch seconds and the expiry as an ISO instant.
    ...(wanted.has('CREATED_AT') ? { createdAt: Math.floor(entry.createdAt / 1000) } : {}),
    ...(wanted.has('UPDATED_AT') ? { updatedAt: Math.floor(entry.updatedAt / 1000) } : {}),
    ...(wanted.has('EXPIRE_TIME') && entry.expiresAt !== undefined
      ? { expireTime: new Date(entry.expiresAt).toISOString() }
      : {}),
  };
}
