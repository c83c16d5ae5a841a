/**
 * The slice of Forge KVS the run stage uses, so tests can hand in a map. Production passes `kvs`
 * from `@forge/kvs`.
 */
import { ForgeKvsAPIError, kvs } from '@forge/kvs';

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
   * this call created it. Of any number of racing callers exactly one gets `true`.
   */
  claim(key: string, value: unknown): Promise<boolean>;
}

/** KVS answers a FAIL_IF_EXISTS write on an existing key with 409 (code KEY_ALREADY_EXISTS). */
export function isKeyExistsError(error: unknown): boolean {
  return (
    error instanceof ForgeKvsAPIError &&
    (error.responseDetails.status === 409 || /EXISTS/i.test(error.code))
  );
}

export const forgeKvs: KeyValueStore = {
  get: <T>(key: string) => kvs.get<T>(key),
  set: (key, value, options) => kvs.set(key, value, options),
  delete: (key) => kvs.delete(key),
  async claim(key, value) {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      if (isKeyExistsError(error)) return false;
      throw error;
    }
  },
};
