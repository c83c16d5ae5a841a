import { Filter, FilterConditions, kvs, MetadataField } from '@forge/kvs';
import { kvsError, testClock, useKvsStore } from './fixtures/kvs-harness';

describe('local KVS writes: key policy, TTL, batches and transactions', () => {
  const clock = testClock();
  const store = useKvsStore(() => ({ clock: () => clock.now }));

  describe('keyPolicy FAIL_IF_EXISTS', () => {
    it('creates the key when it does not exist yet', async () => {
      await kvs.set('lock:run-1', { owner: 'a' }, { keyPolicy: 'FAIL_IF_EXISTS' });

      expect(await kvs.get('lock:run-1')).toEqual({ owner: 'a' });
    });

    it('refuses to overwrite an existing key, and keeps its value', async () => {
      await kvs.set('lock:run-1', { owner: 'a' });

      const error = await kvsError(
        kvs.set('lock:run-1', { owner: 'b' }, { keyPolicy: 'FAIL_IF_EXISTS' }),
      );

      expect(error).toMatchObject({ code: 'KEY_ALREADY_EXISTS', responseDetails: { status: 409 } });
      expect(await kvs.get('lock:run-1')).toEqual({ owner: 'a' });
    });

    it('lets a lock be taken again once its TTL has expired', async () => {
      const lease = { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } } as const;
      await kvs.set('lock:run-1', { owner: 'a' }, lease);
      clock.advance(30_000);

      await kvs.set('lock:run-1', { owner: 'b' }, lease);

      expect(await kvs.get('lock:run-1')).toEqual({ owner: 'b' });
    });
  });

  describe('ttl', () => {
    it('keeps a value until its TTL has passed, then forgets it', async () => {
      await kvs.set('run:1', 'live', { ttl: { value: 2, unit: 'HOURS' } });

      clock.advance(2 * 3_600_000 - 1);
      expect(await kvs.get('run:1')).toBe('live');
      clock.advance(1);
      expect(await kvs.get('run:1')).toBeUndefined();
    });

    it('reports the expiry instant when asked for EXPIRE_TIME', async () => {
      await kvs.set('run:1', 'live', { ttl: { value: 1, unit: 'DAYS' } });

      const result = await kvs.get('run:1', { metadataFields: [MetadataField.EXPIRE_TIME] });

      expect(result?.expireTime).toBe(new Date(clock.now + 86_400_000).toISOString());
    });

    it('makes a value permanent again when it is overwritten without a TTL', async () => {
      await kvs.set('run:1', 'lease', { ttl: { value: 1, unit: 'SECONDS' } });
      await kvs.set('run:1', 'kept');
      clock.advance(5_000);

      expect(await kvs.get('run:1')).toBe('kept');
    });

    it('rejects a TTL that is not a positive whole number of a known unit', async () => {
      const error = await kvsError(kvs.set('run:1', 1, { ttl: { value: 0, unit: 'SECONDS' } }));

      expect(error.code).toBe('INVALID_TTL');
    });
  });

  describe('returnValue', () => {
    it('returns the previous value with returnValue PREVIOUS', async () => {
      await kvs.set('draft:1', { version: 1 });

      const previous = await kvs.set(
        'draft:1',
        { version: 2 },
        { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' },
      );

      expect(previous).toEqual({ key: 'draft:1', value: { version: 1 } });
    });
  });

  describe('batchSet', () => {
    it('stores the valid items and reports each invalid one with its error code', async () => {
      const result = await kvs.batchSet([
        { key: 'run:1', value: 1 },
        { key: 'run/2', value: 2 },
      ]);

      expect(result).toEqual({
        successfulKeys: [{ key: 'run:1' }],
        failedKeys: [{ key: 'run/2', error: { code: 'INVALID_KEY', message: expect.any(String) } }],
      });
      expect(store().snapshot().kvs).toEqual({ 'run:1': expect.objectContaining({ value: 1 }) });
    });
  });

  describe('transactions', () => {
    it('applies every set and delete of a transaction', async () => {
      await kvs.set('run:old', 1);

      await kvs.transact().set('run:1', 'a').set('run:2', 'b').delete('run:old').execute();

      expect(Object.keys(store().snapshot().kvs ?? {})).toEqual(['run:1', 'run:2']);
    });

    it('writes nothing when one operation of the transaction is invalid', async () => {
      const error = await kvsError(kvs.transact().set('run:1', 'a').set('run/2', 'b').execute());

      expect(error.code).toBe('INVALID_KEY');
      expect(await kvs.get('run:1')).toBeUndefined();
    });

    it('rejects a transaction of more than 25 operations', async () => {
      let transaction = kvs.transact();
      for (let n = 0; n < 26; n += 1) transaction = transaction.set(`run:${n}`, n);

      const error = await kvsError(transaction.execute());

      expect(error.code).toBe('TOO_MANY_OPERATIONS');
      expect(store().snapshot()).toEqual({});
    });

    it('rejects a transaction that uses one key twice', async () => {
      const error = await kvsError(kvs.transact().set('run:1', 'a').delete('run:1').execute());

      expect(error.responseDetails.status).toBe(400);
      expect(await kvs.get('run:1')).toBeUndefined();
    });

    it('commits a conditional entity write only while its condition holds', async () => {
      const drafts = kvs.entity<{ version: number; goal: string }>('draft-record');
      await drafts.set('10100', { version: 1, goal: 'first' });
      const basedOnVersion1 = {
        entityName: 'draft-record',
        conditions: new Filter<{ version: number }>().and('version', FilterConditions.equalTo(1)),
      };

      await kvs.transact().set('10100', { version: 2, goal: 'mine' }, basedOnVersion1).execute();
      const error = await kvsError(
        kvs.transact().set('10100', { version: 2, goal: 'theirs' }, basedOnVersion1).execute(),
      );

      expect(error).toMatchObject({
        code: 'CONDITION_CHECK_FAILED',
        responseDetails: { status: 409 },
      });
      expect(await drafts.get('10100')).toEqual({ version: 2, goal: 'mine' });
    });

    it('fails a check of an entity that does not exist, and writes nothing', async () => {
      const exists = new Filter<{ version: number }>().and('version', FilterConditions.exists());

      const error = await kvsError(
        kvs
          .transact()
          .set('run:1', 'a')
          .check('missing', { entityName: 'draft-record', conditions: exists })
          .execute(),
      );

      expect(error.code).toBe('CONDITION_CHECK_FAILED');
      expect(await kvs.get('run:1')).toBeUndefined();
    });
  });
});
