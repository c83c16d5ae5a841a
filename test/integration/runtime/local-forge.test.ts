import { asApp, asUser, route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { SEED_USERS } from '../../../dev/emulator/seed';
import { startLocalForge, type LocalForge } from '../../support/local-forge';
import * as handlers from './fixtures/handlers';

/** The status and body of a Jira answer, read inside the invocation that made the call. */
async function answerOf(
  request: Promise<{ status: number; json(): Promise<unknown> }>,
): Promise<{ status: number; body: unknown }> {
  const response = await request;
  return { status: response.status, body: await response.json() };
}

describe('startLocalForge with the Jira emulator', () => {
  let forge: LocalForge;
  beforeAll(async () => {
    forge = await startLocalForge({ handlers, queueConsumers: { 'bb-runs': 'runConsumer' } });
  });
  afterAll(() => forge.stop());

  it('runs app code as a seeded user, whom the emulator recognises', async () => {
    const answer = await forge.runAs('member', () =>
      answerOf(asUser().requestJira(route`/rest/api/3/myself`)),
    );

    expect(answer).toMatchObject({
      status: 200,
      body: { accountId: SEED_USERS.member.accountId, displayName: 'Max Member' },
    });
  });

  it('reaches the emulator as the app for asApp()', async () => {
    await forge.runAs('viewer', () => asApp().requestJira(route`/rest/api/3/myself`));

    expect(forge.emulator.requestLog().at(-1)).toMatchObject({ account: 'app' });
  });

  it('invokes a resolver of the given handlers as the context user', async () => {
    const result = await forge.invoke({
      functionKey: 'whoami',
      context: {
        accountId: SEED_USERS.admin.accountId,
        cloudId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
        moduleKey: 'backend-breakdown-panel',
        localId: 'panel-1',
        extension: {
          type: 'jira:issuePanel',
          issue: { id: '10101', key: 'SHOP-2', type: 'Story', typeId: '10001' },
          project: { id: '10000', key: 'SHOP', type: 'software' },
        },
        locale: 'en-US',
        timezone: 'UTC',
      },
    });

    expect(result).toMatchObject({
      contextAccountId: SEED_USERS.admin.accountId,
      jira: { accountId: SEED_USERS.admin.accountId },
    });
  });
});

describe('startLocalForge instances', () => {
  it('each start with a fresh store, so tests do not see each other\u2019s data', async () => {
    const first = await startLocalForge();
    await kvs.set('run:1', 'first');
    await first.stop();

    const second = await startLocalForge();
    const seen = await kvs.get('run:1');
    await second.stop();

    expect(seen).toBeUndefined();
  });

  it('refuses invoke() when started without handlers', async () => {
    const forge = await startLocalForge();
    const invoke = forge.invoke({ functionKey: 'whoami', context: {} as never });
    await forge.stop();

    await expect(invoke).rejects.toThrow(/no handlers/);
  });
});
