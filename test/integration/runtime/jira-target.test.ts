import { asApp, asUser, route } from '@forge/api';
import { installForgeFetch, type InstalledForgeFetch } from '../../../dev/runtime/forge-fetch';
import { runWithInvocation } from '../../../dev/runtime/invocation';
import {
  emulatorTarget,
  IncompleteJiraSiteConfigError,
  jiraTargetFromEnv,
  NoUserToActForError,
  realSiteTarget,
  type JiraTarget,
} from '../../../dev/runtime/jira-target';
import { KvsStore } from '../../../dev/runtime/kvs-store';
import { LocalQueue } from '../../../dev/runtime/local-queue';
import { startRecordingJira, type RecordingJira } from './fixtures/recording-jira';

const ADA = '5b10a2844c20165700ede21a';
const MAX = '5b10a2844c20165700ede21b';

let jira: RecordingJira;
beforeAll(async () => {
  jira = await startRecordingJira();
});
afterAll(() => jira.close());

function installWith(target: () => JiraTarget): void {
  let installed: InstalledForgeFetch;
  beforeAll(() => {
    installed = installForgeFetch({ jira: target(), kvs: new KvsStore(), queue: new LocalQueue() });
  });
  afterAll(() => installed.uninstall());
}

function lastRequest() {
  const request = jira.requests.at(-1);
  if (!request) throw new Error('Jira received no request');
  return request;
}

describe('requestJira through the emulator target', () => {
  installWith(() => emulatorTarget(jira.url));

  it('reaches Jira as the user of the current invocation for asUser()', async () => {
    const response = await runWithInvocation({ accountId: ADA, kind: 'resolver' }, () =>
      asUser().requestJira(route`/rest/api/3/myself`),
    );

    expect(await response.json()).toMatchObject({ accountId: ADA });
    expect(lastRequest().url).toBe('/rest/api/3/myself');
  });

  it('reaches Jira as the app for asApp(), whoever the invocation belongs to', async () => {
    await runWithInvocation({ accountId: ADA, kind: 'resolver' }, () =>
      asApp().requestJira(route`/rest/api/3/myself`),
    );

    expect(lastRequest().headers['x-emulator-account-id']).toBe('app');
  });

  it('acts for the account named in asUser(accountId) rather than the caller', async () => {
    await runWithInvocation({ accountId: ADA, kind: 'resolver' }, () =>
      asUser(MAX).requestJira(route`/rest/api/3/myself`),
    );

    expect(lastRequest().headers['x-emulator-account-id']).toBe(MAX);
  });

  it('forwards the method, headers and body of the call unchanged', async () => {
    const body = JSON.stringify({ fields: { summary: 'Orders API' } });
    await runWithInvocation({ accountId: ADA, kind: 'resolver' }, () =>
      asUser().requestJira(route`/rest/api/3/issue?updateHistory=${'false'}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    );

    expect(lastRequest()).toMatchObject({
      method: 'POST',
      url: '/rest/api/3/issue?updateHistory=false',
      body,
      headers: expect.objectContaining({ 'content-type': 'application/json' }),
    });
  });

  it('refuses asUser() outside any invocation instead of guessing a user', async () => {
    const sent = jira.requests.length;

    await expect(asUser().requestJira(route`/rest/api/3/myself`)).rejects.toThrow(
      NoUserToActForError,
    );
    expect(jira.requests).toHaveLength(sent);
  });

  it('refuses asUser() in a queue consumer, where Forge provides no user', async () => {
    const call = runWithInvocation({ accountId: ADA, kind: 'consumer' }, () =>
      asUser().requestJira(route`/rest/api/3/myself`),
    );

    await expect(call).rejects.toThrow(/queue consumer.*Use asApp\(\)/);
  });
});

describe('requestJira through the real-site target', () => {
  installWith(() =>
    realSiteTarget({ baseUrl: `${jira.url}/site/`, email: 'ada@example.com', apiToken: 's3cret' }),
  );
  const basic = `Basic ${Buffer.from('ada@example.com:s3cret').toString('base64')}`;

  it('sends asUser() calls with Basic auth to the configured base URL', async () => {
    await runWithInvocation({ accountId: ADA, kind: 'resolver' }, () =>
      asUser().requestJira(route`/rest/api/3/myself`),
    );

    expect(lastRequest().url).toBe('/site/rest/api/3/myself');
    expect(lastRequest().headers.authorization).toBe(basic);
  });

  it('sends asApp() calls with the same Basic auth: the site sees the token owner', async () => {
    await asApp().requestJira(route`/rest/api/3/myself`);

    expect(lastRequest().headers.authorization).toBe(basic);
    expect(lastRequest().headers['x-emulator-account-id']).toBeUndefined();
  });
});

describe('jiraTargetFromEnv', () => {
  const site = {
    JIRA_BASE_URL: 'https://acme.atlassian.net',
    JIRA_EMAIL: 'ada@example.com',
    JIRA_API_TOKEN: 's3cret',
  };

  it('targets the real site when base URL, email and token are all set', () => {
    const target = jiraTargetFromEnv(site, 'http://127.0.0.1:9');

    expect(target).toMatchObject({ kind: 'real-site', baseUrl: 'https://acme.atlassian.net' });
  });

  it('targets the emulator when none of them is set', () => {
    const target = jiraTargetFromEnv({ JIRA_EMAIL: '  ' }, 'http://127.0.0.1:9/');

    expect(target).toMatchObject({ kind: 'emulator', baseUrl: 'http://127.0.0.1:9' });
  });

  it('names the missing variables when only some are set, instead of falling back', () => {
    const partial = () => jiraTargetFromEnv({ JIRA_BASE_URL: site.JIRA_BASE_URL }, 'http://x');

    expect(partial).toThrow(IncompleteJiraSiteConfigError);
    expect(partial).toThrow(/missing: JIRA_EMAIL, JIRA_API_TOKEN/);
  });

  it('rejects a base URL that is not http(s) without echoing the token', () => {
    const invalid = () => jiraTargetFromEnv({ ...site, JIRA_BASE_URL: 'acme' }, 'http://x');

    expect(invalid).toThrow(/JIRA_BASE_URL must be an http\(s\) URL/);
    expect(invalid).not.toThrow(/s3cret/);
  });
});
