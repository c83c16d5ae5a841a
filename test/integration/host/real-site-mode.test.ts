import { createJiraEmulator, type JiraEmulator } from '../../../dev/emulator';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { devInvoke, hostSecret } from '../../support/dev-invoke';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

/**
 * Real-site mode, end to end: a second emulator stands in for a Jira Cloud site that accepts
 * Basic auth (email + API token), as a real site does.
 */
let site: JiraEmulator;
let siteUrl: string;
let stack: DevStack;

beforeAll(async () => {
  site = createJiraEmulator();
  siteUrl = await site.listen(0);
  stack = await startDevStack({
    env: {
      JIRA_BASE_URL: siteUrl,
      JIRA_EMAIL: 'member@example.com',
      JIRA_API_TOKEN: 'an-api-token',
      DEV_PROJECTS: 'SHOP',
    },
  });
});

afterAll(async () => {
  await stack?.stop();
  await site?.close();
  assertSpecConformingTraffic(site);
});

describe('npm start pointed at a real Jira Cloud site', () => {
  it('starts no emulator and sends the resolvers’ Jira calls to the site as the token’s owner', async () => {
    expect(stack.mode).toBe('real-site');
    expect(stack.emulator).toBeNull();
    // The user named here does not matter on a real site: the API token decides.
    const { answer } = await devInvoke(stack.hostUrl, {
      module: 'jira:issuePanel',
      user: 'admin',
      issueKey: 'SHOP-2',
      functionKey: 'context/get',
    });
    expect(answer.ok).toBe(true);
    expect(answer.data.accountId).toBe('5b10a2844c20165700ede21b');
    expect(answer.data.canAdminister).toBe(false);
    const accounts = new Set(site.requestLog().map((entry) => entry.account));
    expect([...accounts]).toEqual(['5b10a2844c20165700ede21b']);
  });

  it('tells the host page it is on a real site, with the projects to offer', async () => {
    const response = await fetch(`${stack.hostUrl}/__dev/config`, {
      headers: { 'x-dev-secret': await hostSecret(stack.hostUrl) },
    });
    const config = (await response.json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      mode: 'real-site',
      jiraBaseUrl: siteUrl,
      emulatorUrl: null,
      projects: ['SHOP'],
    });
  });

  it('refuses a partial configuration with a message naming what is missing', async () => {
    await expect(
      startDevStack({ env: { JIRA_BASE_URL: siteUrl, JIRA_EMAIL: 'member@example.com' } }),
    ).rejects.toThrow(/JIRA_API_TOKEN/);
  });
});
