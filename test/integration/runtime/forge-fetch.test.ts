import api, { asApp, getAppContext, privacy, route } from '@forge/api';
import {
  installForgeFetch,
  UnroutableForgeCallError,
  type InstalledForgeFetch,
} from '../../../dev/runtime/forge-fetch';
import { runWithInvocation } from '../../../dev/runtime/invocation';
import { emulatorTarget, realSiteTarget } from '../../../dev/runtime/jira-target';
import { KvsStore } from '../../../dev/runtime/kvs-store';
import { DEFAULT_LOCAL_APP } from '../../../dev/runtime/local-app';
import { LocalQueue } from '../../../dev/runtime/local-queue';

let installed: InstalledForgeFetch;
beforeEach(() => {
  // Jira is never reached by these tests; its target points at a closed port.
  installed = installForgeFetch({
    jira: emulatorTarget('http://127.0.0.1:9'),
    kvs: new KvsStore(),
    queue: new LocalQueue(),
  });
});
afterEach(() => installed.uninstall());

describe('installForgeFetch', () => {
  it('fails loudly on a platform call it does not emulate, naming the target', async () => {
    const call = asApp().requestConfluence(route`/wiki/api/v2/pages`);

    await expect(call).rejects.toThrow(UnroutableForgeCallError);
    await expect(call).rejects.toThrow(
      /type=fpp provider=app remote=confluence path=\/wiki\/api\/v2\/pages/,
    );
  });

  it('sends privacy.reportPersonalData to a real site never: it fails loudly instead', async () => {
    installed.uninstall();
    installed = installForgeFetch({
      jira: realSiteTarget({
        baseUrl: 'http://127.0.0.1:9',
        email: 'dev@example.com',
        apiToken: 'a-token',
      }),
      kvs: new KvsStore(),
      queue: new LocalQueue(),
    });
    const call = privacy.reportPersonalData([
      { accountId: '5b10a2844c20165700ede21a', updatedAt: '2031-01-01T00:00:00.000Z' },
    ]);
    await expect(call).rejects.toThrow(UnroutableForgeCallError);
    await expect(call).rejects.toThrow(/personal data reporting API \(\/app\/report-accounts\)/);
  });

  it('refuses requestJira made without asUser() or asApp()', async () => {
    await expect(api.requestJira(route`/rest/api/3/myself`)).rejects.toThrow(
      /requestJira without asUser\(\) or asApp\(\)/,
    );
  });

  it('gives getAppContext() the local app and the running invocation', () => {
    const context = runWithInvocation(
      {
        accountId: '5b10a2844c20165700ede21a',
        kind: 'resolver',
        invocationId: 'invocation-1',
        deadline: Date.now() + 10_000,
      },
      () => getAppContext(),
    );

    expect(context).toMatchObject({
      appVersion: DEFAULT_LOCAL_APP.appVersion,
      environmentType: 'DEVELOPMENT',
      invocationId: 'invocation-1',
    });
    expect(String(context.appAri)).toBe(`ari:cloud:ecosystem::app/${DEFAULT_LOCAL_APP.appId}`);
    expect(context.invocationRemainingTimeInMillis()).toBeGreaterThan(9_000);
    expect(context.invocationRemainingTimeInMillis()).toBeLessThanOrEqual(10_000);
  });

  it('removes the Forge globals on uninstall, so the libraries fail as outside Forge', async () => {
    installed.uninstall();

    await expect(asApp().requestJira(route`/rest/api/3/myself`)).rejects.toThrow(
      'global.__forge_fetch__ is not a function',
    );
  });
});
