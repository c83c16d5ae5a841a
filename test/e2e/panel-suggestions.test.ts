import type { FrameLocator } from 'playwright-core';
import type { Draft, Suggestion } from '../../src/domain';
import { aDraftWith, aService, anEndpoint } from '../support/draft-builders';
import { devInvokeData, saveDraftOver } from '../support/dev-invoke';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(30_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });

/** Orders with two endpoints and nothing else written yet. */
const endpointsOnly = () =>
  aDraftWith([
    aService('orders', {
      name: 'Orders',
      inputs: [],
      outputs: [],
      failureModes: [],
      failSafes: [],
      successCriteria: [],
      endpoints: [
        anEndpoint({ id: 'create-order', method: 'POST', path: '/orders', summary: 'Place one' }),
        anEndpoint({ id: 'get-order', method: 'GET', path: '/orders/{orderId}', summary: 'Read' }),
      ],
    }),
  ]);

/** Stores the draft on the issue, opens its Scoping step and the Orders service. */
async function openOrders(issueKey: string): Promise<FrameLocator> {
  await saveDraftOver(host.stack.hostUrl, issueKey, endpointsOnly());
  await host.visit(`/browse/${issueKey}`, 'member');
  const panel = host.page.frameLocator('iframe[data-module="jira:issuePanel"]:not(.modal iframe)');
  await panel.getByRole('button', { name: '2. Scoping' }).click();
  await panel.getByRole('button', { name: '▸ Orders' }).click();
  await panel.getByRole('heading', { name: 'Suggestions' }).waitFor();
  return panel;
}

const NOT_FOUND = '404 when the order in the path is not found';
const MALFORMED = '400 when the request body is malformed';

const focused = (panel: FrameLocator) => panel.locator(':focus');

describe('the issue panel: suggestions while scoping', () => {
  it('accepts a suggestion from the keyboard into the draft, dismisses another, and saves both', async () => {
    const panel = await openOrders('SHOP-2');
    const failureModes = panel.getByRole('list', { name: 'Failure modes suggested for Orders' });
    const card = failureModes.getByRole('listitem').filter({ hasText: NOT_FOUND });
    await card.getByText('Why this is suggested:').waitFor();
    await card.getByText(/When the record is not found, send a 404/).waitFor();

    // Keyboard: Accept is a button with the suggestion in its name; Enter accepts it.
    await panel.getByRole('button', { name: `Accept: ${NOT_FOUND}` }).focus();
    await host.page.keyboard.press('Enter');
    expect(await panel.getByLabel('Failure mode 1 condition', { exact: true }).inputValue()).toBe(
      'The order named in the path ({orderId}) is not found',
    );
    await panel.getByRole('status').getByText(`Added: ${NOT_FOUND}`).waitFor();
    await card.waitFor({ state: 'detached' });
    // Focus moves to the suggestion that took the accepted one's place; Tab reaches its Dismiss.
    await panel
      .getByRole('button', { name: `Accept: ${MALFORMED}` })
      .and(focused(panel))
      .waitFor();
    await host.page.keyboard.press('Tab');
    await panel
      .getByRole('button', { name: `Dismiss: ${MALFORMED}` })
      .and(focused(panel))
      .waitFor();
    await host.page.keyboard.press('Enter');
    await panel.getByText('1 dismissed.').waitFor();
    await expect(
      failureModes.getByRole('listitem').filter({ hasText: MALFORMED }).count(),
    ).resolves.toBe(0);

    // The accepted failure mode brings the suggestion of its success criterion.
    await panel.getByRole('button', { name: /Success criteria/ }).click();
    await panel
      .getByRole('list', { name: 'Success criteria suggested for Orders' })
      .getByText(/When the order named in the path \(\{orderId\}\) is not found, the answer is 404/)
      .first()
      .waitFor();

    // Nothing is stored until the normal save.
    const before = await devInvokeData<{ draft: Draft }>(host.stack.hostUrl, {
      issueKey: 'SHOP-2',
      functionKey: 'draft/get',
    });
    expect(before.draft.scoping.services[0]?.failureModes).toEqual([]);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByTestId('draft-status').getByText('Saved', { exact: true }).waitFor();

    const saved = await devInvokeData<{ draft: Draft }>(host.stack.hostUrl, {
      issueKey: 'SHOP-2',
      functionKey: 'draft/get',
    });
    const orders = saved.draft.scoping.services[0];
    expect(orders?.failureModes.map((mode) => [mode.id, mode.status])).toEqual([
      ['order-not-found', 404],
    ]);
    expect(orders?.dismissedSuggestions).toEqual(['malformed-request-body:body']);
    const { suggestions } = await devInvokeData<{ suggestions: Suggestion[] }>(host.stack.hostUrl, {
      issueKey: 'SHOP-2',
      functionKey: 'scoping/suggest',
      payload: { serviceId: 'orders' },
    });
    const ids = suggestions.map((s) => s.id);
    expect(ids).not.toContain('path-parameter-not-found:order');
    expect(ids).not.toContain('malformed-request-body:body');
    expect(ids).toContain('failure-mode-criterion:order-not-found');
  });

  it('suggests 401 and 403 once the service is marked as authenticated, and offers dismissed ones again', async () => {
    const panel = await openOrders('SHOP-3');
    const unauthenticated = panel.getByRole('button', {
      name: 'Accept: 401 when the caller is not authenticated',
    });
    await expect(unauthenticated.count()).resolves.toBe(0);
    await panel.getByLabel('Callers must authenticate (suggests 401 and 403)').check();
    await unauthenticated.waitFor();
    await panel
      .getByRole('button', { name: 'Accept: 403 when the caller has no permission' })
      .waitFor();

    await panel.getByRole('button', { name: `Dismiss: ${NOT_FOUND}` }).click();
    await panel
      .getByRole('button', { name: `Accept: ${NOT_FOUND}` })
      .waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Offer dismissed suggestions again' }).click();
    await panel.getByRole('button', { name: `Accept: ${NOT_FOUND}` }).waitFor();
  });
});
