import type { KeyValueStore } from '../../../src/storage/run-kvs';
import { namingStorageErrors, StorageUnavailableError } from '../../../src/storage/storage-errors';

/** A store whose every operation fails with `error`. */
const failingWith = (error: Error): KeyValueStore => ({
  get: () => Promise.reject(error),
  set: () => Promise.reject(error),
  delete: () => Promise.reject(error),
  claim: () => Promise.reject(error),
  list: () => Promise.reject(error),
});

/** What `@forge/kvs` throws: a `ForgeKvsAPIError` carries the service's HTTP status. */
const kvsAnswer = (status: number) =>
  Object.assign(new Error(`KVS answered ${status}`), { responseDetails: { status } });

describe('storage failures are named', () => {
  it.each([
    ['an outage (503)', kvsAnswer(503)],
    ['a throttle (429)', kvsAnswer(429)],
    ['a lost connection', new TypeError('fetch failed')],
  ])('%s becomes StorageUnavailableError, for every operation', async (_, error) => {
    const kv = namingStorageErrors(failingWith(error));
    const calls = [kv.get('k'), kv.set('k', 1), kv.delete('k'), kv.claim('k', 1), kv.list('k')];
    for (const call of calls) {
      const thrown: unknown = await call.catch((e: unknown) => e);
      expect(thrown).toBeInstanceOf(StorageUnavailableError);
      expect((thrown as StorageUnavailableError).cause).toBe(error);
    }
  });

  it('keeps a request KVS refused (a value too large: 400) as the bug it is', async () => {
    const refused = kvsAnswer(400);
    await expect(namingStorageErrors(failingWith(refused)).set('k', 1)).rejects.toBe(refused);
  });

  it('passes answers through, a lost claim included', async () => {
    const kv = namingStorageErrors({
      ...failingWith(new Error('unused')),
      get: () => Promise.resolve(7 as never),
      claim: () => Promise.resolve(false),
    });
    await expect(kv.get('k')).resolves.toBe(7);
    await expect(kv.claim('k', 1)).resolves.toBe(false);
  });
});
