/**
 * The breakdown preview reads as Jira does: the project's own issue type names and icons, labels
 * said once, plain words for what creating takes, descriptions as Jira renders them, and items a
 * team can leave out, a choice kept with the draft and honoured when creating.
 */
import path from 'node:path';
import type { Frame, FrameLocator } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import type { PlanPreview } from '../../src/contract';
import { aDraft } from '../support/draft-builders';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

type ReadyPreview = Extract<PlanPreview, { ready: true }>;

/** A fresh issue of its own in `project`, so no other test's breakdown is in the way. */
async function anIssue(project: 'SHOP' | 'VENTAS', issueTypeId: string): Promise<string> {
  const created = await fetch(`${host.stack.emulator!.url}/rest/api/3/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-emulator-account-id': 'app' },
    body: JSON.stringify({
      fields: { project: { key: project }, issuetype: { id: issueTypeId }, summary: 'Order API' },
    }),
  });
  return ((await created.json()) as { key: string }).key;
}

async function preview(issueKey: string): Promise<ReadyPreview> {
  const answer = await devInvokeData<PlanPreview>(host.stack.hostUrl, {
    issueKey,
    functionKey: 'plan/preview',
    payload: {},
  });
  if (!answer.ready) throw new Error('The seeded draft should be ready');
  return answer;
}

async function openBreakdown(issueKey: string): Promise<FrameLocator> {
  await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/${issueKey}`);
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByRole('button', { name: '3. Breakdown' }).click();
  await panel.getByTestId('plan-tree').waitFor();
  return panel;
}

describe('the breakdown preview', () => {
  it("names each issue with the project's own type and icon, and says the labels once", async () => {
    const issueKey = await anIssue('VENTAS', '10021');
    await saveDraftOver(host.stack.hostUrl, issueKey, aDraft());
    const panel = await openBreakdown(issueKey);

    const epic = panel.getByTestId('plan-item-epic');
    await epic.getByText('Épica', { exact: true }).waitFor();
    const icon = epic.locator('img');
    expect(await icon.getAttribute('alt')).toBe('');
    expect(await icon.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await panel
      .getByTestId('plan-item-service:orders')
      .getByText('Historia', { exact: true })
      .waitFor();
    await panel
      .getByTestId('plan-item-service:orders/errors')
      .getByText('Subtarea', { exact: true })
      .waitFor();
    expect(await panel.getByText('Story / task').count()).toBe(0);
    await panel
      .getByTestId('plan-labels')
      .getByText('Labels on every issue: backend-breakdown')
      .waitFor();
    expect(await panel.getByTestId('plan-tree').getByText(/label/i).count()).toBe(0);
    expect(await panel.getByText(/request/i).count()).toBe(0);
  });

  it('expands an item to its description, rendered as Jira renders it', async () => {
    const issueKey = await anIssue('SHOP', '10002');
    await saveDraftOver(host.stack.hostUrl, issueKey, aDraft());
    const panel = await openBreakdown(issueKey);

    const row = panel.getByTestId('plan-item-service:orders');
    const toggle = row.getByRole('button', { name: /^Build the Orders service/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const region = panel.locator(`[id="${(await toggle.getAttribute('aria-controls'))!}"]`);
    const description = region.getByTestId('adf-document');
    await description.getByRole('heading', { name: 'Failure modes' }).waitFor();
    await description.getByRole('columnheader', { name: 'Condition' }).waitFor();
    await description.getByRole('cell', { name: '404 Not Found' }).waitFor();
    expect(await description.locator('code').count()).toBeGreaterThan(0);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await region.isHidden()).toBe(true);
  });

  it('leaves out an excluded service: the count drops, the choice survives a reload, and creating skips it', async () => {
    const issueKey = await anIssue('SHOP', '10002');
    await saveDraftOver(host.stack.hostUrl, issueKey, aDraft());
    const before = await preview(issueKey);
    const underPayments = before.plan.items
      .filter(
        (i) =>
          i.localId === 'service:payments' ||
          (i.parent?.kind === 'item' && i.parent.localId === 'service:payments'),
      )
      .map((i) => i.localId);
    const left = before.diff.toCreate.length - underPayments.length;
    let panel = await openBreakdown(issueKey);
    await panel
      .getByRole('button', { name: `Create ${String(before.diff.toCreate.length)} issues` })
      .waitFor();

    await panel.getByRole('button', { name: /^Exclude Build the Payments service/ }).click();

    await panel.getByRole('button', { name: `Create ${String(left)} issues` }).waitFor();
    const payments = panel.getByTestId('plan-item-service:payments');
    await payments.getByText('Excluded', { exact: true }).waitFor();
    await panel
      .getByTestId('plan-item-service:payments/errors')
      .getByText('Excluded with its parent')
      .waitFor();
    await panel
      .getByTestId('plan-estimate')
      .getByText(`${String(underPayments.length)} excluded`)
      .waitFor();

    await host.page.reload();
    panel = await openBreakdown(issueKey);
    const create = panel.getByRole('button', { name: `Create ${String(left)} issues` });
    await create.waitFor();
    await panel.getByRole('button', { name: /^Include Build the Payments service/ }).waitFor();
    await create.click();
    await panel.getByTestId('run-progress').getByText('Done').waitFor();

    const made = host.stack
      .emulator!.issues('SHOP')
      .map(
        (i) =>
          i.properties['backend-breakdown'] as { planId?: string; localId?: string } | undefined,
      )
      .filter((p) => p?.planId === before.plan.planId)
      .map((p) => p!.localId!);
    expect(made).toHaveLength(left);
    expect(made.filter((id) => underPayments.includes(id))).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'reads in the %s theme with a description open and an item excluded (axe: nothing serious)',
    async (theme) => {
      const issueKey = await anIssue('SHOP', '10002');
      await saveDraftOver(host.stack.hostUrl, issueKey, {
        ...aDraft(),
        excludedItems: ['service:payments'],
      });
      await host.page.goto(`${host.stack.hostUrl}/?user=member&theme=${theme}#/browse/${issueKey}`);
      const panel = host.page.frameLocator(
        'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
      );
      await panel.getByRole('button', { name: '3. Breakdown' }).click();
      await panel.getByRole('button', { name: /^Build the Orders service/ }).click();
      await panel
        .getByTestId('adf-document')
        .getByRole('heading', { name: 'Failure modes' })
        .waitFor();
      await panel.getByTestId('plan-item-service:payments').getByText('Excluded').waitFor();

      const handle = await host.page.waitForSelector('iframe[data-module="jira:issuePanel"]');
      const frame = (await handle.contentFrame()) as Frame;
      expect(await seriousAxeViolations(frame)).toEqual([]);
      await host.page.screenshot({
        path: path.join(__dirname, '..', '..', 'test-results', 'preview', `preview-${theme}.png`),
        fullPage: true,
      });
    },
  );
});
