import type { FrameLocator } from 'playwright-core';
import type { Draft } from '../../src/domain';
import { devInvokeData } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

// The page's clock is Playwright's and stands still unless a test moves it, so when autosave
// fires is decided by the test, never by how fast the machine is. (Its own file: the clock is
// the browser context's.)
const host = useHostPage({ pageTimeoutMs: 20_000 });

async function openPanelWithStoppedClock(issueKey: string): Promise<FrameLocator> {
  await host.page.clock.install();
  await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/${issueKey}`);
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  await host.page.clock.pauseAt(Date.now() + 60_000);
  return panel;
}

const title = (panel: FrameLocator) => panel.getByLabel('Feature title', { exact: true });
const status = (panel: FrameLocator) => panel.getByTestId('draft-status');

describe('when the panel saves by itself', () => {
  it('waits 3 s after the last edit', async () => {
    const panel = await openPanelWithStoppedClock('SHOP-2');
    await title(panel).fill('Checkout');
    await host.page.clock.runFor(2000);
    await title(panel).fill('Checkout revamp');
    await host.page.clock.runFor(2999);
    expect(await status(panel).textContent()).toBe('Unsaved changes');
    await host.page.clock.runFor(1);
    await status(panel)
      .getByText(/^Saved at/)
      .waitFor();
  });

  it('saves at once when the page is hidden', async () => {
    const panel = await openPanelWithStoppedClock('SHOP-3');
    await title(panel).fill('Saved as the tab is hidden');
    await status(panel).getByText('Unsaved changes').waitFor();
    await panel.locator('html').evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await status(panel)
      .getByText(/^Saved at/)
      .waitFor();
  });

  it('saves at once when the page is left', async () => {
    const panel = await openPanelWithStoppedClock('TEAM-1');
    await title(panel).fill('Saved on the way out');
    await status(panel).getByText('Unsaved changes').waitFor();
    await panel.locator('html').evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
    });
    await status(panel)
      .getByText(/^Saved at/)
      .waitFor();
  });

  it('saves at once when the person clicks away to another page of Jira', async () => {
    const panel = await openPanelWithStoppedClock('TEAM-2');
    await title(panel).fill('Saved before going elsewhere');
    await status(panel).getByText('Unsaved changes').waitFor();
    // Jira's own navigation removes the panel's frame; the frame cannot stop it.
    await host.page.getByRole('link', { name: 'SHOP', exact: true }).click();
    await host.page.waitForURL(/#\/projects\/SHOP\/issues/);
    await host.page.locator('iframe[data-module="jira:issuePanel"]').waitFor({ state: 'detached' });
    // The clock stood still, so only leaving can have saved it; wait until it is stored.
    let stored = '';
    while (stored !== 'Saved before going elsewhere') {
      const draft = await devInvokeData<{ draft: Draft }>(host.stack.hostUrl, {
        functionKey: 'draft/get',
        issueKey: 'TEAM-2',
      });
      stored = draft.draft.discovery.featureTitle;
      if (stored !== 'Saved before going elsewhere') await new Promise((r) => setTimeout(r, 200));
    }
  });
});
