import type { FrameLocator } from 'playwright-core';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

// Autosave waits 3 s after the last edit; a step waits long enough for that and a save on a
// busy machine, and only catches what never happens.
const host = useHostPage({ pageTimeoutMs: 20_000 });

afterEach(() => {
  host.stack.kvs.clearFaults();
});

async function openPanel(issueKey: string): Promise<FrameLocator> {
  await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/${issueKey}`);
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  return panel;
}

describe('app storage not answering', () => {
  it('says so when a draft cannot be saved, keeps the edits, and saves them on Retry', async () => {
    const panel = await openPanel('SHOP-2');
    const title = panel.getByLabel('Feature title', { exact: true });
    const status = panel.getByTestId('draft-status');
    // Every write to app storage fails: the save's version claim is the first.
    host.stack.kvs.addFault({ path: '/api/v1/set', status: 503 });
    await title.fill('Kept through an outage');
    await status
      .getByText("Couldn't save: Jira's app storage did not answer, nothing was lost")
      .waitFor();
    // Not mistaken for a colleague's save.
    expect(await panel.getByText('This draft was saved while you were editing').count()).toBe(0);
    expect(await title.inputValue()).toBe('Kept through an outage');

    host.stack.kvs.clearFaults();
    await panel.getByRole('button', { name: 'Retry' }).click();
    await status.getByText(/^Saved at \d{1,2}:\d{2}/).waitFor();
  });
});
