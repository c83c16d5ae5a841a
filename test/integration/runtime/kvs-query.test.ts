import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { kvsError, testClock, useKvsStore } from './fixtures/kvs-harness';

const runKey = (n: number) => `run:${String(n).padStart(3, '0')}`;

async function seedRuns(count: number): Promise<void> {
  // Written out of order, so key order in the results is the store's doing.
  for (let n = count; n >= 1; n -= 1) await kvs.set(runKey(n), { n });
  await kvs.set('draft:1', { n: 0 });
  await kvs.set('ru', { n: -1 });
}

describe('local KVS queries page through keys like Forge', () => {
  const clock = testClock();
  useKvsStore(() => ({ clock: () => clock.now }));

  it('returns only the keys beginning with the prefix, in key order', async () => {
    await seedRuns(3);

    const { results, nextCursor } = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('run:'))
      .getMany();

    expect(results).toEqual([
      { key: 'run:001', value: { n: 1 } },
      { key: 'run:002', value: { n: 2 } },
      { key: 'run:003', value: { n: 3 } },
    ]);
    expect(nextCursor).toBeUndefined();
  });

  it('pages with the cursor until every match was returned exactly once', async () => {
    await seedRuns(45);
    const seen: string[] = [];
    const pageSizes: number[] = [];

    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('run:')).limit(20);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      pageSizes.push(page.results.length);
      seen.push(...page.results.map((result) => result.key));
      cursor = page.nextCursor;
    } while (cursor);

    expect(pageSizes).toEqual([20, 20, 5]);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => runKey(i + 1)));
  });

  it('returns 10 results per page when the query sets no limit', async () => {
    await seedRuns(12);

    const page = await kvs.query().where('key', WhereConditions.beginsWith('run:')).getMany();

    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('rejects a limit above 20 with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    const error = await kvsError(kvs.query().limit(21).getMany());

    expect(error).toMatchObject({
      code: 'LIST_QUERY_LIMIT_EXCEEDED',
      responseDetails: { status: 400 },
    });
  });

  it('rejects a limit below 1 with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    const error = await kvsError(kvs.query().limit(0).getMany());

    expect(error.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
  });

  it('rejects a cursor it did not issue with INVALID_CURSOR', async () => {
    const error = await kvsError(kvs.query().cursor('not-a-cursor').getMany());

    expect(error.code).toBe('INVALID_CURSOR');
  });

  it('continues after the last key of the previous page when keys are added meanwhile', async () => {
    await seedRuns(4);
    const first = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('run:'))
      .limit(2)
      .getMany();
    await kvs.set('run:000', { n: 0 });

    const second = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('run:'))
      .limit(2)
      .cursor(first.nextCursor!)
      .getMany();

    expect(second.results.map((result) => result.key)).toEqual(['run:003', 'run:004']);
  });

  it('leaves expired values out of query results', async () => {
    await kvs.set('run:001', 1, { ttl: { value: 1, unit: 'MINUTES' } });
    await kvs.set('run:002', 2);
    clock.advance(60_000);

    const { results } = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('run:'))
      .getMany();

    expect(results.map((result) => result.key)).toEqual(['run:002']);
  });

  it('adds metadata to results only when the query asks for it', async () => {
    await kvs.set('run:001', 1);

    const { results } = await kvs
      .query({ metadataFields: [MetadataField.CREATED_AT] })
      .where('key', WhereConditions.beginsWith('run:'))
      .getMany();

    expect(results).toEqual([
      { key: 'run:001', value: 1, createdAt: Math.floor(clock.now / 1000) },
    ]);
  });
});
