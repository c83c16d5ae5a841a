import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startDevStack, type DevStack, type DevStackOptions } from '../../dev/stack';
import { launchChromium } from './browser';
import { assertSpecConformingTraffic } from './spec-conformance';

export type SeedUser = 'admin' | 'member' | 'viewer';

export interface HostPageHarness {
  /** The running local stand-in (emulator, runtime, host). */
  readonly stack: DevStack;
  /** A fresh page for the current test. */
  readonly page: Page;
  /** Opens a route of the host page (e.g. `/browse/SHOP-2`) as a seeded user. */
  visit(route: string, user?: SeedUser): Promise<void>;
  /** Another page in the same browser (a second person or tab); closed with the test. */
  newPage(): Promise<Page>;
}

export interface HostPageOptions {
  /** Options for the dev stack of this file (e.g. a faster queue). */
  stack?: DevStackOptions;
  /** Playwright's default wait per step, so a test fails at the step that did not happen. */
  pageTimeoutMs?: number;
}

/**
 * Registers the hooks every browser suite needs: one dev stack and one Chromium per file, a
 * fresh page per test (emulator faults cleared after it), and, when the suite ends, the check that all its Jira traffic kept to
 * Atlassian's spec.
 */
export function useHostPage(options: HostPageOptions = {}): HostPageHarness {
  let stack: DevStack | undefined;
  let chromium: { context: BrowserContext; close(): Promise<void> } | undefined;
  let page: Page | undefined;
  let extraPages: Page[] = [];
  const openPage = async (): Promise<Page> => {
    const opened = await chromium!.context.newPage();
    if (options.pageTimeoutMs !== undefined) opened.setDefaultTimeout(options.pageTimeoutMs);
    return opened;
  };

  beforeAll(async () => {
    const missing = ['panel', 'epic-action', 'settings', 'admin', 'automation-config']
      .map((entry) => path.join(__dirname, '..', '..', 'static', entry, 'build', 'index.html'))
      .filter((file) => !existsSync(file));
    if (missing.length > 0) {
      throw new Error(`Build the UI first (npm run build): missing ${missing.join(', ')}`);
    }
    stack = await startDevStack(options.stack);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await stack?.stop();
    if (stack?.emulator) assertSpecConformingTraffic(stack.emulator);
  });
  beforeEach(async () => {
    page = await openPage();
  });
  afterEach(async () => {
    await Promise.all([page, ...extraPages].flatMap((p) => (p ? [p.close()] : [])));
    extraPages = [];
    // Faults a test injected into the emulator end with it.
    stack?.emulator?.clearFaults();
  });

  return {
    get stack() {
      if (!stack) throw new Error('The dev stack is not started yet (use it inside a test).');
      return stack;
    },
    get page() {
      if (!page) throw new Error('There is no page outside a test.');
      return page;
    },
    async visit(route, user = 'admin') {
      await this.page.goto(`${this.stack.hostUrl}/?user=${user}#${route}`);
    },
    async newPage() {
      const opened = await openPage();
      extraPages.push(opened);
      return opened;
    },
  };
}
