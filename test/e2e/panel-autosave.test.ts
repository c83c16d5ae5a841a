import type { FrameLocator, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { useHostPage, type SeedUser } from '../support/host-page-harness';

jest.setTimeout(60_000);

// Autosave waits 3 s after the last edit; a step waits long enough for that and a save on a
// busy machine, and only catches what never happens.
const host = useHostPage({ pageTimeoutMs: 20_000 });

/** Opens an issue as one of the seeded users and returns the panel once its form is ready. */
async function openPanel(
  issueKey: string,
  user: SeedUser = 'member',
  on: Page = host.page,
): Promise<FrameLocator> {
  await on.goto(`${host.stack.hostUrl}/?user=${user}#/browse/${issueKey}`);
  const panel = on.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  return panel;
}

const title = (panel: FrameLocator) => panel.getByLabel('Feature title', { exact: true });
const status = (panel: FrameLocator) => panel.getByTestId('draft-status');
const savedAt = (panel: FrameLocator) =>
  status(panel)
    .getByText(/^Saved at \d{1,2}:\d{2}/)
    .waitFor();

/** Two pages on one issue, both opened before either saved. */
async function twoPages(
  issueKey: string,
  second: SeedUser,
): Promise<{ a: FrameLocator; b: FrameLocator; bPage: Page }> {
  const a = await openPanel(issueKey, 'admin');
  const bPage = await host.newPage();
  const b = await openPanel(issueKey, second, bPage);
  return { a, b, bPage };
}

/** A saves by itself; B, still on the version it opened, edits and meets the conflict. */
async function conflictOnB(a: FrameLocator, b: FrameLocator): Promise<void> {
  await title(a).fill('Their title');
  await savedAt(a);
  await title(b).fill('My title');
  await b.getByText('This draft was saved while you were editing').waitFor();
}

describe('the issue panel saves drafts by itself', () => {
  it('saves a few seconds after typing stops, says when, and keeps it after a reload', async () => {
    const panel = await openPanel('SHOP-2');
    await title(panel).fill('Checkout revamp');
    await status(panel).getByText('Unsaved changes').waitFor();
    await savedAt(panel);

    await host.page.reload();
    const again = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await title(again).waitFor();
    expect(await title(again).inputValue()).toBe('Checkout revamp');
  });

  it('keeps edits across steps', async () => {
    const panel = await openPanel('SHOP-3');
    await title(panel).fill('Kept across steps');
    await panel.getByRole('button', { name: '2. Scoping' }).click();
    await panel.getByRole('heading', { name: 'Scoping' }).waitFor();
    await panel.getByRole('button', { name: '1. Discovery' }).click();
    expect(await title(panel).inputValue()).toBe('Kept across steps');
    await savedAt(panel);
  });

  it("says it couldn't save, and saves on Retry", async () => {
    const panel = await openPanel('TEAM-1');
    host.stack.emulator!.addFault({
      match: { path: '/rest/api/3/mypermissions' },
      status: 501,
      times: 1,
    });
    await title(panel).fill('Saved on retry');
    await status(panel).getByText("Couldn't save").waitFor();
    await panel.getByRole('button', { name: 'Retry' }).click();
    await savedAt(panel);
  });

  it('goes back to the saved version on Discard changes, after confirming', async () => {
    const panel = await openPanel('TEAM-2');
    await title(panel).fill('Saved title');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await savedAt(panel);
    // Saving fails from here on, so the edit below stays unsaved until it is discarded.
    host.stack.emulator!.addFault({ match: { path: '/rest/api/3/mypermissions' }, status: 501 });
    await title(panel).fill('Typed, then thrown away');
    await status(panel).getByText("Couldn't save").waitFor();

    await panel.getByRole('button', { name: 'Discard changes' }).click();
    // Asked in Jira's modal, over the page: the app's one confirmation style.
    const confirm = host.page.getByRole('dialog').frameLocator('iframe');
    await confirm
      .getByText(
        /^The breakdown goes back to the version saved at .*\. Your changes since are lost\.$/,
      )
      .waitFor();
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await host.page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await title(panel).inputValue()).toBe('Saved title');
    await savedAt(panel);
  });
});

describe('a conflict between two pages on one issue', () => {
  it('names who saved and when, shows their version beside mine, and reloads theirs on confirmation', async () => {
    const { a, b, bPage } = await twoPages('SHOP-1', 'member');
    await conflictOnB(a, b);
    await b
      .getByText(/^Ada Admin saved this draft at \d{1,2}:\d{2}.* while you were editing\.$/)
      .waitFor();
    await status(b)
      .getByText(/^Not saved/)
      .waitFor();

    await b.getByRole('button', { name: 'See their version' }).click();
    const table = b.getByRole('table', { name: 'Their version beside yours' });
    const row = table.getByRole('row', { name: /Discovery › feature title/ });
    await row.getByRole('cell', { name: 'Their title' }).waitFor();
    await row.getByRole('cell', { name: 'My title' }).waitFor();
    expect(await title(b).inputValue()).toBe('My title');
    const frame = bPage.frames().find((f) => f.url().includes('/resources/panel/'));
    expect(frame && (await seriousAxeViolations(frame))).toEqual([]);

    await b.getByRole('button', { name: 'Reload theirs' }).click();
    const confirm = bPage.getByRole('dialog').frameLocator('iframe');
    await confirm
      .getByRole('heading', { name: 'Discard your edits and load their version?' })
      .waitFor();
    await confirm.getByRole('button', { name: 'Discard mine and reload' }).click();
    await bPage.getByRole('dialog').waitFor({ state: 'detached' });
    await b.getByText('This draft was saved while you were editing').waitFor({ state: 'detached' });
    expect(await title(b).inputValue()).toBe('Their title');
    await savedAt(b);
  });

  it('replaces theirs with mine on Keep mine, and then their page meets the conflict instead', async () => {
    const { a, b, bPage } = await twoPages('VENTAS-1', 'member');
    await conflictOnB(a, b);

    await b.getByRole('button', { name: 'Keep mine' }).click();
    const confirm = bPage.getByRole('dialog').frameLocator('iframe');
    await confirm.getByRole('heading', { name: 'Replace their version with yours?' }).waitFor();
    await confirm.getByRole('button', { name: 'Replace with mine' }).click();
    await bPage.getByRole('dialog').waitFor({ state: 'detached' });
    await savedAt(b);
    expect(await b.getByText('This draft was saved while you were editing').count()).toBe(0);

    // A never overwrites B silently: its next save is refused and it is told.
    await title(a).fill('Their second title');
    await a.getByText('This draft was saved while you were editing').waitFor();
    await a.getByRole('button', { name: 'See their version' }).click();
    await a
      .getByRole('table', { name: 'Their version beside yours' })
      .getByRole('cell', { name: 'My title' })
      .waitFor();
  });

  it('says so when the other save was my own, in another tab', async () => {
    const { a, b } = await twoPages('SHOP-3', 'admin');
    await conflictOnB(a, b);
    await b
      .getByText(/^You saved this draft in another tab or window at \d{1,2}:\d{2}.* while/)
      .waitFor();
  });
});
