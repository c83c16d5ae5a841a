import { kvs } from '@forge/kvs';
import { kvsError, useKvsStore } from './fixtures/kvs-harness';

describe('the local KVS enforces Forge limits on keys and values', () => {
  useKvsStore();

  it('stores and returns a value under a key that uses every allowed character', async () => {
    const key = 'draft:10100 v1.2_a-b#c';
    await kvs.set(key, { goal: 'Orders API' });

    expect(await kvs.get(key)).toEqual({ goal: 'Orders API' });
  });

  it('accepts a key of exactly 500 characters', async () => {
    await kvs.set('k'.repeat(500), 1);

    expect(await kvs.get('k'.repeat(500))).toBe(1);
  });

  it('rejects a key longer than 500 characters with KEY_TOO_LONG', async () => {
    const error = await kvsError(kvs.set('k'.repeat(501), 1));

    expect(error).toMatchObject({ code: 'KEY_TOO_LONG', responseDetails: { status: 400 } });
  });

  it('rejects a key with a character outside Forge\u2019s pattern with INVALID_KEY', async () => {
    const error = await kvsError(kvs.set('draft/10100', 1));

    expect(error.code).toBe('INVALID_KEY');
  });

  it('rejects a key made only of whitespace with INVALID_KEY', async () => {
    const error = await kvsError(kvs.set('   ', 1));

    expect(error.code).toBe('INVALID_KEY');
  });

  it('rejects an empty key with KEY_TOO_SHORT', async () => {
    const error = await kvsError(kvs.get(''));

    expect(error.code).toBe('KEY_TOO_SHORT');
  });

  it('checks keys on reads too, not only on writes', async () => {
    const error = await kvsError(kvs.get('run/1'));

    expect(error.code).toBe('INVALID_KEY');
  });

  it('stores a value of exactly 240 KiB of JSON', async () => {
    // JSON.stringify adds the two quotes around a string.
    const value = 'x'.repeat(240 * 1024 - 2);
    await kvs.set('big', value);

    expect(await kvs.get('big')).toBe(value);
  });

  it('rejects a value one byte over 240 KiB with MAX_SIZE, and keeps the old value', async () => {
    await kvs.set('big', 'small');

    const error = await kvsError(kvs.set('big', 'x'.repeat(240 * 1024 - 1)));

    expect(error).toMatchObject({ code: 'MAX_SIZE', responseDetails: { status: 400 } });
    expect(await kvs.get('big')).toBe('small');
  });

  it('measures value size in UTF-8 bytes, not characters', async () => {
    // 'é' is two bytes in UTF-8: 130 000 of them are 260 000 bytes but only 130 000 characters.
    const error = await kvsError(kvs.set('accents', 'é'.repeat(130_000)));

    expect(error.code).toBe('MAX_SIZE');
  });

  it('rejects a value nested deeper than Forge allows with MAX_DEPTH', async () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 32; level += 1) deep = { child: deep };

    const error = await kvsError(kvs.set('deep', deep));

    expect(error.code).toBe('MAX_DEPTH');
  });

  it('answers a read of a missing key with undefined, as Forge does', async () => {
    expect(await kvs.get('draft:missing')).toBeUndefined();
  });

  it('deletes a key, and deleting a missing key succeeds', async () => {
    await kvs.set('draft:1', 1);
    await kvs.delete('draft:1');
    await kvs.delete('draft:1');

    expect(await kvs.get('draft:1')).toBeUndefined();
  });

  it('keeps secrets apart from the values queries and reads can see', async () => {
    await kvs.setSecret('token', 'abc');

    expect(await kvs.get('token')).toBeUndefined();
    expect(await kvs.getSecret('token')).toBe('abc');
    expect((await kvs.query().getMany()).results).toEqual([]);
  });

  it('refuses custom entity index queries loudly rather than answering them wrongly', async () => {
    const error = await kvsError(kvs.entity('draft-record').query().index('by-key').getMany());

    expect(error).toMatchObject({ code: 'NOT_IMPLEMENTED', responseDetails: { status: 501 } });
  });
});
