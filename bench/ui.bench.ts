/**
 * UI benchmark (not a test), in Debian's Chromium through the local host page:
 *   - bytes per Custom UI entry, raw and gzip: what loads first, and the whole build;
 *   - time from navigation to the panel's first field (median of 5 fresh page loads);
 *   - per-keystroke cost in a service's form, with 2 and with 25 services in the draft,
 *     measured side by side in one run, and their ratio.
 * against the targets (panel ≤ 200 KB gzip first, epic action and settings ≤ 120 KB each,
 * 25 services ≤ 1.3× the per-keystroke cost of 2).
 *
 *   npm run build && npx tsx bench/ui.bench.ts
 */
import type { Frame, Page } from 'playwright-core';
import { startDevStack, type DevStack } from '../dev/stack';
import { launchChromium } from '../test/support/browser';
import { saveDraftOver } from '../test/support/dev-invoke';
import { aDraftWith, aService } from '../test/support/draft-builders';
import { FIRST_LOAD_BUDGET_KB, entryBytes, type EntryBytes, type UiEntry } from './ui-bytes';

const ENTRIES = Object.keys(FIRST_LOAD_BUDGET_KB) as UiEntry[];
const BUDGET_KB = FIRST_LOAD_BUDGET_KB;
const LOADS = 5;
const WARMUP_KEYS = 15;
const KEYS = 60;
const ROUNDS = 3;
const RATIO_TARGET = 1.3;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const pad = (text: string, width: number): string => text.padStart(width);

function printBytes(all: EntryBytes[]): string[] {
  console.log(
    'Bytes per entry (gzip at zlib default level; "first" = entry chunk, static imports, CSS)\n',
  );
  console.log(' entry       │ first raw │ first gzip │ budget │ files │  all raw │  all gzip');
  const verdicts: string[] = [];
  for (const bytes of all) {
    const budget = BUDGET_KB[bytes.entry as UiEntry];
    console.log(
      ` ${bytes.entry.padEnd(11)} │ ${pad(kb(bytes.initial.raw), 9)} │ ${pad(kb(bytes.initial.gzip), 10)} │ ${pad(`${budget} KB`, 6)} │ ${pad(String(bytes.initialFiles.length), 5)} │ ${pad(kb(bytes.all.raw), 8)} │ ${pad(kb(bytes.all.gzip), 9)}`,
    );
    const met = bytes.initial.gzip <= budget * 1024;
    verdicts.push(
      `${bytes.entry} first load ${kb(bytes.initial.gzip)} gzip (target ≤ ${budget} KB) — ${met ? 'met' : 'MISSED'}`,
    );
    if (bytes.duplicates.length > 0)
      verdicts.push(`${bytes.entry}: identical chunks ${bytes.duplicates.join(', ')} — MISSED`);
  }
  return verdicts;
}

async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-module="jira:issuePanel"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The panel frame has no document.');
  return frame;
}

/** Milliseconds from `page.goto` to the panel's first field being visible. */
async function timeToFirstField(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  const frame = await panelFrame(page);
  await frame.getByLabel('Feature title', { exact: true }).waitFor({ state: 'visible' });
  return performance.now() - started;
}

/**
 * Types into the first service's primary function inside the frame and answers the milliseconds
 * each keystroke costs: from the input event to React having rendered, committed and run its
 * effects, and the browser having laid out the page (forced), measured in the page itself so the
 * automation's round trips do not dilute the difference.
 */
// In-page code as text: tsx would otherwise add helpers to it that the page does not have.
const KEYSTROKE_SCRIPT = `async (n) => {
  const input = document.getElementById('field-scoping-services-0-primaryFunction');
  if (!input) throw new Error('The first service is not expanded.');
  input.focus();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const costs = [];
  for (let i = 0; i < n; i += 1) {
    const text = input.value.length > 400 ? 'x' : input.value + 'x';
    const started = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextTask();
    void document.body.offsetHeight;
    costs.push(performance.now() - started);
    await nextTask();
  }
  return costs;
}`;

/**
 * Types into the first service's primary function inside the frame and answers the milliseconds
 * each keystroke costs: from the input event to React having rendered, committed and run its
 * effects, and the browser having laid out the page (forced), measured in the page itself so the
 * automation's round trips do not dilute the difference.
 */
async function keystrokeCosts(frame: Frame, count: number): Promise<number[]> {
  return frame.evaluate<number[]>(`(${KEYSTROKE_SCRIPT})(${String(count)})`);
}

async function openScoping(page: Page, url: string, firstService: string): Promise<Frame> {
  await page.goto(url);
  const frame = await panelFrame(page);
  await frame.getByRole('button', { name: 'Next: Scoping' }).click();
  await frame.getByRole('button', { name: `▸ ${firstService}` }).click();
  await frame.locator('#field-scoping-services-0-primaryFunction').waitFor();
  return frame;
}

async function main(): Promise<void> {
  const bytes = ENTRIES.map((entry) => entryBytes(entry));
  const verdicts = printBytes(bytes);

  const stack: DevStack = await startDevStack();
  const chromium = await launchChromium();
  try {
    const services = (n: number) =>
      Array.from({ length: n }, (_, i) => aService(`service-${String(i + 1).padStart(2, '0')}`));
    await saveDraftOver(stack.hostUrl, 'SHOP-2', aDraftWith(services(2)));
    await saveDraftOver(stack.hostUrl, 'SHOP-3', aDraftWith(services(25)));
    const url = (key: string): string => `${stack.hostUrl}/?user=member#/browse/${key}`;

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const page = await chromium.context.newPage();
      loads.push(await timeToFirstField(page, url('SHOP-2')));
      await page.close();
    }

    const costs: Record<2 | 25, number[]> = { 2: [], 25: [] };
    const small = await chromium.context.newPage();
    const large = await chromium.context.newPage();
    const frames = {
      2: await openScoping(small, url('SHOP-2'), 'Service 01'),
      25: await openScoping(large, url('SHOP-3'), 'Service 01'),
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const size of [2, 25] as const) {
        await frames[size].page().bringToFront();
        await keystrokeCosts(frames[size], WARMUP_KEYS);
        costs[size].push(...(await keystrokeCosts(frames[size], KEYS)));
      }
    }

    const firstField = median(loads);
    const perKey = { 2: median(costs[2]), 25: median(costs[25]) };
    const ratio = perKey[25] / perKey[2];
    console.log(
      `\nNavigation to the panel's first field (median of ${LOADS}): ${firstField.toFixed(0)} ms`,
    );
    console.log(`  each load: ${loads.map((ms) => ms.toFixed(0)).join(', ')} ms\n`);
    console.log(
      `Per keystroke in a service's primary function (median of ${ROUNDS * KEYS} keys)\n`,
    );
    console.log(' services │ median │    p90 │ ratio to 2');
    for (const size of [2, 25] as const) {
      const p90 = [...costs[size]].sort((a, b) => a - b)[Math.floor(costs[size].length * 0.9)]!;
      console.log(
        ` ${pad(String(size), 8)} │ ${pad(perKey[size].toFixed(2), 6)} │ ${pad(p90.toFixed(2), 6)} │ ${pad(`${(perKey[size] / perKey[2]).toFixed(2)}×`, 10)}`,
      );
    }
    verdicts.push(
      `keystroke at 25 services: ${ratio.toFixed(2)}× the cost at 2 (target ≤ ${RATIO_TARGET}×) — ${ratio <= RATIO_TARGET ? 'met' : 'MISSED'}`,
    );
    console.log(`\n${verdicts.join('\n')}`);
  } finally {
    await chromium.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
