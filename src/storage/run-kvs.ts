/**
 * The app's one door to Forge KVS: the slice of it the stores use, so tests can hand in a map
 * and nothing else imports `@forge/kvs`. Production passes `forgeKvs`; the app environment wraps
 * whichever store it gets so storage failures are named (`storage-errors.ts`).
 */
import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';

/** One page of a prefix listing. */
export interface KeyValuePage<T> {
  entries: { key: string; value: T }[];
  /** Where the next page starts; absent on the last page. */
  nextCursor?: string;
}

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  /** `ttl`: KVS deletes the key that long after the write ("Set with TTL"). */
  set(
    key: string,
    value: unknown,
    options?: { ttl?: { value: number; unit: 'SECONDS' | 'MINUTES' } },
  ): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Writes `value` only if `key` does not exist (`keyPolicy: 'FAIL_IF_EXISTS'`); answers whether
   * this call created it. Of any number of racing callers exactly one gets `true`. Any other
   * failure is thrown: it is not a lost race. `ttlDays` lets the key lapse (claims of a save).
   */
  claim(key: string, value: unknown, options?: { ttlDays?: number }): Promise<boolean>;
  /** The keys beginning with `prefix` (every key for ''), in key order, a page at a time. */
  list<T>(prefix: string, cursor?: string): Promise<KeyValuePage<T>>;
}

/** KVS answers a FAIL_IF_EXISTS write on an existing key with 409 (code KEY_ALREADY_EXISTS). */
export function isKeyExistsError(error: unknown): boolean {
  return (
    error instanceof ForgeKvsAPIError &&
    (error.responseDetails.status === 409 || /EXISTS/i.test(error.code))
  );
}

/** Keys per page of a listing (KVS allows up to 100; values here can be large). */
const LIST_PAGE = 20;

export const forgeKvs: KeyValueStore = {
  get: <T>(key: string) => kvs.get<T>(key),
  set: (key, value, options) => kvs.set(key, value, options),
  delete: (key) => kvs.delete(key),
  async claim(key, value, options = {}) {
    try {
      await kvs.set(key, value, {
        keyPolicy: 'FAIL_IF_EXISTS',
        ...(options.ttlDays === undefined ? {} : { ttl: { value: options.ttlDays, unit: 'DAYS' } }),
      });
      return true;
    } catch (error) {
      if (isKeyExistsError(error)) return false;
      throw error;
    }
  },
  list: async <T>(prefix: string, cursor?: string): Promise<KeyValuePage<T>> => {
    let query =
      prefix === ''
        ? kvs.query().limit(LIST_PAGE)
        : kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(LIST_PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<T>();
    return {
      entries: page.results.map(({ key, value }) => ({ key, value })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  },
};
