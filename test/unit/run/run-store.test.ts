import type { KeyValueStore } from '../../../src/storage/run-kvs';
import { createRunStore, keyPart } from '../../../src/run/records/run-store';
import { countItems, countLinks, type Run } from '../../../src/run/run';
import { aPlan } from '../../support/plan-builders';

const KVS_VALUE_LIMIT = 240 * 1024;

function mapStore() {
  const values = new Map<string, string>();
  const store: KeyValueStore = {
    get: <T>(key: string) =>
      Promise.resolve(values.has(key) ? (JSON.parse(values.get(key)!) as T) : undefined),
    set: (key, value) => (values.set(key, JSON.stringify(value)), Promise.resolve()),
    delete: (key) => (values.delete(key), Promise.resolve()),
    claim: (key, value) => {
      if (values.has(key)) return Promise.resolve(false);
      values.set(key, JSON.stringify(value));
      return Promise.resolve(true);
    },
    list: () => Promise.reject(new Error('The run store lists nothing.')),
  };
  return { store, values };
}

function aFailedRun(plan: ReturnType<typeof aPlan>): Run {
  const items = plan.items.map((i) => ({
    localId: i.localId,
    outcome: 'failed' as const,
    reason: `customfield_10050: ${'x'.repeat(2000)}`,
  }));
  const linkOutcomes = plan.links.map((_, index) => ({
    index,
    outcome: 'failed' as const,
    reason: 'y'.repeat(2000),
  }));
  return {
    runId: 'run-500',
    planId: plan.planId,
    projectId: plan.projectId,
    templateVersion: 1,
    accountId: 'acc',
    mode: 'queued',
    status: 'partial',
    createdAt: 1,
    updatedAt: 2,
    counts: countItems(items),
    links: countLinks(linkOutcomes),
    timings: {},
    requests: {},
    attempts: 1,
    items,
    linkOutcomes,
  };
}

describe('the run store', () => {
  it('keeps every value of a 500-item run far under the KVS limit, even with long Jira errors on every item', async () => {
    const plan = aPlan({ services: 99, itemsPerService: 4, extraItems: 4, links: 98 });
    expect(plan.items).toHaveLength(500);
    const { store, values } = mapStore();
    await createRunStore(store).create(aFailedRun(plan), plan);
    const largest = Math.max(...[...values.values()].map((v) => Buffer.byteLength(v, 'utf8')));
    expect(largest).toBeLessThan(KVS_VALUE_LIMIT / 2);
  });

  it('reads back the run and the plan it stored', async () => {
    const plan = aPlan({ services: 30, itemsPerService: 4 });
    const run = aFailedRun(plan);
    const { store } = mapStore();
    await createRunStore(store).create(run, plan);
    const reader = createRunStore(store);
    const loaded = await reader.load('run-500');
    expect(loaded?.items).toHaveLength(plan.items.length);
    expect(loaded?.items[3]).toEqual({
      ...run.items[3],
      reason: expect.stringMatching(/^customfield_10050: x+…$/) as string,
    });
    expect(await reader.loadPlan('run-500')).toEqual(plan);
  });

  it('writes only the pages that changed', async () => {
    const plan = aPlan({ services: 60, itemsPerService: 4 });
    const run = aFailedRun(plan);
    const { store } = mapStore();
    const writes: string[] = [];
    const counting: KeyValueStore = {
      ...store,
      set: (key, value) => (writes.push(key), store.set(key, value)),
    };
    const runs = createRunStore(counting);
    await runs.save(run);
    writes.length = 0;
    const items = [...run.items];
    items[250] = { localId: items[250]!.localId, outcome: 'created', key: 'SHOP-99', id: '10999' };
    await runs.save({ ...run, items, counts: countItems(items) });
    expect(writes).toEqual(['run:run-500:items:2', 'run:run-500']);
  });
});

describe('KVS key parts', () => {
  it('keep ordinary ids as they are and make other ids valid Forge keys that stay distinct', () => {
    expect(keyPart('draft-10101')).toBe('draft-10101');
    const a = keyPart('draft/10101?v=1');
    const b = keyPart('draft/10101?v=2');
    expect(a).toMatch(/^[a-zA-Z0-9:._\s\-#]+$/);
    expect(a).not.toBe(b);
  });
});
