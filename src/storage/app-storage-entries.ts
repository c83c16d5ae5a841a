/**
 * Every entry the app keeps in Forge KVS, read a page at a time, for the one job that must look at
 * all of them: the personal data report (`src/privacy`). The stores stay the only writers of their
 * records' shapes; this reads and rewrites values whole, through the one door (`run-kvs.ts`).
 */
import type { KeyValueStore } from './run-kvs';

export interface StoredEntry {
  key: string;
  value: unknown;
}

export interface AppStorageEntries {
  /** Every stored entry, in key order, a page at a time (bounded memory). */
  pages(): AsyncIterable<StoredEntry[]>;
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Every entry of `kv`: its listing from the first key (prefix '') to the last page. */
export function appStorageEntries(kv: KeyValueStore): AppStorageEntries {
  return {
    async *pages() {
      let cursor: string | undefined;
      do {
        const page = await kv.list<unknown>('', cursor);
        yield page.entries;
        cursor = page.nextCursor;
      } while (cursor);
    },
    get: (key) => kv.get<unknown>(key),
    set: (key, value) => kv.set(key, value),
    delete: (key) => kv.delete(key),
  };
}
