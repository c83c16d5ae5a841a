/**
 * The emulator's door: the dev host's rules (`dev/shared/loopback-guard.ts`). A page the
 * developer visits must not wipe or fill the local Jira: not by a cross-site POST to
 * `/__emulator/reset`, not through a DNS-rebinding name; tools, the app's runtime and the dev
 * host still reach it.
 */
import { createJiraEmulator, SEED_USERS, type JiraEmulator } from '../../../dev/emulator';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { rawRequest } from '../../support/raw-http';

jest.setTimeout(60_000);

const CREATE = JSON.stringify({
  fields: { project: { key: 'SHOP' }, issuetype: { id: '10001' }, summary: 'Planted' },
});

describe('the Jira emulator’s door', () => {
  let emulator: JiraEmulator;
  let url: string;
  let host: string;

  beforeAll(async () => {
    emulator = createJiraEmulator({ logTo: () => undefined });
    url = await emulator.listen(0);
    host = new URL(url).host;
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  const asMember = (extra: Record<string, string>) => ({
    'content-type': 'application/json',
    'x-emulator-account-id': SEED_USERS.member.accountId,
    ...extra,
  });
  const issueCount = () => emulator.issues().length;

  it('creates an issue for a local tool (the baseline each refusal differs from in one header)', async () => {
    const before = issueCount();
    const answer = await rawRequest(`${url}/rest/api/3/issue`, {
      method: 'POST',
      headers: asMember({ host }),
      body: CREATE,
    });
    expect(answer.status).toBe(201);
    expect(issueCount()).toBe(before + 1);
  });

  it('refuses a DNS-rebinding Host, for writes and reads alike', async () => {
    const before = issueCount();
    const rebound = host.replace('127.0.0.1', 'rebind.example');
    const write = await rawRequest(`${url}/rest/api/3/issue`, {
      method: 'POST',
      headers: asMember({ host: rebound }),
      body: CREATE,
    });
    const read = await rawRequest(`${url}/rest/api/3/myself`, {
      headers: asMember({ host: rebound }),
    });
    expect([write.status, read.status]).toEqual([421, 421]);
    expect(JSON.parse(write.body)).toEqual({
      errorMessages: [expect.stringContaining('answers only as 127.0.0.1:')],
      errors: {},
    });
    expect(issueCount()).toBe(before);
  });

  it('refuses a cross-site page posting /__emulator/reset', async () => {
    await rawRequest(`${url}/rest/api/3/issue`, {
      method: 'POST',
      headers: asMember({ host }),
      body: CREATE,
    });
    const created = issueCount();
    const fromAPage: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { origin: 'https://evil.example' },
      // Another server on 127.0.0.1 (another port) is the same site but not this origin.
      { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:1' },
    ];
    const statuses = [];
    for (const headers of fromAPage) {
      const answer = await rawRequest(`${url}/__emulator/reset`, {
        method: 'POST',
        headers: { host, 'content-type': 'text/plain;charset=UTF-8', ...headers },
        body: '',
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([403, 403, 403]);
    expect(issueCount()).toBe(created);
  });

  it('refuses a cross-site page creating an issue', async () => {
    const before = issueCount();
    const answer = await rawRequest(`${url}/rest/api/3/issue`, {
      method: 'POST',
      headers: asMember({ host, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
      body: CREATE,
    });
    expect(answer.status).toBe(403);
    expect(issueCount()).toBe(before);
  });

  it('serves its own origin, localhost and a mounting server’s declared Host', async () => {
    const own = await rawRequest(`${url}/__emulator/reset`, {
      method: 'POST',
      headers: { host, 'sec-fetch-site': 'same-origin', origin: `http://${host}` },
    });
    const localhost = await rawRequest(`${url}/rest/api/3/myself`, {
      headers: asMember({ host: host.replace('127.0.0.1', 'localhost') }),
    });
    expect([own.status, localhost.status]).toEqual([204, 200]);

    const mounted = createJiraEmulator({
      allowedHosts: ['jira.test:8080'],
      logTo: () => undefined,
    });
    try {
      const mountedUrl = await mounted.listen(0);
      const answer = await rawRequest(`${mountedUrl}/rest/api/3/myself`, {
        headers: asMember({ host: 'jira.test:8080' }),
      });
      expect(answer.status).toBe(200);
    } finally {
      await mounted.close();
    }
  });
});

describe('the dev host behind the emulator’s door', () => {
  let stack: DevStack;

  beforeAll(async () => {
    stack = await startDevStack({ env: {} });
  });
  afterAll(() => stack?.stop());

  it('still creates issues through it, as the app’s runtime does', async () => {
    const emulator = stack.emulator as JiraEmulator;
    const before = emulator.issues('SHOP').length;
    const answer = await rawRequest(`${stack.hostUrl}/__dev/jira/rest/api/3/issue`, {
      method: 'POST',
      headers: {
        host: new URL(stack.hostUrl).host,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
        'x-dev-user': 'member',
      },
      body: CREATE,
    });
    expect(answer.status).toBe(201);
    expect(emulator.issues('SHOP')).toHaveLength(before + 1);
  });
});
