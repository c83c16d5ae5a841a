import { aDraft } from '../support/draft-builders';
import { devInvoke } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage();
const visit = host.visit.bind(host);

describe('the host page', () => {
  it('renders the issue panel from the production build and completes an invoke round trip', async () => {
    await visit('/browse/SHOP-2', 'member');
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    const summary = panel.getByTestId('context-summary');
    // The panel's resolver read the issue, the project and the user from Jira as the member.
    await summary.getByText('Create backend support for the new checkout').waitFor();
    await summary.getByText('SHOP-2', { exact: true }).waitFor();
    await summary.getByText(/Shop \(SHOP, company-managed\)/).waitFor();
    await panel.getByTestId('draft-status').getByText('No breakdown has been started').waitFor();
  });

  it('opens the epic issue action in a modal and closes it from the app', async () => {
    await visit('/browse/SHOP-1');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
    const dialog = host.page.getByRole('dialog');
    const action = host.page.frameLocator('iframe[data-module="jira:issueAction"]');
    await action.getByText('Checkout revamp').waitFor();
    await action.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('offers the issue action only on epics', async () => {
    await visit('/browse/SHOP-2');
    await host.page
      .frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)')
      .getByTestId('context-summary')
      .waitFor();
    expect(await host.page.getByRole('button', { name: /Apps/ }).count()).toBe(0);
  });

  it('tells a non-admin on the project settings page that templates are for project admins', async () => {
    await visit('/projects/SHOP/settings', 'member');
    const settings = host.page.frameLocator('iframe[data-module="jira:projectSettingsPage"]');
    await settings.getByText('Project administrators only').waitFor();
  });

  it('shows what a breakdown created in the issue browser: hierarchy, links and the plan item of each issue', async () => {
    const invoke = async (functionKey: string, payload: unknown) =>
      (await devInvoke(host.stack.hostUrl, { issueKey: 'TEAM-2', functionKey, payload }))
        .answer as {
        ok: boolean;
        data: { status: string; items: { localId: string; key?: string }[] };
      };
    expect((await invoke('draft/save', { draft: aDraft(), baseVersion: 0 })).ok).toBe(true);
    const run = await invoke('plan/apply', { templateId: 'backend-service-breakdown' });
    expect(run.data.status).toBe('succeeded');
    const keyOf = (localId: string) => run.data.items.find((i) => i.localId === localId)?.key ?? '';

    await visit('/projects/TEAM/issues', 'member');
    const orders = host.page.locator(`tr[data-key="${keyOf('service:orders')}"]`);
    await orders.getByText('service:orders', { exact: true }).waitFor();
    // Payments' output feeds orders, so payments blocks orders.
    const payments = host.page.locator(`tr[data-key="${keyOf('service:payments')}"]`);
    await payments.getByText(`blocks ${keyOf('service:orders')}`).waitFor();
    const subtask = host.page.locator(
      `tr[data-key="${keyOf('service:orders/errors')}"] td.summary`,
    );
    const story = host.page.locator(`tr[data-key="${keyOf('service:orders')}"] td.summary`);
    const indent = async (cell: typeof story) =>
      Number(await cell.evaluate((td) => getComputedStyle(td).getPropertyValue('--depth')));
    expect(await indent(subtask)).toBe((await indent(story)) + 1);
  });
});
