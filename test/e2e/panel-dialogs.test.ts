import path from 'node:path';
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

describe('the panel’s dialogs', () => {
  it('asks before undoing in a modal over the page, where the person is looking, and keeping changes nothing', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-1', aDraft());
    const page = host.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${host.stack.hostUrl}/?user=admin#/browse/SHOP-1`);
    const panel = page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByRole('button', { name: /^Create \d+ issues$/ }).click();
    await panel.getByTestId('run-progress').getByText('Done').waitFor();
    const before = host.stack.emulator!.issues('SHOP').length;

    const undo = panel.getByRole('button', { name: 'Undo: delete created issues' });
    await undo.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const content = dialog.frameLocator('iframe');
    await content
      .getByRole('heading', { name: /^Delete \d+ issues? the breakdown made\?$/ })
      .waitFor();
    // Drawn by the host page, inside the window the person sees, not somewhere in the panel's frame.
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await page.screenshot({ path: path.join('test-results', 'dialogs', 'undo-confirmation.png') });

    await content.getByRole('button', { name: 'Keep the issues' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(host.stack.emulator!.issues('SHOP').length).toBe(before);
    await undo.waitFor();
  });
});
