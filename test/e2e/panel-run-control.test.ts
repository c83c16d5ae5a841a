import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ stack: { queueMsPerSecond: 100 }, pageTimeoutMs: 10_000 });

describe('the issue panel: controlling a run', () => {
  it('cancels a queued run, then resumes it until every issue exists', async () => {
    await saveDraftOver(host.stack.hostUrl, 'TEAM-2', aDraft());
    await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/TEAM-2`);
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    await create.waitFor();
    // A slow site sends the run to the queue, where it waits long enough to be cancelled.
    host.stack.emulator!.addFault({
      match: { path: '/rest/api/3/issue/createmeta' },
      latencyMs: 1500,
    });
    await create.click();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    const progress = panel.getByTestId('run-progress');
    await progress.getByText('Cancelled').waitFor();
    await host.page.getByRole('status').filter({ hasText: 'Run cancelled' }).waitFor();

    host.stack.emulator!.clearFaults();
    await panel.getByRole('button', { name: 'Resume' }).click();
    await progress.getByText('Done').waitFor({ timeout: 20_000 });
    const keys = await panel
      .getByTestId('run-outcomes')
      .getByRole('link', { name: /^TEAM-\d+$/ })
      .allTextContents();
    const inJira = host.stack.emulator!.issues('TEAM').map((issue) => issue.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(inJira).toEqual(expect.arrayContaining(keys));
  });

  it('creates once when Create is double-clicked', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-3', aDraft());
    await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/SHOP-3`);
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    await create.waitFor();
    const planned = Number(/\d+/.exec((await create.textContent()) ?? '')?.[0]);
    const before = host.stack.emulator!.issues('SHOP').length;

    await create.dblclick();
    await panel.getByTestId('run-progress').getByText('Done').waitFor({ timeout: 20_000 });

    expect(host.stack.emulator!.issues('SHOP').length - before).toBe(planned);
    expect(host.stack.emulator!.counts()['POST /rest/api/3/issue/bulk']).toBeGreaterThan(0);
  });
});
