import { readFileSync } from 'node:fs';
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

describe('the issue panel: the plan as a file', () => {
  it('downloads the previewed plan as Markdown and as a CSV for Jira’s importer, beside Create', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraft());
    await host.visit('/browse/SHOP-2', 'member');
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByRole('button', { name: /^Create \d+ issues$/ }).waitFor();

    const markdown = host.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download Markdown' }).click();
    const md = await markdown;
    expect(md.suggestedFilename()).toMatch(/-plan\.md$/);
    const mdText = readFileSync((await md.path()) ?? '', 'utf8');
    expect(mdText).toMatch(/^# Checkout/);

    const csv = host.page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download CSV for Jira import' }).click();
    const file = await csv;
    expect(file.suggestedFilename()).toMatch(/-plan\.csv$/);
    const csvText = readFileSync((await file.path()) ?? '', 'utf8');
    expect(csvText.startsWith('Issue ID,Parent,Issue Type,Summary,Description')).toBe(true);
    await panel
      .getByRole('status')
      .getByText(/^Downloaded .*-plan\.csv\./)
      .waitFor();
  });
});
