/**
 * The preview tells what a run will send and stays small enough to answer quickly, and a run
 * tells the person what they may do with it now.
 */
import { startDevStack, type DevStack } from '../../../dev/stack';
import { DRAFT_LIMITS, type Draft } from '../../../src/domain';
import { devInvoke } from '../../support/dev-invoke';
import { aLargeDraft } from '../../support/draft-builders';
import type { SeedUser } from '../../support/host-page-harness';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

let stack: DevStack;
beforeAll(async () => {
  stack = await startDevStack();
});
afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

async function call(
  functionKey: string,
  payload: unknown,
  options: { user?: SeedUser; issueKey: string },
): Promise<{ answer: Record<string, any>; bytes: number }> {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    functionKey,
    payload,
    user: options.user ?? 'admin',
    issueKey: options.issueKey,
  });
  expect(status).toBe(200);
  return { answer, bytes: Buffer.byteLength(JSON.stringify(answer)) };
}

async function save(draft: Draft, issueKey: string): Promise<void> {
  const { answer } = await call('draft/save', { draft, baseVersion: 0 }, { issueKey });
  expect(answer.error).toBeUndefined();
}

/** 25 services of 30 endpoints, their text grown until the draft is at its stored-size limit. */
function theLargestDraft(): Draft {
  const draft = aLargeDraft(DRAFT_LIMITS.services, { endpointsPerService: DRAFT_LIMITS.endpoints });
  const endpoints = draft.scoping.services.flatMap((s) => s.endpoints);
  const spare = DRAFT_LIMITS.storedBytes - 2_048 - Buffer.byteLength(JSON.stringify(draft));
  const extra = Math.min(DRAFT_LIMITS.line - 20, Math.floor(spare / endpoints.length));
  for (const e of endpoints) e.summary = `${e.summary} ${'x'.repeat(Math.max(0, extra - 1))}`;
  return draft;
}

describe('plan/preview', () => {
  it('counts one link request per link where the create screen has no Linked issues field, as the run then sends', async () => {
    const issueKey = 'TEAM-2';
    await save(aLargeDraft(3), issueKey);
    const options = { templateId: 'backend-service-breakdown' };

    const { answer: preview } = await call('plan/preview', options, { issueKey });
    expect(preview.data.ready).toBe(true);
    const { requests, plan } = preview.data;
    expect(requests.linksOnCreateScreen).toBe(false);
    expect(requests.linkPosts).toBe(plan.links.length);
    expect(requests.foldedLinks).toBe(0);

    stack.emulator!.clearLog();
    const { answer: run } = await call('plan/apply', options, { issueKey });
    expect(run.data.status).toBe('succeeded');
    const counts = stack.emulator!.counts();
    expect(counts['POST /rest/api/3/issueLink']).toBe(requests.linkPosts);
    expect(counts['POST /rest/api/3/issue/bulk']).toBe(requests.bulkCreates);
  });

  it('answers under 1 MB for the largest draft the limits allow, and gives each description on demand', async () => {
    const issueKey = 'SHOP-3';
    await save(theLargestDraft(), issueKey);
    const options = { templateId: 'endpoint-per-subtask' };

    const { answer, bytes } = await call('plan/preview', options, { issueKey });
    expect(answer.data.ready).toBe(true);
    expect(answer.data.plan.items.length).toBeGreaterThan(700);
    expect(bytes).toBeLessThan(1_000_000);
    expect(answer.data.plan.items[0].fields.description).toBeUndefined();

    const localId = answer.data.plan.items[1].localId as string;
    const { answer: one } = await call(
      'plan/item-description',
      { ...options, localId },
      { issueKey },
    );
    expect(one.data.localId).toBe(localId);
    expect(one.data.description).toMatchObject({ type: 'doc', version: 1 });

    const { answer: missing } = await call(
      'plan/item-description',
      { ...options, localId: 'service:nope' },
      { issueKey },
    );
    expect(missing.error.code).toBe('NOT_FOUND');
  });
});

describe('plan/preview names and exclusions', () => {
  it("names each item's issue type as the project does, with Jira's icon", async () => {
    const issueKey = 'VENTAS-1';
    await save(aLargeDraft(1), issueKey);

    const { answer } = await call('plan/preview', {}, { issueKey });

    const types = answer.data.issueTypes as { id: string; name: string; iconUrl: string }[];
    expect(types.map((t) => t.name).sort()).toEqual(['Historia', 'Subtarea', 'Épica']);
    const used = new Set(answer.data.plan.items.map((i: { issueTypeId: string }) => i.issueTypeId));
    expect(types.map((t) => t.id).sort()).toEqual([...used].sort());
    for (const type of types) {
      const icon = await fetch(type.iconUrl);
      expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    }
  });

  it('counts and creates only what the draft does not exclude', async () => {
    const issueKey = 'TEAM-1';
    const draft = aLargeDraft(3);
    const { answer: saved } = await call('draft/save', { draft, baseVersion: 0 }, { issueKey });
    const options = { templateId: 'backend-service-breakdown' };
    const { answer: whole } = await call('plan/preview', options, { issueKey });
    const service = `service:${draft.scoping.services[1]!.id}`;
    const under = (whole.data.plan.items as { localId: string; parent: { localId?: string } }[])
      .filter((i) => i.localId === service || i.parent?.localId === service)
      .map((i) => i.localId);

    await call(
      'draft/save',
      {
        draft: { ...draft, excludedItems: [service, 'service:gone'] },
        baseVersion: saved.data.version,
      },
      { issueKey },
    );
    const { answer: preview } = await call('plan/preview', options, { issueKey });
    const { answer: run } = await call('plan/apply', options, { issueKey });

    expect(under.length).toBeGreaterThan(1);
    expect(preview.data.excluded).toEqual(under);
    expect(preview.data.plan.items).toHaveLength(whole.data.plan.items.length);
    expect(preview.data.diff.toCreate).toHaveLength(whole.data.diff.toCreate.length - under.length);
    const perLevel = Object.values(preview.data.plan.estimate.issuesPerLevel as object);
    expect(perLevel.reduce((a: number, b: number) => a + b, 0)).toBe(
      preview.data.diff.toCreate.length,
    );
    expect(run.data.status).toBe('succeeded');
    expect(run.data.counts.created).toBe(preview.data.diff.toCreate.length);
    const made = stack
      .emulator!.issues('SHOP')
      .map((i) => (i.properties['backend-breakdown'] as { localId?: string } | undefined)?.localId);
    expect(made.filter((id) => id !== undefined && under.includes(id))).toEqual([]);
  });
});

describe('what a person may do with a run', () => {
  it('offers undo to the project admin who ran it, and nothing to a member who may not delete', async () => {
    const issueKey = 'SHOP-2';
    await save(aLargeDraft(2), issueKey);
    const { answer: run } = await call(
      'plan/apply',
      { templateId: 'backend-service-breakdown' },
      { issueKey },
    );
    expect(run.data.status).toBe('succeeded');
    expect(run.data.actions).toEqual(['undo']);

    const { answer: seen } = await call(
      'run/get',
      { runId: run.data.runId },
      { issueKey, user: 'member' },
    );
    expect(seen.data.actions).toEqual([]);
  });
});
