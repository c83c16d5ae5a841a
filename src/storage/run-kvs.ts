/**
 * The slice of Forge KVS the run store uses, so tests can hand in a map. Production passes `kvs`
 * from `@forge/kvs`.
 */
import { kvs } from '@forge/kvs';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export const forgeKvs: KeyValueStore = {
  get: <T>(key: string) => kvs.get<T>(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
};
