import { startDevStack, type DevStack } from '../../../dev/stack';
import { dismissSuggestion, suggest } from '../../../src/domain';
import { devInvoke } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import type { SeedUser } from '../../support/host-page-harness';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
});

/** Calls a resolver through the host's invoke endpoint, as the panel on SHOP-2 would. */
async function call(
  functionKey: string,
  payload: unknown,
  user: SeedUser = 'member',
): Promise<Record<string, any>> {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    issueKey: 'SHOP-2',
    functionKey,
    payload,
    user,
  });
  expect(status).toBe(200);
  return answer;
}

const idsOf = (answer: Record<string, any>): string[] =>
  (answer.data.suggestions as { serviceId: string; id: string }[]).map(
    (s) => `${s.serviceId}/${s.id}`,
  );

describe('scoping/suggest', () => {
  it('suggests nothing before a draft is saved', async () => {
    const answer = await call('scoping/suggest', {});
    expect(answer).toEqual({ ok: true, data: { suggestions: [], draftVersion: 0 } });
  });

  it('answers the suggestions for the saved draft, for every service or one', async () => {
    const saved = await call('draft/save', { draft: aDraft(), baseVersion: 0 });
    expect(saved.ok).toBe(true);

    const all = await call('scoping/suggest', {});
    expect(all.ok).toBe(true);
    expect(all.data.draftVersion).toBe(1);
    expect(all.data.suggestions).toEqual(suggest(aDraft()));
    expect(idsOf(all)).toContain('orders/endpoint-criterion:get-order');

    const orders = await call('scoping/suggest', { serviceId: 'orders' });
    expect(idsOf(orders)).toEqual(idsOf(all).filter((id) => id.startsWith('orders/')));
    expect(orders.data.suggestions[0]).toMatchObject({
      why: expect.stringMatching(/\S/),
      rule: expect.stringMatching(/\S/),
    });
  });

  it('leaves out a suggestion dismissed in the saved draft, and writes nothing itself', async () => {
    const current = await call('draft/get', {});
    const dismissed = dismissSuggestion(
      current.data.draft,
      'orders',
      'endpoint-criterion:get-order',
    );
    if (!dismissed.ok) throw new Error(dismissed.message);
    const saved = await call('draft/save', {
      draft: dismissed.draft,
      baseVersion: current.data.version,
    });
    expect(saved.ok).toBe(true);

    const answer = await call('scoping/suggest', { serviceId: 'orders' });
    expect(idsOf(answer)).not.toContain('orders/endpoint-criterion:get-order');
    expect(answer.data.draftVersion).toBe(saved.data.version);
    expect((await call('draft/get', {})).data.version).toBe(saved.data.version);
  });

  it('answers someone who may only read the issue', async () => {
    const answer = await call('scoping/suggest', { serviceId: 'payments' }, 'viewer');
    expect(answer.ok).toBe(true);
    expect(idsOf(answer).length).toBeGreaterThan(0);
  });

  it('says NOT_FOUND for a service the saved draft does not have', async () => {
    const answer = await call('scoping/suggest', { serviceId: 'shipping' });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('NOT_FOUND');
    expect(answer.error.message).toBe('The saved draft has no service "shipping".');
  });

  it('refuses a service id that is not an id, and anything else in the input', async () => {
    for (const payload of [{ serviceId: 'Orders API' }, { serviceId: 'orders', draft: {} }]) {
      const answer = await call('scoping/suggest', payload);
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('INVALID_INPUT');
    }
  });
});
