import type { FrameLocator, Page } from 'playwright-core';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 8000 });

/** Opens an issue as one of the seeded users and returns the panel once its form is ready. */
async function openPanel(
  issueKey: string,
  user: 'admin' | 'member' | 'viewer' = 'member',
  on: Page = host.page,
): Promise<FrameLocator> {
  await on.goto(`${host.stack.hostUrl}/?user=${user}#/browse/${issueKey}`);
  const panel = on.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByLabel('Feature title', { exact: true }).waitFor();
  return panel;
}

/** Picks an option of an Atlaskit select by the select's label. */
async function choose(panel: FrameLocator, label: string, option: string): Promise<void> {
  await panel.getByLabel(label, { exact: true }).click();
  await panel.getByRole('option', { name: option, exact: true }).click();
}

describe('the issue panel: discovery and scoping', () => {
  it('saves a filled-in discovery and one scoped service, and shows them again after a reload', async () => {
    let panel = await openPanel('SHOP-2');
    await panel.getByLabel('Feature title', { exact: true }).fill('Checkout revamp');
    await panel
      .getByLabel('Problem or goal', { exact: true })
      .fill('Paying takes five screens and often fails.');
    await panel
      .getByLabel('Intended outcome', { exact: true })
      .fill('Checkout completion rises from 62% to 75%.');
    await panel.getByRole('button', { name: 'Add stakeholder' }).click();
    await panel.getByLabel('Stakeholder 1 name', { exact: true }).fill('Pat Product');
    await choose(panel, 'Stakeholder 1 role', 'QA');
    await panel.getByRole('button', { name: 'Add scenario' }).click();
    await panel.getByLabel('Scenario 1 title', { exact: true }).fill('Shopper pays by card');
    await panel
      .getByLabel('Scenario 1 example 1: given', { exact: true })
      .fill('a basket worth 30 EUR');
    await panel
      .getByLabel('Scenario 1 example 1: when', { exact: true })
      .fill('the shopper pays by card');
    await panel
      .getByLabel('Scenario 1 example 1: then', { exact: true })
      .fill('the order is confirmed');
    await panel.getByRole('button', { name: 'Add question' }).click();
    await panel.getByLabel('Question 1', { exact: true }).fill('Which provider refunds?');

    await panel.getByRole('button', { name: 'Next: Scoping' }).click();
    await panel.getByLabel('New service name', { exact: true }).fill('Orders API');
    await panel.getByRole('button', { name: 'Add service' }).click();
    await panel
      .getByLabel('Primary function', { exact: true })
      .fill('Turns a paid basket into an order');
    await panel.getByRole('button', { name: 'Add endpoint' }).click();
    await choose(panel, 'Endpoint 1 method', 'POST');
    await panel.getByLabel('Endpoint 1 path', { exact: true }).fill('/orders');
    await panel.getByRole('button', { name: 'Add failure mode' }).click();
    await panel
      .getByLabel('Failure mode 1 condition', { exact: true })
      .fill('The order is not found');
    await choose(panel, 'Failure mode 1 HTTP status', '404 Not Found');
    // The catalog's guidance for the chosen status is shown with it.
    await panel.getByText('The addressed resource does not exist').waitFor();
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByTestId('draft-status').getByText('Saved', { exact: true }).waitFor();

    await host.page.reload();
    panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
    await panel.getByLabel('Feature title', { exact: true }).waitFor();
    expect(await panel.getByLabel('Feature title', { exact: true }).inputValue()).toBe(
      'Checkout revamp',
    );
    expect(await panel.getByLabel('Stakeholder 1 name', { exact: true }).inputValue()).toBe(
      'Pat Product',
    );
    await panel.getByText('QA', { exact: true }).waitFor();
    expect(await panel.getByLabel('Scenario 1 example 1: then', { exact: true }).inputValue()).toBe(
      'the order is confirmed',
    );
    await panel.getByRole('button', { name: '2. Scoping' }).click();
    await panel
      .getByRole('button', { name: /Orders API$/ })
      .first()
      .click();
    expect(await panel.getByLabel('Endpoint 1 path', { exact: true }).inputValue()).toBe('/orders');
    await panel.getByText('404 Not Found', { exact: true }).waitFor();
  });

  it('lists the blockers of a title-only draft while the person types', async () => {
    const panel = await openPanel('TEAM-2');
    await panel.getByLabel('Feature title', { exact: true }).fill('Payouts backend');
    const blockers = panel.getByTestId('readiness-blockers');
    await blockers.getByText('The feature has a title but no problem or goal').waitFor();
    await blockers.getByText('The feature has a title but no intended outcome').waitFor();
    await blockers.getByText('Scoping names no service yet').waitFor();
    // A blocker leads to its field.
    await blockers
      .getByRole('listitem')
      .filter({ hasText: 'The feature has a title but no problem' })
      .getByRole('button', { name: 'Go to field', exact: true })
      .click();
    await panel
      .getByLabel('Problem or goal', { exact: true })
      .and(panel.locator(':focus'))
      .waitFor();
  });

  it('keeps the edits on screen and explains when someone else saved first', async () => {
    const mine = await openPanel('TEAM-1');
    const otherPage = await host.newPage();
    otherPage.setDefaultTimeout(8000);
    try {
      const theirs = await openPanel('TEAM-1', 'admin', otherPage);
      await theirs.getByLabel('Feature title', { exact: true }).fill('Their title');
      await theirs.getByRole('button', { name: 'Save', exact: true }).click();
      await theirs.getByTestId('draft-status').getByText('Saved', { exact: true }).waitFor();
    } finally {
      await otherPage.close();
    }
    await mine.getByLabel('Feature title', { exact: true }).fill('My title');
    await mine.getByLabel('Problem or goal', { exact: true }).fill('My problem statement');
    await mine.getByRole('button', { name: 'Save', exact: true }).click();
    await mine.getByText('This draft was saved while you were editing').first().waitFor();
    expect(await mine.getByLabel('Feature title', { exact: true }).inputValue()).toBe('My title');
    expect(await mine.getByLabel('Problem or goal', { exact: true }).inputValue()).toBe(
      'My problem statement',
    );
    await mine
      .getByTestId('draft-status')
      .getByText(/^Not saved/)
      .waitFor();
  });

  it('refuses to save a draft the schema rejects and points at the field', async () => {
    const panel = await openPanel('VENTAS-1');
    await panel.getByLabel('Spike decision', { exact: true }).click();
    await panel.getByRole('option', { name: 'Prototype first' }).click();
    await panel.getByLabel('Spike timebox (days)', { exact: true }).fill('0.3');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('The breakdown was not saved').waitFor();
    await panel.getByText('Whole or half days only, e.g. 1.5').first().waitFor();
    await panel
      .getByTestId('draft-status')
      .getByText(/^Not saved/)
      .waitFor();
  });

  it('works from the keyboard: step navigation, adding a service and saving', async () => {
    const panel = await openPanel('SHOP-3');
    await panel.getByRole('button', { name: '1. Discovery' }).focus();
    await host.page.keyboard.press('Tab');
    await host.page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Scoping' }).waitFor();
    // Focus follows to the step that opened, where a screen reader announces it.
    await panel
      .getByRole('region', { name: 'Scoping step' })
      .and(panel.locator(':focus'))
      .waitFor();
    await panel.getByLabel('New service name', { exact: true }).focus();
    await host.page.keyboard.type('Payments');
    await host.page.keyboard.press('Enter');
    const name = panel.getByLabel('Service name', { exact: true });
    await name.waitFor();
    expect(await name.inputValue()).toBe('Payments');
    await panel.getByRole('button', { name: 'Save', exact: true }).focus();
    await host.page.keyboard.press('Enter');
    await panel.getByTestId('draft-status').getByText('Saved', { exact: true }).waitFor();
    // The current step is announced as such.
    expect(
      await panel.getByRole('button', { name: '2. Scoping' }).getAttribute('aria-current'),
    ).toBe('step');
  });
});
