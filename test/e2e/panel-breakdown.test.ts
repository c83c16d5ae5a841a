import type { FrameLocator } from 'playwright-core';
import type { PlanPreview } from '../../src/contract';
import { emptyDraft, type Draft } from '../../src/domain';
import { aDraft } from '../support/draft-builders';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

const TEMPLATE = 'backend-service-breakdown';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

type User = 'admin' | 'member' | 'viewer';

/** Calls a resolver as the issue panel on `issueKey` would (as the member), without a browser. */
const invoke = <T>(issueKey: string, functionKey: string, payload: unknown): Promise<T> =>
  devInvokeData<T>(host.stack.hostUrl, { issueKey, functionKey, payload });
const saveDraft = (issueKey: string, draft: Draft) =>
  saveDraftOver(host.stack.hostUrl, issueKey, draft);

/** Opens the issue as `user` and moves the panel to its Breakdown step. */
async function openBreakdown(issueKey: string, user: User = 'member'): Promise<FrameLocator> {
  await host.page.goto(`${host.stack.hostUrl}/?user=${user}#/browse/${issueKey}`);
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByRole('button', { name: '3. Breakdown' }).click();
  await panel.getByRole('heading', { name: 'Breakdown' }).waitFor();
  return panel;
}

describe('the issue panel: breakdown and creation', () => {
  it('previews exactly the issues of the plan, nested, with their links and estimate', async () => {
    await saveDraft('SHOP-3', aDraft());
    const preview = await invoke<PlanPreview>('SHOP-3', 'plan/preview', { templateId: TEMPLATE });
    if (!preview.ready) throw new Error('The seeded draft should be ready');
    const panel = await openBreakdown('SHOP-3');
    const tree = panel.getByTestId('plan-tree');
    await tree.waitFor();
    expect(await tree.locator('[data-testid^="plan-item-"]').count()).toBe(
      preview.plan.items.length,
    );
    for (const item of preview.plan.items) {
      const row = tree.getByTestId(`plan-item-${item.localId}`);
      await row.getByText(item.fields.summary, { exact: true }).waitFor();
    }
    // A sub-task sits inside its service's list item, which sits inside the epic's.
    const orders = tree
      .locator('li', { has: panel.getByTestId('plan-item-service:orders') })
      .last();
    await orders.getByTestId('plan-item-service:orders/errors').waitFor();
    await panel
      .getByTestId('plan-links')
      .getByText(/ blocks /)
      .first()
      .waitFor();
    await panel
      .getByTestId('plan-estimate')
      .getByText(
        new RegExp(
          `^${String(preview.diff.toCreate.length)} issues, created in ${String(preview.requests.bulkCreates)} steps`,
        ),
      )
      .waitFor();
    await panel
      .getByRole('button', { name: `Create ${String(preview.plan.items.length)} issues` })
      .waitFor();
  });

  it('creates the issues, reports each key, and the issues exist in Jira', async () => {
    await saveDraft('VENTAS-1', aDraft());
    const panel = await openBreakdown('VENTAS-1');
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    const count = Number(/\d+/.exec((await create.textContent()) ?? '')?.[0]);
    await create.click();
    const outcomes = panel.getByTestId('run-outcomes');
    await panel.getByTestId('run-progress').getByText('Done').waitFor();
    expect(await outcomes.getByText('created', { exact: true }).count()).toBe(count);
    await host.page
      .getByRole('status')
      .filter({ hasText: `Created ${String(count)} issues` })
      .waitFor();
    const keys = await outcomes.getByRole('link', { name: /^VENTAS-\d+$/ }).allTextContents();
    expect(keys).toHaveLength(count);
    const inJira = host.stack.emulator!.issues('VENTAS').map((issue) => issue.key);
    expect(inJira).toEqual(expect.arrayContaining(keys));
    // Everything exists now, so the refreshed preview has nothing left to create.
    await panel.getByRole('button', { name: 'Create 0 issues' }).waitFor();
  });

  it('shows the latest run when the panel is opened again, without announcing it again', async () => {
    // An issue of its own, so no other test's breakdown is in the way.
    const created = await fetch(`${host.stack.emulator!.url}/rest/api/3/issue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-account-id': 'app' },
      body: JSON.stringify({
        fields: { project: { key: 'SHOP' }, issuetype: { id: '10002' }, summary: 'Order API' },
      }),
    });
    const { key } = (await created.json()) as { key: string };
    await saveDraft(key, aDraft());
    const run = await invoke<{ runId: string; status: string; counts: { created: number } }>(
      key,
      'plan/apply',
      { templateId: TEMPLATE, reuseCurrentEpic: false },
    );
    expect(run.status).toBe('succeeded');
    const panel = await openBreakdown(key);
    await panel.getByTestId('run-progress').getByText('Done').waitFor();
    const outcomes = panel.getByTestId('run-outcomes');
    await outcomes.getByText('created', { exact: true }).first().waitFor();
    expect(await outcomes.getByText('created', { exact: true }).count()).toBe(run.counts.created);
    // A flag would follow the outcome within a bridge round trip; give it ample time to appear.
    await host.page.waitForTimeout(500);
    expect(
      await host.page
        .getByRole('status')
        .filter({ hasText: /^Created/ })
        .count(),
    ).toBe(0);
  });

  it('follows a run that goes to the queue with a progress bar until it is done', async () => {
    await saveDraft('TEAM-2', aDraft());
    const panel = await openBreakdown('TEAM-2');
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    await create.waitFor();
    // A slow site makes the run too long for the resolver, so it is queued and polled.
    host.stack.emulator!.addFault({
      match: { path: '/rest/api/3/issue/createmeta' },
      latencyMs: 1500,
    });
    await create.click();
    const progress = panel.getByTestId('run-progress');
    await progress.getByText(/^(Preparing|Queued|Creating)$/).waitFor();
    await panel.getByRole('progressbar').waitFor();
    await panel.getByRole('button', { name: 'Cancel' }).waitFor();
    await progress.getByText('Done').waitFor({ timeout: 20_000 });
    await panel
      .getByTestId('run-outcomes')
      .getByRole('link', { name: /^TEAM-\d+$/ })
      .first()
      .waitFor();
  });

  it('deletes what a run created after confirmation, and says so', async () => {
    await saveDraft('SHOP-1', aDraft());
    const panel = await openBreakdown('SHOP-1', 'admin');
    await panel.getByRole('button', { name: /^Create \d+ issues$/ }).click();
    await panel.getByTestId('run-progress').getByText('Done').waitFor();
    const before = host.stack.emulator!.issues('SHOP').length;
    await panel.getByRole('button', { name: 'Undo: delete created issues' }).click();
    // The confirmation is a Custom UI modal the host page draws over the page, not inside the panel.
    const dialog = host.page.getByRole('dialog').frameLocator('iframe');
    await dialog
      .getByRole('heading', { name: /^Delete \d+ issues? the breakdown made\?$/ })
      .waitFor();
    await dialog.getByRole('button', { name: 'Delete issues' }).click();
    await host.page.getByRole('dialog').waitFor({ state: 'detached' });
    await panel
      .getByText(/^Deleted \d+ issues$/)
      .first()
      .waitFor();
    await panel.getByText('Every issue this run created was deleted.').waitFor();
    expect(host.stack.emulator!.issues('SHOP').length).toBeLessThan(before);
  });

  it('puts the services under the epic the panel is on by default, or under a new one', async () => {
    await saveDraft('TEAM-1', aDraft());
    const panel = await openBreakdown('TEAM-1');
    const reuse = panel.getByLabel('Use this epic (TEAM-1) instead of creating a new one');
    await panel.getByText('under TEAM-1').first().waitFor();
    expect(await reuse.isChecked()).toBe(true);
    expect(await panel.getByTestId('plan-item-epic').count()).toBe(0);
    await reuse.uncheck();
    await panel.getByTestId('plan-item-epic').waitFor();
  });

  it('shows why a title-only draft cannot be broken down yet', async () => {
    await saveDraft('SHOP-2', emptyDraft('Checkout revamp'));
    const panel = await openBreakdown('SHOP-2');
    await panel.getByText('Not ready to create issues').waitFor();
    await panel.getByText('Scoping names no service yet').waitFor();
    expect(await panel.getByRole('button', { name: /^Create \d+ issues$/ }).count()).toBe(0);
  });

  it('tells a viewer plainly that creating issues needs a permission they lack', async () => {
    await saveDraft('SHOP-3', aDraft());
    const panel = await openBreakdown('SHOP-3', 'viewer');
    await panel.getByText('You do not have permission').waitFor();
    await panel.getByText(/You need the "Create issues" permission in SHOP/).waitFor();
  });
});
