/**
 * Every app frame is as tall as what it shows, as Jira sizes Custom UI frames: it grows and
 * shrinks with its content, and an open menu near its bottom edge is not cut off.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { builtInTemplate } from '../../src/domain';
import { aDraftWith } from '../support/draft-builders';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage({ pageTimeoutMs: 15_000 });

const PANEL = 'iframe[data-module="jira:issuePanel"]';

/**
 * Waits until the frame is as tall as the app's content (its root's lower edge, never the body,
 * which a frame-filling reset would make as tall as the frame), and answers both heights.
 */
async function fittedHeights(
  page: Page,
  frame: string,
): Promise<{ frame: number; content: number }> {
  const measure = () =>
    page
      .locator(frame)
      .first()
      .evaluate((iframe: HTMLIFrameElement) => {
        const root = iframe.contentDocument?.getElementById('root');
        return {
          frame: iframe.getBoundingClientRect().height,
          content: root ? root.getBoundingClientRect().bottom : 0,
        };
      });
  await page
    .waitForFunction(
      (selector) => {
        const iframe = document.querySelector<HTMLIFrameElement>(selector);
        const root = iframe?.contentDocument?.getElementById('root');
        if (!iframe || !root || root.childElementCount === 0) return false;
        return (
          Math.abs(iframe.getBoundingClientRect().height - root.getBoundingClientRect().bottom) <= 3
        );
      },
      frame,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  return measure();
}

describe('app frames sized to their content', () => {
  it('the panel shrinks when a long step gives way to a short one', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraftWith([]));
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit('/browse/SHOP-2', 'member');
    const panel = host.page.frameLocator(PANEL);
    await panel.getByRole('heading', { name: 'Discovery' }).waitFor();
    const discovery = await fittedHeights(host.page, PANEL);
    expect(Math.abs(discovery.frame - discovery.content)).toBeLessThanOrEqual(3);

    await panel.getByRole('button', { name: '2. Scoping' }).click();
    await panel.getByRole('heading', { name: 'Scoping' }).waitFor();
    const scoping = await fittedHeights(host.page, PANEL);
    expect(scoping.content).toBeLessThan(discovery.content * 0.8);
    expect(Math.abs(scoping.frame - scoping.content)).toBeLessThanOrEqual(3);
  });

  it('the issue action, the settings page and the admin page are as tall as their content, not 150 px', async () => {
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit('/browse/SHOP-1', 'admin');
    await host.page.getByRole('button', { name: /Apps/ }).click();
    await host.page.getByRole('menuitem', { name: 'Generate template sub-tasks' }).click();
    const ACTION = 'iframe[data-module="jira:issueAction"]';
    await host.page
      .frameLocator(ACTION)
      .getByRole('heading', { name: 'Generate template sub-tasks' })
      .waitFor();
    await host.page.frameLocator(ACTION).getByRole('button', { name: 'Close' }).waitFor();
    const action = await fittedHeights(host.page, ACTION);
    expect(action.content).toBeGreaterThan(150);
    expect(Math.abs(action.frame - action.content)).toBeLessThanOrEqual(3);

    for (const [route, frame, heading] of [
      ['/projects/SHOP/settings', 'iframe[data-module="jira:projectSettingsPage"]', /templates/i],
      ['/admin/templates', 'iframe[data-module="jira:adminPage"]', /template library/i],
    ] as const) {
      await host.visit(route, 'admin');
      await host.page.frameLocator(frame).getByRole('heading', { name: heading }).first().waitFor();
      const page = await fittedHeights(host.page, frame);
      expect(page.content).toBeGreaterThan(150);
      expect(Math.abs(page.frame - page.content)).toBeLessThanOrEqual(3);
    }
  });

  it('an open select menu near the bottom of the panel is all inside the frame', async () => {
    // A project with many templates: the template picker's menu is taller than what is below it.
    for (let n = 1; n <= 8; n += 1) {
      await devInvokeData(host.stack.hostUrl, {
        module: 'jira:projectSettingsPage',
        projectKey: 'SHOP',
        user: 'admin',
        functionKey: 'template/save',
        payload: {
          template: {
            ...builtInTemplate('endpoint-per-subtask')!,
            id: `team-${String(n)}`,
            name: `Team template ${String(n)}`,
          },
          baseVersion: 0,
        },
      });
    }
    await saveDraftOver(host.stack.hostUrl, 'SHOP-3', aDraftWith([]));
    await host.page.setViewportSize({ width: 1280, height: 900 });
    await host.visit('/browse/SHOP-3', 'member');
    const panel = host.page.frameLocator(PANEL);
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByLabel('Template', { exact: true }).click();
    await panel.getByRole('option', { name: 'Team template 8' }).waitFor();

    const placed = await host.page.locator(PANEL).evaluate((iframe: HTMLIFrameElement) => {
      const menu = iframe.contentDocument!.querySelector('[role="listbox"]')!;
      return { ...menu.getBoundingClientRect().toJSON(), frameHeight: iframe.clientHeight } as {
        top: number;
        bottom: number;
        frameHeight: number;
      };
    });
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.bottom).toBeLessThanOrEqual(placed.frameHeight);
    await host.page.screenshot({
      path: path.join('test-results', 'frames', 'select-menu-at-the-bottom.png'),
      fullPage: true,
    });
  });

  it('grows to show a popup portalled below the content, and shrinks back when it closes', async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraftWith([]));
    await host.visit('/browse/SHOP-2', 'member');
    const panel = host.page.frameLocator(PANEL);
    await panel.getByRole('button', { name: '3. Breakdown' }).click();
    await panel.getByRole('heading', { name: 'Breakdown' }).waitFor();
    const before = await fittedHeights(host.page, PANEL);
    // As Jira's popups (tooltips, dropdown menus, inline dialogs) do: a layer at the end of the
    // body, positioned over the content and reaching 200 px below it.
    await host.page.locator(PANEL).evaluate((iframe: HTMLIFrameElement, top: number) => {
      const doc = iframe.contentDocument!;
      const container = doc.createElement('div');
      container.className = 'atlaskit-portal-container';
      container.innerHTML = `<div class="atlaskit-portal" style="position: absolute; top: 0; left: 0"><div role="dialog" aria-label="Popup" style="position: absolute; top: ${String(top)}px; left: 16px; width: 240px; height: 260px">A popup</div></div>`;
      doc.body.append(container);
    }, before.content - 60);
    const popupBottom = before.content - 60 + 260;
    await host.page
      .waitForFunction(
        ([selector, bottom]) =>
          (document.querySelector<HTMLIFrameElement>(selector as string)?.clientHeight ?? 0) >=
          bottom,
        [PANEL, popupBottom] as const,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const open = await host.page
      .locator(PANEL)
      .evaluate((iframe: HTMLIFrameElement) => iframe.clientHeight);
    expect(open).toBeGreaterThanOrEqual(popupBottom);
    expect(open).toBeLessThanOrEqual(popupBottom + 3);

    await host.page.locator(PANEL).evaluate((iframe: HTMLIFrameElement) => {
      iframe.contentDocument!.querySelector('.atlaskit-portal-container')!.remove();
    });
    await host.page
      .waitForFunction(
        ([selector, height]) =>
          (document.querySelector<HTMLIFrameElement>(selector as string)?.clientHeight ?? 0) <=
          height + 3,
        [PANEL, before.content] as const,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const closed = await fittedHeights(host.page, PANEL);
    expect(Math.abs(closed.frame - before.content)).toBeLessThanOrEqual(3);
  });
});
