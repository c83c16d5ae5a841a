import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { aDraft } from '../support/draft-builders';
import { saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });
const SHOTS = path.join(__dirname, '..', '..', 'test-results', 'themes');

type Theme = 'light' | 'dark';
/** Each theme creates issues from its own issue, so each shows a run of its own. */
const RUN_ISSUE: Record<Theme, string> = { light: 'SHOP-2', dark: 'VENTAS-1' };

async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-module="jira:issuePanel"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The panel frame has no document.');
  return frame;
}

/**
 * The contrast ratio (WCAG 2) between the text of the element matched by `selector` and the
 * background it is drawn on (its nearest ancestor with an opaque background), and whether that
 * background is dark. In-page code as text, so the test runner adds nothing to it.
 */
async function contrastOf(
  frame: Frame,
  selector: string,
): Promise<{ ratio: number; darkBackground: boolean }> {
  return frame.evaluate<{ ratio: number; darkBackground: boolean }>(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) throw new Error('Nothing matches ${selector.replace(/'/g, '')}');
    const rgba = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background = [255, 255, 255];
    for (let at = element; at; at = at.parentElement) {
      const value = rgba(getComputedStyle(at).backgroundColor);
      if (value.length >= 3 && (value.length === 3 || value[3] === 1)) { background = value; break; }
    }
    const text = luminance(rgba(getComputedStyle(element).color));
    const back = luminance(background);
    const ratio = (Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05);
    return { ratio, darkBackground: back < 0.2 };
  })()`);
}

async function expectLegible(frame: Frame, selectors: string[], theme: Theme): Promise<void> {
  expect(await seriousAxeViolations(frame)).toEqual([]);
  for (const selector of selectors) {
    const { ratio, darkBackground } = await contrastOf(frame, selector);
    expect({ selector, darkBackground }).toEqual({ selector, darkBackground: theme === 'dark' });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  }
}

describe('the issue panel in Jira’s light and dark themes (axe: no serious or critical violation)', () => {
  beforeAll(async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraft());
    for (const issueKey of Object.values(RUN_ISSUE))
      await saveDraftOver(host.stack.hostUrl, issueKey, aDraft());
  });

  it.each<Theme>(['light', 'dark'])(
    'is legible at every step in the %s theme (screenshots in test-results/themes)',
    async (theme) => {
      const page = host.page;
      await page.setViewportSize({ width: 1280, height: 900 });
      // A blank draft first: readiness findings, each with its "Go to field".
      const blankPage = await host.newPage();
      await blankPage.setViewportSize({ width: 1280, height: 900 });
      await blankPage.goto(`${host.stack.hostUrl}/?user=member&theme=${theme}#/browse/SHOP-3`);
      const blank = await panelFrame(blankPage);
      await blank.getByLabel('Feature title', { exact: true }).waitFor();
      await blank.getByRole('button', { name: 'Go to field', exact: true }).first().waitFor();
      await expectLegible(blank, ['body', 'h3'], theme);
      await blankPage.screenshot({
        path: path.join(SHOTS, `blank-draft-${theme}.png`),
        fullPage: true,
      });

      await page.goto(
        `${host.stack.hostUrl}/?user=member&theme=${theme}#/browse/${RUN_ISSUE[theme]}`,
      );
      const frame = await panelFrame(page);
      await frame.getByLabel('Feature title', { exact: true }).waitFor();
      expect(await frame.locator('html').getAttribute('data-color-mode')).toBe(theme);
      await expectLegible(
        frame,
        ['body', 'h3', 'label[for="field-discovery-featureTitle"]'],
        theme,
      );
      await page.screenshot({ path: path.join(SHOTS, `discovery-${theme}.png`), fullPage: true });

      await frame.getByRole('button', { name: 'Next: Scoping' }).click();
      await frame.getByRole('button', { name: '▸ Payments' }).click();
      const primary = frame.getByLabel('Primary function', { exact: true });
      await primary.waitFor();
      const id = (await primary.getAttribute('id')) ?? '';
      await expectLegible(frame, ['h3', `label[for="${id}"]`], theme);
      await page.screenshot({ path: path.join(SHOTS, `scoping-${theme}.png`), fullPage: true });

      await frame.getByRole('button', { name: '3. Breakdown' }).click();
      await frame.getByTestId('plan-tree').waitFor();
      await expectLegible(frame, ['h3', '[data-testid="plan-tree"]'], theme);
      await page.screenshot({ path: path.join(SHOTS, `breakdown-${theme}.png`), fullPage: true });

      await frame.getByRole('button', { name: /^Create \d+ issues$/ }).click();
      await frame.getByTestId('run-progress').getByText('Done').waitFor();
      await expectLegible(frame, ['h3', '[data-testid="run-outcomes"]'], theme);
      await page.screenshot({ path: path.join(SHOTS, `run-${theme}.png`), fullPage: true });
    },
  );

  it('follows the host page’s theme switch without reloading', async () => {
    const page = host.page;
    await page.goto(`${host.stack.hostUrl}/?user=member&theme=light#/browse/SHOP-2`);
    const frame = await panelFrame(page);
    await frame.getByLabel('Feature title', { exact: true }).waitFor();
    await frame.getByLabel('Feature title', { exact: true }).fill('Kept across the switch');
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    await frame.locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await expectLegible(frame, ['body', 'label[for="field-discovery-featureTitle"]'], 'dark');
    expect(await frame.getByLabel('Feature title', { exact: true }).inputValue()).toBe(
      'Kept across the switch',
    );
  });
});
