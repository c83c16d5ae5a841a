import { startDevStack, type DevStack } from '../../../dev/stack';
import { draftConflictSchema } from '../../../src/contract';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';
import { devInvoke } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import type { SeedUser } from '../../support/host-page-harness';
import { SEED_USERS } from '../../../dev/emulator';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

/** Calls a resolver through the host's invoke endpoint, as the panel on an issue would. */
async function call(
  functionKey: string,
  payload: unknown,
  options: { user?: SeedUser; issueKey?: string } = {},
): Promise<Record<string, any>> {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    functionKey,
    payload,
    user: options.user ?? 'member',
    issueKey: options.issueKey ?? 'SHOP-2',
  });
  expect(status).toBe(200);
  return answer;
}

const template = { templateId: 'backend-service-breakdown' };

describe('the breakdown flow through the resolvers', () => {
  it('starts from an empty draft at version 0', async () => {
    const answer = await call('draft/get', {}, { issueKey: 'SHOP-3' });
    expect(answer.ok).toBe(true);
    expect(answer.data.version).toBe(0);
    expect(answer.data.savedAt).toBeNull();
    expect(answer.data.draft.scoping.services).toEqual([]);
  });

  it('saves a draft, and refuses a save based on a stale version without overwriting', async () => {
    const first = await call('draft/save', { draft: aDraft(), baseVersion: 0 });
    expect(first.ok).toBe(true);
    expect(first.data.version).toBe(1);

    const stale = await call(
      'draft/save',
      { draft: aDraft({ featureTitle: 'Someone else’s edit' }), baseVersion: 0 },
      { user: 'admin' },
    );
    expect(stale.ok).toBe(false);
    expect(stale.error.code).toBe('CONFLICT');
    // Who saved and when, so the panel can say so and save over it only on purpose.
    expect(draftConflictSchema.parse(stale.error.details)).toEqual({
      currentVersion: 1,
      savedBy: first.data.savedBy,
      savedAt: first.data.savedAt,
      savedByName: 'Max Member',
    });

    const reread = await call('draft/get', {});
    expect(reread.data.version).toBe(1);
    expect(reread.data.draft.discovery.featureTitle).toBe(aDraft().discovery.featureTitle);
  });

  it('names the saver only as far as Jira lets the person see users', async () => {
    const base = await call('draft/get', {}, { issueKey: 'SHOP-3' });
    const mine = await call(
      'draft/save',
      { draft: aDraft(), baseVersion: base.data.version },
      { issueKey: 'SHOP-3' },
    );
    expect(mine.ok).toBe(true);
    const admin = SEED_USERS.admin.accountId;
    stack.emulator?.setGlobalPermission(admin, 'USER_PICKER', false);
    try {
      const stale = await call(
        'draft/save',
        { draft: aDraft({ featureTitle: 'Later' }), baseVersion: base.data.version },
        { user: 'admin', issueKey: 'SHOP-3' },
      );
      expect(stale.error.code).toBe('CONFLICT');
      expect(draftConflictSchema.parse(stale.error.details).savedByName).toBeNull();
    } finally {
      stack.emulator?.setGlobalPermission(admin, 'USER_PICKER', true);
    }
    // My own other tab: the banner says "You", so no name is looked up.
    const ownTab = await call(
      'draft/save',
      { draft: aDraft({ featureTitle: 'Other tab' }), baseVersion: base.data.version },
      { issueKey: 'SHOP-3' },
    );
    expect(draftConflictSchema.parse(ownTab.error.details)).toMatchObject({
      savedBy: mine.data.savedBy,
      savedByName: null,
    });
  });

  it('lets a viewer read the draft but not change it', async () => {
    const before = await call('draft/get', {}, { user: 'viewer' });
    expect(before.ok).toBe(true);
    const answer = await call(
      'draft/save',
      { draft: aDraft({ featureTitle: 'A viewer’s edit' }), baseVersion: before.data.version },
      { user: 'viewer' },
    );
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('FORBIDDEN');
    expect(answer.error.message).toMatch(/Edit issues/);
    const after = await call('draft/get', {});
    expect(after.data.version).toBe(before.data.version);
  });

  it('rejects an invalid draft with a clear message and writes nothing', async () => {
    const before = await call('draft/get', {});
    const broken = aDraft();
    (broken.scoping.services[0] as { failureModes: { status: number }[] }).failureModes[0]!.status =
      200;
    const answer = await call('draft/save', { draft: broken, baseVersion: before.data.version });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.message).toMatch(/status/);
    expect((await call('draft/get', {})).data.version).toBe(before.data.version);
  });

  it('previews the exact plan with nothing created yet', async () => {
    const answer = await call('plan/preview', template);
    expect(answer.ok).toBe(true);
    expect(answer.data.ready).toBe(true);
    const { plan, diff } = answer.data;
    expect(plan.items.length).toBeGreaterThan(3);
    expect(diff.existing).toEqual([]);
    expect(diff.toCreate).toEqual(plan.items.map((i: { localId: string }) => i.localId));
  });

  it('refuses to create for a viewer, who lacks Create permission, and creates nothing', async () => {
    const answer = await call('plan/apply', template, { user: 'viewer' });
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('FORBIDDEN');
    const preview = await call('plan/preview', template);
    expect(preview.data.diff.existing).toEqual([]);
  });

  it('has no latest run before the breakdown was ever created', async () => {
    const answer = await call('run/latest', {});
    expect(answer).toEqual({ ok: true, data: null });
  });

  it('creates the plan in Jira, and a second preview finds every item already there', async () => {
    const preview = await call('plan/preview', template);
    const run = await call('plan/apply', template);
    expect(run.ok).toBe(true);
    expect(run.data.status).toBe('succeeded');
    expect(run.data.counts.created).toBe(preview.data.plan.items.length);

    const again = await call('plan/preview', template);
    expect(again.data.diff.toCreate).toEqual([]);
    expect(again.data.diff.existing).toHaveLength(preview.data.plan.items.length);

    const polled = await call('run/get', { runId: run.data.runId });
    expect(polled.data.status).toBe('succeeded');

    // A panel opened later finds the same run.
    const latest = await call('run/latest', {});
    expect(latest.data.runId).toBe(run.data.runId);
  });

  it('does not show a run to a module opened in another project', async () => {
    const run = await call('plan/apply', template);
    const elsewhere = await call('run/get', { runId: run.data.runId }, { issueKey: 'TEAM-2' });
    expect(elsewhere.ok).toBe(false);
    expect(elsewhere.error.code).toBe('NOT_FOUND');
  });
});
