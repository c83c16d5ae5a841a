import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { seriousAxeViolations } from '../support/axe';
import { saveDraftOver } from '../support/dev-invoke';
import { aDraftWith, anInput, anInputFrom, anOutput, aService } from '../support/draft-builders';
import { useHostPage } from '../support/host-page-harness';

jest.setTimeout(60_000);

const host = useHostPage({ pageTimeoutMs: 10_000 });
const SHOTS = path.join(__dirname, '..', '..', 'test-results', 'services-graph');

const fromSystem = (id: string, system: string) =>
  anInput({ id, name: `${system} data`, source: { kind: 'external', system } });

/** Eight services: a chain from an external system, a cycle (Orders ⇄ Payments), one alone. */
const SERVICES = [
  aService('catalog', { name: 'Catalog', inputs: [fromSystem('pim', 'PIM')] }),
  aService('pricing', { name: 'Pricing', inputs: [anInputFrom('catalog')] }),
  aService('basket', { name: 'Basket', inputs: [anInputFrom('pricing')] }),
  aService('payments', {
    name: 'Payments',
    outputs: [anOutput({ id: 'payment-id', name: 'Payment id' })],
    inputs: [anInputFrom('orders')],
  }),
  aService('orders', {
    name: 'Orders',
    inputs: [
      anInputFrom('basket'),
      anInputFrom('payments', {
        id: 'paid',
        source: { kind: 'service', serviceId: 'payments', outputId: 'payment-id' },
      }),
    ],
  }),
  aService('notifications', { name: 'Notifications', inputs: [anInputFrom('orders')] }),
  aService('warehouse', { name: 'Warehouse', inputs: [anInputFrom('orders')] }),
  aService('audit-log', { name: 'Audit log' }),
];

async function openScoping(page: Page, theme: 'light' | 'dark' = 'light'): Promise<Frame> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${host.stack.hostUrl}/?user=member&theme=${theme}#/browse/SHOP-2`);
  const handle = await page.waitForSelector('iframe[data-module="jira:issuePanel"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The panel frame has no document.');
  await frame.getByRole('button', { name: 'Next: Scoping' }).click();
  await frame.getByTestId('services-graph').locator('[data-node]').first().waitFor();
  return frame;
}

/** The computed stroke of the first element matching `selector`, as [r, g, b]. */
async function strokeOf(frame: Frame, selector: string): Promise<number[]> {
  const stroke = await frame
    .locator(selector)
    .first()
    .evaluate((e) => getComputedStyle(e).stroke);
  return (stroke.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

const reddish = ([r = 0, g = 0, b = 0]: number[]) => r > g + 60 && r > b + 60;

describe('the services graph in Scoping', () => {
  beforeAll(async () => {
    await saveDraftOver(host.stack.hostUrl, 'SHOP-2', aDraftWith(SERVICES));
  });

  it('draws a box for each service and each external system, with the arrows between them', async () => {
    const graph = (await openScoping(host.page)).getByTestId('services-graph');
    const names = await graph
      .locator('[data-node]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(names).toEqual([
      'Catalog',
      'Pricing',
      'Basket',
      'Payments, on a dependency cycle',
      'Orders, on a dependency cycle',
      'Notifications',
      'Warehouse',
      'Audit log, not connected to another service',
    ]);
    expect(await graph.getByRole('img', { name: 'External system PIM' }).count()).toBe(1);
    expect(await graph.locator('[data-edge]').count()).toBe(8);
    // dagre's layout: no box over another, every box inside the picture.
    const picture = await graph.locator('svg[role="group"]').evaluate((svg) => {
      const outer = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll('.frame')].map((f) => f.getBoundingClientRect());
      return {
        boxes: boxes.length,
        outside: boxes.filter((r) => r.left < outer.left - 1 || r.right > outer.right + 1).length,
        overlapping: boxes.filter((r, i) =>
          boxes.some(
            (o, j) =>
              j !== i &&
              r.left < o.right &&
              o.left < r.right &&
              r.top < o.bottom &&
              o.top < r.bottom,
          ),
        ).length,
      };
    });
    expect(picture).toEqual({ boxes: 9, outside: 0, overlapping: 0 });
  });

  it('draws the cycle in red, says so in the legend, and marks the isolated service dashed', async () => {
    const frame = await openScoping(host.page);
    const graph = frame.getByTestId('services-graph');
    expect(reddish(await strokeOf(frame, '[data-node="orders"] .frame'))).toBe(true);
    expect(reddish(await strokeOf(frame, '[data-edge="orders payments"]'))).toBe(true);
    expect(reddish(await strokeOf(frame, '[data-edge="basket orders"]'))).toBe(false);
    expect(reddish(await strokeOf(frame, '[data-node="catalog"] .frame'))).toBe(false);
    const dashes = await graph
      .locator('[data-node] .frame')
      .evaluateAll((frames) => frames.map((f) => getComputedStyle(f).strokeDasharray));
    expect(dashes.map((dash) => dash !== 'none')).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    const legend = graph.getByRole('list', { name: 'Legend' });
    await legend.getByText('↻ On a dependency cycle').waitFor();
    await legend.getByText('Not connected to another service').waitFor();
    await legend.getByText('External system').waitFor();
    await graph.getByText('Cycle: Payments → Orders → Payments').waitFor();
  });

  it('says the same in words for screen readers, and shows them as a list on request', async () => {
    const frame = await openScoping(host.page);
    const words = frame.getByTestId('services-graph-text');
    // Read by screen readers while hidden from sight.
    expect(await words.boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await words.textContent()).toContain(
      'Orders consumes Events from basket from Basket and Payment id from Payments.',
    );
    expect(await words.textContent()).toContain(
      'Audit log consumes nothing from other services or external systems. It is not connected to any other service.',
    );
    await frame.getByRole('button', { name: 'Show as list' }).click();
    expect((await words.boundingBox())?.height).toBeGreaterThan(100);
  });

  it('opens a service in the form when its box is clicked, or pressed with Enter', async () => {
    const frame = await openScoping(host.page);
    const graph = frame.getByTestId('services-graph');
    await graph.getByRole('button', { name: 'Warehouse' }).click();
    const name = frame.getByLabel('Service name', { exact: true });
    await expect(name.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    expect(await name.inputValue()).toBe('Warehouse');

    await graph
      .getByRole('button', { name: 'Audit log, not connected to another service' })
      .focus();
    await host.page.keyboard.press('Enter');
    await frame.locator('#field-scoping-services-7-name:focus').waitFor();
    expect(await frame.locator('#field-scoping-services-7-name').inputValue()).toBe('Audit log');
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical accessibility violation in the %s theme (screenshot saved)',
    async (theme) => {
      const frame = await openScoping(host.page, theme);
      await frame.getByRole('button', { name: 'Show as list' }).click();
      expect(await seriousAxeViolations(frame)).toEqual([]);
      expect(reddish(await strokeOf(frame, '[data-edge="payments orders"]'))).toBe(true);
      await frame
        .getByTestId('services-graph')
        .screenshot({ path: path.join(SHOTS, `services-graph-${theme}.png`) });
    },
  );

  // Last: it edits the draft in the form.
  it('is not laid out again while someone types elsewhere, and follows a renamed service', async () => {
    const frame = await openScoping(host.page);
    const graph = frame.getByTestId('services-graph');
    const layouts = () =>
      frame.evaluate(() => performance.getEntriesByName('services-graph:layout').length);
    await graph.getByRole('button', { name: 'Catalog' }).click();
    const before = await layouts();
    expect(before).toBeGreaterThan(0);
    await frame.getByLabel('Primary function', { exact: true }).pressSequentially(' today');
    expect(await layouts()).toBe(before);
    await frame.getByLabel('Service name', { exact: true }).fill('Product catalogue');
    await graph.getByRole('button', { name: 'Product catalogue' }).waitFor();
    expect(await layouts()).toBeGreaterThan(before);
  });
});
