import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { SEED_USERS } from '../../../dev/emulator/seed';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { devInvoke, hostSecret, type DevInvokeRequest } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

/**
 * Real-site mode with a distinctive API token: the token, the Authorization header made from it
 * and the owner's email must never show up in logs, resolver answers, errors the UI shows, or
 * app storage, whatever succeeds or fails on the way.
 */
const TOKEN = 'ATATT-SECRET-7f3a9c2e-do-not-leak';
const STRANGER = 'nobody.known@example.com';

let site: JiraEmulator;
let siteUrl: string;
let dataDir: string;
const logged: string[] = [];
/** Everything the UI could be shown: resolver answers and the host's error answers. */
const shown: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args
          .map((a) =>
            a instanceof Error
              ? `${a.stack} ${String(a.cause)}`
              : typeof a === 'string'
                ? a
                : JSON.stringify(a),
          )
          .join(' '),
      );
    });
  }
  site = createJiraEmulator();
  siteUrl = await site.listen(0);
  dataDir = mkdtempSync(path.join(tmpdir(), 'bb-secrets-'));
});

afterAll(async () => {
  await site?.close();
  rmSync(dataDir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

async function withStack<T>(email: string, file: string, work: (stack: DevStack) => Promise<T>) {
  const stack = await startDevStack({
    env: { JIRA_BASE_URL: siteUrl, JIRA_EMAIL: email, JIRA_API_TOKEN: TOKEN, DEV_PROJECTS: 'SHOP' },
    kvsFile: path.join(dataDir, file),
    queueMsPerSecond: 0,
  });
  try {
    return await work(stack);
  } finally {
    await stack.stop();
  }
}

async function invoke(stack: DevStack, request: DevInvokeRequest) {
  const { status, answer } = await devInvoke(stack.hostUrl, request);
  shown.push(JSON.stringify(answer));
  return { status, answer };
}

async function hostGet(stack: DevStack, route: string) {
  const response = await fetch(`${stack.hostUrl}${route}`, {
    headers: { 'x-dev-secret': await hostSecret(stack.hostUrl) },
  });
  const body = await response.text();
  shown.push(body);
  return { status: response.status, body };
}

function leaksIn(text: string, email: string): string[] {
  const basic = Buffer.from(`${email}:${TOKEN}`).toString('base64');
  return [
    ...(text.includes(TOKEN) ? ['the token'] : []),
    ...(text.includes(basic) ? ['the Authorization header'] : []),
    ...(/authorization/i.test(text) ? ['the word Authorization'] : []),
    ...(text.toLowerCase().includes(email.toLowerCase()) ? ['the email'] : []),
  ];
}

describe('real-site mode keeps the API token to itself', () => {
  it('through a whole breakdown, Jira failing on the way, and a bad request', async () => {
    const email = SEED_USERS.member.email;
    // The detector itself finds each of them (so a clean result below means something).
    const basic = Buffer.from(`${email}:${TOKEN}`).toString('base64');
    expect(leaksIn(`x ${TOKEN} Basic ${basic} ${email.toUpperCase()}`, email)).toEqual([
      'the token',
      'the Authorization header',
      'the email',
    ]);
    await withStack(email, 'kvs-owner.json', async (stack) => {
      const panel = { issueKey: 'SHOP-2' };
      expect((await invoke(stack, { ...panel, functionKey: 'context/get' })).answer.ok).toBe(true);
      const saved = await invoke(stack, {
        ...panel,
        functionKey: 'draft/save',
        payload: { draft: aDraft(), baseVersion: 0 },
      });
      expect(saved.answer.ok).toBe(true);
      const template = { templateId: 'backend-service-breakdown' };
      expect(
        (await invoke(stack, { ...panel, functionKey: 'plan/preview', payload: template })).answer
          .ok,
      ).toBe(true);
      const run = await invoke(stack, { ...panel, functionKey: 'plan/apply', payload: template });
      expect(run.answer.ok).toBe(true);
      await invoke(stack, {
        ...panel,
        functionKey: 'run/get',
        payload: { runId: run.answer.data.runId },
      });
      await invoke(stack, {
        ...panel,
        functionKey: 'run/undo',
        payload: { runId: run.answer.data.runId, confirm: true },
      });

      // Jira failing: the error the resolver reports comes from Jira's answer, not the request.
      site.addFault({
        match: { path: '/rest/api/3/mypermissions' },
        status: 503,
        retryAfterSeconds: 0,
      });
      const failed = await invoke(stack, {
        ...panel,
        functionKey: 'draft/save',
        payload: { draft: aDraft(), baseVersion: saved.answer.data.version },
      });
      site.clearFaults();
      expect(failed.answer).toMatchObject({
        ok: false,
        error: { code: 'JIRA_ERROR', message: expect.stringMatching(/503/) },
      });

      // The host's own errors: an issue Jira will not show, and a request it cannot read.
      expect(
        (await hostGet(stack, '/__dev/context?module=jira:issuePanel&issueKey=SHOP-999')).status,
      ).toBe(404);
      expect(
        (await invoke(stack, { functionKey: 'context/get', module: 'jira:projectSettingsPage' }))
          .status,
      ).toBe(400);
    });

    expect({
      logs: leaksIn(logged.join('\n'), email),
      shown: leaksIn(shown.join('\n'), email),
    }).toEqual({ logs: [], shown: [] });
    const stored = readFileSync(path.join(dataDir, 'kvs-owner.json'), 'utf8');
    expect(stored).toContain('draft');
    expect(leaksIn(stored, email)).toEqual([]);
  });

  it('when Jira refuses the token (401), in what the page is shown', async () => {
    const before = shown.length;
    await withStack(STRANGER, 'kvs-stranger.json', async (stack) => {
      const answer = await invoke(stack, { issueKey: 'SHOP-2', functionKey: 'context/get' });
      expect(answer.status).toBe(502);
      const context = await hostGet(stack, '/__dev/context?module=jira:issuePanel&issueKey=SHOP-2');
      expect(context.status).toBe(502);
    });
    expect(shown.length).toBeGreaterThan(before);
    expect({
      logs: leaksIn(logged.join('\n'), STRANGER),
      shown: leaksIn(shown.join('\n'), STRANGER),
    }).toEqual({ logs: [], shown: [] });
  });
});
