import { createJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { hostSecret } from '../../support/dev-invoke';
import { rawRequest } from '../../support/raw-http';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

/**
 * The dev host's own door. Against a real site its `/__dev/*` endpoints act with the developer's
 * API token, so a page the developer visits must not reach them (issue 12's findings: a
 * cross-site text/plain POST created issues, and `Host: rebind.example` read `/myself`).
 */
const EMAIL = 'member@example.com';
let site: JiraEmulator;
let real: DevStack;
let secret: string;

beforeAll(async () => {
  site = createJiraEmulator();
  const siteUrl = await site.listen(0);
  real = await startDevStack({
    env: {
      JIRA_BASE_URL: siteUrl,
      JIRA_EMAIL: EMAIL,
      JIRA_API_TOKEN: 'a-token',
      DEV_PROJECTS: 'SHOP',
    },
  });
  secret = await hostSecret(real.hostUrl);
});

afterAll(async () => {
  await real?.stop();
  await site?.close();
  assertSpecConformingTraffic(site);
});

const hostOf = (url: string): string => new URL(url).host;

/** What the host page itself sends: its own Host, JSON, and the secret it holds. */
const fromThePage = (url: string, extra: Record<string, string> = {}): Record<string, string> => ({
  host: hostOf(url),
  'content-type': 'application/json',
  'sec-fetch-site': 'same-origin',
  'x-dev-secret': secret,
  ...extra,
});

const CREATE = JSON.stringify({
  fields: { project: { key: 'SHOP' }, issuetype: { id: '10001' }, summary: 'Planted' },
});
const APPLY = JSON.stringify({
  module: 'jira:issuePanel',
  issueKey: 'SHOP-2',
  functionKey: 'plan/apply',
  payload: { templateId: 'backend-service-breakdown' },
});

/** Runs `attempt` and answers what it got and how many requests the site saw meanwhile. */
async function siteTrafficOf(attempt: () => Promise<{ status: number; body: string }>) {
  const before = site.requestLog().length;
  const answer = await attempt();
  return { ...answer, siteRequests: site.requestLog().length - before };
}

describe('the dev host against a real site', () => {
  it('serves its own page’s requests (the baseline every refusal below differs from in one header)', async () => {
    const answer = await rawRequest(`${real.hostUrl}/__dev/jira/rest/api/3/myself`, {
      headers: fromThePage(real.hostUrl),
    });
    expect(answer.status).toBe(200);
  });

  it('refuses a cross-site text/plain POST that would create an issue with the token', async () => {
    const answer = await siteTrafficOf(() =>
      rawRequest(`${real.hostUrl}/__dev/jira/rest/api/3/issue`, {
        method: 'POST',
        headers: fromThePage(real.hostUrl, { 'content-type': 'text/plain;charset=UTF-8' }),
        body: CREATE,
      }),
    );
    expect(answer).toMatchObject({ status: 415, siteRequests: 0 });
  });

  it.each([
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['an Origin of another local port', { origin: 'http://127.0.0.1:1' }],
    ['the opaque Origin of a sandboxed frame', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a request with %s to run plan/apply', async (_, headers) => {
    const answer = await siteTrafficOf(() =>
      rawRequest(`${real.hostUrl}/__dev/invoke`, {
        method: 'POST',
        headers: fromThePage(real.hostUrl, headers),
        body: APPLY,
      }),
    );
    expect(answer).toMatchObject({ status: 403, siteRequests: 0 });
  });

  it('refuses DNS rebinding: a Host it does not listen as gets neither /myself nor the page', async () => {
    const rebound = `rebind.example:${new URL(real.hostUrl).port}`;
    const myself = await siteTrafficOf(() =>
      rawRequest(`${real.hostUrl}/__dev/jira/rest/api/3/myself`, {
        headers: fromThePage(real.hostUrl, { host: rebound }),
      }),
    );
    expect(myself).toMatchObject({ status: 421, siteRequests: 0 });
    expect(myself.body).not.toContain(EMAIL);
    const page = await rawRequest(`${real.hostUrl}/`, { headers: { host: rebound } });
    expect(page.status).toBe(421);
    expect(page.body).not.toContain(secret);
  });

  it('answers as localhost too, the other name of the address it listens on', async () => {
    const answer = await rawRequest(`${real.hostUrl}/__dev/config`, {
      headers: fromThePage(real.hostUrl, { host: `localhost:${new URL(real.hostUrl).port}` }),
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    ['without the secret', undefined],
    ['with a wrong secret', 'f'.repeat(64)],
    ['with a prefix of the secret', 'x'],
  ])('refuses a same-origin JSON request %s', async (_, given) => {
    const headers = fromThePage(real.hostUrl);
    if (given === undefined) delete headers['x-dev-secret'];
    else headers['x-dev-secret'] = given === 'x' ? secret.slice(0, 10) : given;
    const invoke = await siteTrafficOf(() =>
      rawRequest(`${real.hostUrl}/__dev/invoke`, { method: 'POST', headers, body: APPLY }),
    );
    expect(invoke).toMatchObject({ status: 403, siteRequests: 0 });
    const myself = await siteTrafficOf(() =>
      rawRequest(`${real.hostUrl}/__dev/jira/rest/api/3/myself`, { headers }),
    );
    expect(myself).toMatchObject({ status: 403, siteRequests: 0 });
    expect(myself.body).not.toContain(EMAIL);
  });

  it('holds a secret of 256 random bits in its page', () => {
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
  });
});
