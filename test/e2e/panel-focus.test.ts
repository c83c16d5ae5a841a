import type { FrameLocator, Locator, Page } from 'playwright-core';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 8000 });

const PANEL = 'iframe[data-module="jira:issuePanel"]';

async function openPanel(issueKey: string): Promise<FrameLocator> {
  await host.page.setViewportSize({ width: 1280, height: 900 });
  await host.page.goto(`${host.stack.hostUrl}/?user=member#/browse/${issueKey}`);
  const panel = host.page.frameLocator(PANEL);
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  return panel;
}

/** What has focus inside the panel's frame, for a failure message. */
async function focused(page: Page): Promise<string> {
  const frame = await (await page.$(PANEL))?.contentFrame();
  if (!frame) return 'no panel frame';
  return frame.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page (body)';
    return `${active.tagName} ${active.id} ${active.textContent?.slice(0, 40) ?? ''}`;
  });
}

/** Waits (Playwright's own wait, no timing of ours) until `control` holds focus. */
async function expectFocusOn(panel: FrameLocator, control: Locator): Promise<void> {
  try {
    await control.and(panel.locator(':focus')).waitFor();
  } catch {
    throw new Error(`focus is on ${await focused(host.page)}, not on ${String(control)}`);
  }
}

const field = (panel: FrameLocator, label: string) => panel.getByLabel(label, { exact: true });
const button = (panel: FrameLocator, name: string) =>
  panel.getByRole('button', { name, exact: true });

describe('the issue panel moves focus where the person is working', () => {
  it('focuses a new row after "Add …" and a neighbour after "Remove …", in Discovery', async () => {
    const panel = await openPanel('SHOP-3');
    const page = host.page;
    await panel.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectFocusOn(panel, field(panel, 'Stakeholder 1 name'));
    await page.keyboard.type('Pat');
    await panel.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectFocusOn(panel, field(panel, 'Stakeholder 2 name'));
    await page.keyboard.type('Quinn');
    await panel.getByRole('button', { name: 'Add stakeholder' }).click();
    await expectFocusOn(panel, field(panel, 'Stakeholder 3 name'));

    // Removing the first: the next row takes its place and its first field.
    await panel.getByRole('button', { name: 'Remove stakeholder 1' }).click();
    await expectFocusOn(panel, field(panel, 'Stakeholder 1 name'));
    expect(await panel.getByLabel('Stakeholder 1 name', { exact: true }).inputValue()).toBe(
      'Quinn',
    );
    // Removing the last: the one before it.
    await panel.getByRole('button', { name: 'Remove stakeholder 2' }).click();
    await expectFocusOn(panel, field(panel, 'Stakeholder 1 name'));
    // Removing the only one: the Add button.
    await panel.getByRole('button', { name: 'Remove stakeholder 1' }).click();
    await expectFocusOn(panel, button(panel, 'Add stakeholder'));

    // Nested lists too: a scenario's examples.
    await panel.getByRole('button', { name: 'Add scenario' }).click();
    await expectFocusOn(panel, field(panel, 'Scenario 1 title'));
    await panel.getByRole('button', { name: 'Add example' }).click();
    await expectFocusOn(panel, field(panel, 'Scenario 1 example 2 form'));
    await panel.getByRole('button', { name: 'Remove example 2' }).click();
    await expectFocusOn(panel, field(panel, 'Scenario 1 example 1 form'));
  });

  it('focuses a new service’s name, its new rows, and the next service after removing one', async () => {
    const panel = await openPanel('TEAM-2');
    await panel.getByRole('button', { name: 'Next: Scoping' }).click();
    for (const name of ['Orders', 'Payments']) {
      await panel.getByLabel('New service name', { exact: true }).fill(name);
      await panel.getByRole('button', { name: 'Add service' }).click();
      await expectFocusOn(panel, field(panel, 'Service name'));
      expect(await panel.getByLabel('Service name', { exact: true }).inputValue()).toBe(name);
    }
    await panel.getByRole('button', { name: 'Add input' }).click();
    await expectFocusOn(panel, field(panel, 'Input 1 name'));
    await panel.getByRole('button', { name: 'Add failure mode' }).click();
    await expectFocusOn(panel, field(panel, 'Failure mode 1 condition'));

    await panel.getByRole('button', { name: 'Remove Orders' }).click();
    await expectFocusOn(panel, button(panel, '▸ Payments'));
    await panel.getByRole('button', { name: 'Remove Payments' }).click();
    await expectFocusOn(panel, field(panel, 'New service name'));
  });

  it('keeps focus on Save after saving, and says "Saved" in a live region', async () => {
    const panel = await openPanel('SHOP-3');
    await panel.getByLabel('Feature title', { exact: true }).fill('Focus after save');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    const status = panel.getByTestId('draft-status').getByRole('status');
    await status.getByText('Saved', { exact: true }).waitFor();
    await expectFocusOn(panel, button(panel, 'Save'));
  });

  it('"Go to field" is named by its text, scrolls the field into view and focuses it', async () => {
    const panel = await openPanel('TEAM-2');
    const page = host.page;
    await panel.getByRole('button', { name: 'Next: Scoping' }).click();
    await panel.getByLabel('New service name', { exact: true }).fill('Ledger');
    await panel.getByRole('button', { name: 'Add service' }).click();
    await panel.getByRole('button', { name: 'Add output' }).click();
    // Collapse the service, so the field is not on screen until "Go to field" opens it.
    await panel.getByRole('button', { name: '▾ Ledger' }).click();
    const finding = panel
      .getByTestId('readiness-blockers')
      .getByRole('listitem')
      .filter({ hasText: 'Output 1 of "Ledger" has no name' });
    const goTo = finding.getByRole('button', { name: 'Go to field', exact: true });
    // The accessible name is the visible text; the finding describes it.
    expect(await goTo.textContent()).toBe('Go to field');
    expect(await goTo.getAttribute('aria-label')).toBeNull();
    const describedBy = await goTo.getAttribute('aria-describedby');
    expect(await panel.locator(`[id="${describedBy ?? ''}"]`).textContent()).toBe(
      'Output 1 of "Ledger" has no name',
    );
    await goTo.click();
    const output = field(panel, 'Output 1 name');
    await expectFocusOn(panel, output);
    // In view in the page the person sees: inside the frame and inside the host's viewport.
    const box = await output.boundingBox();
    const viewport = page.viewportSize();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
  });
});
