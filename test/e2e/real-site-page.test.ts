import { createJiraEmulator, type JiraEmulator } from '../../dev/emulator';
import type { DevStackOptions } from '../../dev/stack';
import { useHostPage } from '../support/host-page-harness';
import { assertSpecConformingTraffic } from '../support/spec-conformance';

jest.setTimeout(30_000);

/**
 * The host page against a real site (an emulator standing in, with Basic auth): the page uses
 * the per-start secret it holds, so the panel works, while the same call without it is refused.
 */
let site: JiraEmulator;
const stackOptions: DevStackOptions = {};

// Registered before useHostPage's hooks, so the site listens before the stack starts.
beforeAll(async () => {
  site = createJiraEmulator();
  stackOptions.env = {
    JIRA_BASE_URL: await site.listen(0),
    JIRA_EMAIL: 'member@example.com',
    JIRA_API_TOKEN: 'a-token',
    DEV_PROJECTS: 'SHOP',
  };
});
const host = useHostPage({ stack: stackOptions });
afterAll(async () => {
  await site?.close();
  if (site) assertSpecConformingTraffic(site);
});

describe('the host page against a real site', () => {
  it('renders the panel through /__dev/* with the secret it holds', async () => {
    await host.page.goto(`${host.stack.hostUrl}/#/browse/SHOP-2`);
    const panel = host.page.frameLocator(
      'iframe[data-module="jira:issuePanel"]:not(.modal iframe)',
    );
    await panel
      .getByTestId('context-summary')
      .getByText('Create backend support for the new checkout')
      .waitFor();
  });

  it('is the only page that can: the same request without the secret is refused', async () => {
    await host.page.goto(`${host.stack.hostUrl}/#/browse/SHOP-2`);
    const statuses = await host.page.evaluate(async () => {
      const body = JSON.stringify({
        module: 'jira:issuePanel',
        issueKey: 'SHOP-2',
        functionKey: 'context/get',
      });
      const headers = { 'content-type': 'application/json' };
      const without = await fetch('/__dev/invoke', { method: 'POST', headers, body });
      const secret =
        document.querySelector<HTMLMetaElement>('meta[name="bb-dev-secret"]')?.content ?? '';
      const withSecret = await fetch('/__dev/invoke', {
        method: 'POST',
        headers: { ...headers, 'x-dev-secret': secret },
        body,
      });
      return [without.status, withSecret.status];
    });
    expect(statuses).toEqual([403, 200]);
  });

  it('refuses another local page’s cross-origin text/plain POST that would create an issue', async () => {
    // Any page of another origin will do: the site's own address is one (another port).
    await host.page.goto(`${site.url}/rest/api/3/serverInfo`);
    const creates = () =>
      site.requestLog().filter((e) => e.method === 'POST' && e.path.startsWith('/rest/api/3/issue'))
        .length;
    const before = creates();
    await host.page.evaluate(async (hostUrl) => {
      await fetch(`${hostUrl}/__dev/jira/rest/api/3/issue`, {
        method: 'POST',
        mode: 'no-cors',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({
          fields: { project: { key: 'SHOP' }, issuetype: { id: '10001' }, summary: 'Planted' },
        }),
      });
    }, host.stack.hostUrl);
    expect(creates()).toBe(before);
  });
});
