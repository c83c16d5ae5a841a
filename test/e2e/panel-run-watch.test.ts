/**
 * A run you can watch: with 3 s of Jira latency on every request, the panel shows the run from the
 * moment Create is pressed — its step in words, Cancel, and then how many issues exist so far —
 * while the create request is still out (an inline run answers only when it ends). The previous
 * run's results go away when the new one starts.
 */
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(90_000);

/** Where to keep screenshots for a person to look at (`SCREENSHOTS_DIR`), if anywhere. */
const SHOTS = process.env.SCREENSHOTS_DIR;

const host = useHostPage({ stack: { queueMsPerSecond: 100 }, pageTimeoutMs: 30_000 });

describe('the issue panel: watching a run on a slow site', () => {
  it('shows the step and Cancel at once, then counts, while the create request is out', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraft());
    await host.page.setViewportSize({ width: 1440, height: 900 });
    await host.page.goto(`${host.stack.hostUrl}/?user=admin#/browse/SHOP-2`);
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    await create.waitFor();
    const planned = Number(/\d+/.exec((await create.textContent()) ?? '')?.[0]);

    // A first run, so there are results to clear.
    await create.click();
    const progress = panel.getByTestId('run-progress');
    await progress.getByText('Done').waitFor();
    await panel.getByRole('button', { name: 'Undo: delete created issues' }).click();
    const dialog = host.page.getByRole('dialog');
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Delete issues' }).click();
    await progress.getByText('Undone').waitFor();
    await panel.getByTestId('run-outcomes').waitFor();

    host.stack.emulator!.addFault({ match: { path: '/rest/api/3' }, latencyMs: 3_000 });
    let answered = false;
    host.page.on('response', (response) => {
      if (
        response.url().includes('/__dev/invoke') &&
        response.request().postData()?.includes('plan/apply')
      )
        answered = true;
    });
    await panel.getByRole('button', { name: /^Create \d+ issues$/ }).click();

    // At once: the step in words and Cancel; the undone run's results are gone.
    await progress.getByText('Preparing').waitFor({ timeout: 2_000 });
    await progress.getByText(/Checking your permissions/).waitFor({ timeout: 2_000 });
    await panel.getByRole('button', { name: 'Cancel' }).waitFor({ timeout: 2_000 });
    expect(await progress.getByText('Undone').count()).toBe(0);
    if (SHOTS) {
      await progress.scrollIntoViewIfNeeded();
      await host.page.screenshot({ path: `${SHOTS}/run-watch-preparing.png` });
    }

    // Then the run as the server records it, counting, before the create request answers.
    await progress
      .getByText(new RegExp(`^\\d+ of ${String(planned)} created`))
      .waitFor({ timeout: 30_000 });
    expect(answered).toBe(false);
    // The issues are listed when the run ends, not as rows that say nothing but "pending".
    expect(await panel.getByTestId('run-outcomes').count()).toBe(0);
    if (SHOTS) {
      await progress.scrollIntoViewIfNeeded();
      await host.page.screenshot({ path: `${SHOTS}/run-watch-counting.png` });
    }

    host.stack.emulator!.clearFaults();
    await progress.getByText('Done').waitFor({ timeout: 60_000 });
    await panel.getByTestId('run-outcomes').waitFor();
  });
});
