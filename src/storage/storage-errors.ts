/**
 * A storage failure is named, never mistaken for a colleague's save: a KVS throttle, outage or
 * lost answer becomes `StorageUnavailableError` (retryable: nothing was written, or a repeat is
 * safe), which resolvers report as STORAGE_UNAVAILABLE. Only a write refused because its key
 * exists (FAIL_IF_EXISTS) is a conflict, and the adapter answers that as `false`, not an error.
 */
import type { KeyValueStore } from './run-kvs';

export const STORAGE_UNAVAILABLE_MESSAGE =
  "Jira's app storage did not answer, nothing was lost. Try again in a moment.";

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(override readonly cause: unknown) {
    super(STORAGE_UNAVAILABLE_MESSAGE);
  }
}

/** A 4xx other than a throttle is the app asking wrongly (a value too big): a bug, kept as is. */
function isRequestRefused(error: unknown): boolean {
  const status = (error as { responseDetails?: { status?: unknown } } | null)?.responseDetails
    ?.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 429;
}

const named = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StorageUnavailableError || isRequestRefused(error)) throw error;
    throw new StorageUnavailableError(error);
  }
};

/** `kv` with every failure that is not the app's own mistake named `StorageUnavailableError`. */
export function namingStorageErrors(kv: KeyValueStore): KeyValueStore {
  return {
    get: (key) => named(() => kv.get(key)),
    set: (key, value, options) => named(() => kv.set(key, value, options)),
    delete: (key) => named(() => kv.delete(key)),
    claim: (key, value, options) => named(() => kv.claim(key, value, options)),
    list: (prefix, cursor) => named(() => kv.list(prefix, cursor)),
  };
}
