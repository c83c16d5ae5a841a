import type { FrameLocator } from 'playwright-core';
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

async function openPanel(user: 'member' | 'viewer'): Promise<FrameLocator> {
  await host.page.goto(`${host.stack.hostUrl}/?user=${user}#/browse/SHOP-2`);
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  return panel;
}

describe('the issue panel for someone who may not edit the issue', () => {
  beforeAll(async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraft());
  });

  it('shows the draft read-only from the start, with one line saying why', async () => {
    const panel = await openPanel('viewer');
    await panel
      .getByTestId('read-only-reason')
      .getByText('You can read this breakdown but not change it', { exact: false })
      .waitFor();
    const title = panel.getByLabel('Feature title', { exact: true });
    expect(await title.inputValue()).toBe('Checkout revamp');
    expect(await title.isEditable()).toBe(false);
    expect(await panel.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Add stakeholder' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Remove stakeholder/ }).count()).toBe(0);

    // Services still open for reading, and their fields do not change either.
    await panel.getByRole('button', { name: '2. Scoping' }).click();
    await panel.getByRole('button', { name: '▸ Payments' }).click();
    const primary = panel.getByLabel('Primary function', { exact: true });
    expect(await primary.inputValue()).toBe('Charges the shopper through the payment provider');
    expect(await primary.isEditable()).toBe(false);
    // Nothing in Scoping offers a change: no removing, adding, importing or suggesting.
    expect(await panel.getByRole('button', { name: /^Remove Payments/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /Add service/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /Import from OpenAPI/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
  });

  it('does not point a reader at a form they do not have', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-3', { ...aDraft(), scoping: { services: [] } });
    await host.page.goto(`${host.stack.hostUrl}/?user=viewer#/browse/SHOP-3`);
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '2. Scoping' }).click();
    await panel.getByText('No services yet.', { exact: true }).waitFor();
  });

  it('says nothing of the kind to someone who may edit', async () => {
    const panel = await openPanel('member');
    expect(await panel.getByLabel('Feature title', { exact: true }).isEditable()).toBe(true);
    await panel.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await panel.getByTestId('read-only-reason').count()).toBe(0);
  });
});
