import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startDevStack, type DevStack } from '../../dev/stack';
import { launchChromium } from '../support/browser';
import { aDraft } from '../support/draft-builders';
import { assertSpecConformingTraffic } from '../support/spec-conformance';

const build = path.join(__dirname, '..', '..', 'static', 'panel', 'build', 'index.html');

jest.setTimeout(30_000);

let stack: DevStack;
let chromium: { context: BrowserContext; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  if (!existsSync(build)) throw new Error(`Build the UI first (npm run build): missing ${build}`);
  // Queue delays run at a tenth of Forge's pace, so a queued run finishes within the test.
  stack = await startDevStack({ queueMsPerSecond: 100 });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
  if (stack?.emulator) assertSpecConformingTraffic(stack.emulator);
});

beforeEach(async () => {
  page = await chromium.context.newPage();
  page.setDefaultTimeout(10_000);
});

afterEach(async () => {
  await page.close();
  stack.emulator?.clearFaults();
});

describe('the issue panel: controlling a run', () => {
  it('cancels a queued run, then resumes it until every issue exists', async () => {
    const saved = await fetch(`${stack.hostUrl}/__dev/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        module: 'jira:issuePanel',
        user: 'member',
        issueKey: 'TEAM-2',
        functionKey: 'draft/save',
        payload: { draft: aDraft(), baseVersion: 0 },
      }),
    });
    expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
    await page.goto(`${stack.hostUrl}/?user=member#/browse/TEAM-2`);
    const panel = page.frameLocator('iframe[data-module="jira:issuePanel"]');
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    const create = panel.getByRole('button', { name: /^Create \d+ issues$/ });
    await create.waitFor();
    // A slow site sends the run to the queue, where it waits long enough to be cancelled.
    stack.emulator!.addFault({ match: { path: '/rest/api/3/issue/createmeta' }, latencyMs: 1500 });
    await create.click();
    await panel.getByRole('button', { name: 'Cancel' }).click();
    const progress = panel.getByTestId('run-progress');
    await progress.getByText('Cancelled').waitFor();
    await page.getByRole('status').filter({ hasText: 'Run cancelled' }).waitFor();

    stack.emulator!.clearFaults();
    await panel.getByRole('button', { name: 'Resume' }).click();
    await progress.getByText('Done').waitFor({ timeout: 20_000 });
    const keys = await panel
      .getByTestId('run-outcomes')
      .getByRole('button', { name: /^TEAM-\d+$/ })
      .allTextContents();
    const inJira = stack.emulator!.issues('TEAM').map((issue) => issue.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(inJira).toEqual(expect.arrayContaining(keys));
  });
});
