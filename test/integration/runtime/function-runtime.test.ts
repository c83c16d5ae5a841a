import { kvs } from '@forge/kvs';
import {
  createFunctionRuntime,
  InvalidInvocationContextError,
  MissingHandlerError,
  ResolverTimeoutError,
  type FunctionRuntime,
  type InvocationContext,
} from '../../../dev/runtime/function-runtime';
import { emulatorTarget } from '../../../dev/runtime/jira-target';
import * as handlers from './fixtures/handlers';
import { startRecordingJira, type RecordingJira } from './fixtures/recording-jira';

const ADA = '5b10a2844c20165700ede21a';
const MAX = '5b10a2844c20165700ede21b';

const panelOnShop2 = (accountId: string): InvocationContext => ({
  accountId,
  cloudId: 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  moduleKey: 'backend-breakdown-panel',
  localId: 'panel-1',
  extension: {
    type: 'jira:issuePanel',
    issue: { id: '10101', key: 'SHOP-2', type: 'Story', typeId: '10001' },
    project: { id: '10000', key: 'SHOP', type: 'software' },
  },
  locale: 'en-US',
  timezone: 'Europe/Madrid',
});

let jira: RecordingJira;
beforeAll(async () => {
  jira = await startRecordingJira();
});
afterAll(() => jira.close());

let runtime: FunctionRuntime;
beforeEach(() => {
  runtime = createFunctionRuntime({
    handlers,
    jira: emulatorTarget(jira.url),
    queueConsumers: { 'bb-runs': 'runConsumer' },
    queueMsPerSecond: 0,
    resolverTimeoutMs: 100,
  });
});
afterEach(() => runtime.close());

describe('FunctionRuntime.invoke', () => {
  it('runs the resolver as the context user, who is also the one Jira sees', async () => {
    const result = await runtime.invoke({ functionKey: 'whoami', context: panelOnShop2(ADA) });

    expect(result).toEqual({
      contextAccountId: ADA,
      jira: { accountId: ADA, authorization: null },
    });
  });

  it('gives the resolver the payload and the issue of the context', async () => {
    await runtime.invoke({
      functionKey: 'note/save',
      payload: { text: 'Orders first' },
      context: panelOnShop2(MAX),
    });

    expect(await runtime.invoke({ functionKey: 'note/get', context: panelOnShop2(ADA) })).toEqual({
      note: { text: 'Orders first' },
    });
    expect(runtime.kvs.snapshot().kvs).toHaveProperty(['note:10101']);
  });

  it('hands the resolver a copy of the payload, as the bridge sends JSON', async () => {
    const payload = { text: 'draft', when: new Date('2026-03-01T00:00:00Z') };

    await runtime.invoke({ functionKey: 'note/save', payload, context: panelOnShop2(ADA) });

    expect(runtime.kvs.snapshot().kvs?.['note:10101']?.value).toEqual({
      text: 'draft',
      when: '2026-03-01T00:00:00.000Z',
    });
  });

  it('runs a pushed run in the consumer, which records it as the app', async () => {
    await runtime.invoke({
      functionKey: 'run/start',
      payload: { runId: 'r1' },
      context: panelOnShop2(MAX),
    });
    await runtime.queue.drain();

    expect(await kvs.get('run:r1')).toEqual({ status: 'done', startedBy: MAX, jiraStatus: 200 });
    expect(jira.requests.at(-1)?.headers['x-emulator-account-id']).toBe('app');
  });

  it('rejects a context Forge would never send, before running the resolver', async () => {
    const context = { ...panelOnShop2(ADA), extension: { type: 'jira:issuePanel' } };
    const sent = jira.requests.length;

    await expect(
      runtime.invoke({ functionKey: 'whoami', context: context as unknown as InvocationContext }),
    ).rejects.toThrow(InvalidInvocationContextError);
    expect(jira.requests).toHaveLength(sent);
  });

  it('rejects an unknown resolver key with @forge/resolver\u2019s own error', async () => {
    await expect(
      runtime.invoke({ functionKey: 'nope', context: panelOnShop2(ADA) }),
    ).rejects.toThrow("Resolver has no definition for 'nope'.");
  });

  it('stops waiting for a resolver that runs past the function time limit', async () => {
    await expect(
      runtime.invoke({ functionKey: 'slow', context: panelOnShop2(ADA) }),
    ).rejects.toThrow(ResolverTimeoutError);
  });
});

describe('createFunctionRuntime', () => {
  it('names a consumer export the handlers module lacks', () => {
    const create = () =>
      createFunctionRuntime({
        handlers,
        jira: emulatorTarget(jira.url),
        queueConsumers: { 'bb-other': 'otherConsumer' },
      });

    expect(create).toThrow(MissingHandlerError);
    expect(create).toThrow(/"otherConsumer" \(consumer of queue bb-other\)/);
  });

  it('refuses a second runtime while one is installed, and allows it after close()', async () => {
    const second = () => createFunctionRuntime({ handlers, jira: emulatorTarget(jira.url) });

    expect(second).toThrow(/already installed/);
    await runtime.close();
    runtime = second();
    expect(runtime.kvs.snapshot()).toEqual({});
  });
});
