/**
 * Every entry the app keeps in Forge KVS, read a page at a time, for the one job that must look at
 * all of them: the personal data report (`src/privacy`). The stores stay the only writers of their
 * records' shapes; this reads and rewrites values whole.
 */
import { kvs } from '@forge/kvs';

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

/** Forge KVS answers at most 20 entries per query (`limit` 1 to 20). */
const PAGE = 20;

export const forgeStorageEntries: AppStorageEntries = {
  async *pages() {
    let cursor: string | undefined;
    do {
      let query = kvs.query().limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<unknown>();
      yield page.results.map(({ key, value }) => ({ key, value }));
      cursor = page.nextCursor;
    } while (cursor);
  },
  get: (key) => kvs.get<unknown>(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
};
