import { __requestAtlassianAsApp, asApp, asUser, route } from '@forge/api';
import {
  InternalServerError,
  InvocationError,
  InvocationErrorCode,
  PayloadTooBigError,
  Queue,
} from '@forge/events';
import { validatePushAPIResponse } from '@forge/events/out/validators';
import { installForgeFetch, type InstalledForgeFetch } from '../../../dev/runtime/forge-fetch';
import {
  currentInvocation,
  runWithInvocation,
  type Invocation,
} from '../../../dev/runtime/invocation';
import { emulatorTarget, NoUserToActForError } from '../../../dev/runtime/jira-target';
import { KvsStore } from '../../../dev/runtime/kvs-store';
import {
  ConsumerTimeoutError,
  LocalQueue,
  type LocalQueueOptions,
  type QueueConsumer,
} from '../../../dev/runtime/local-queue';
import { startRecordingJira, type RecordingJira } from './fixtures/recording-jira';

const ADA = '5b10a2844c20165700ede21a';
const PUSH_PATH = '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}';

let jira: RecordingJira;
beforeAll(async () => {
  jira = await startRecordingJira();
});
afterAll(() => jira.close());

let queue: LocalQueue;
let installed: InstalledForgeFetch;

/** Installs a LocalQueue with these consumers behind __forge_fetch__ for one test. */
function startQueue(
  consumers: Record<string, QueueConsumer>,
  options: LocalQueueOptions = {},
): LocalQueue {
  queue = new LocalQueue({ msPerSecond: 0, ...options, consumers });
  installed = installForgeFetch({ jira: emulatorTarget(jira.url), kvs: new KvsStore(), queue });
  return queue;
}

afterEach(async () => {
  await queue.close();
  installed.uninstall();
});

const asAda = <T>(fn: () => Promise<T>): Promise<T> =>
  runWithInvocation({ accountId: ADA, kind: 'resolver' }, fn);

describe('LocalQueue delivering @forge/events pushes', () => {
  it('hands the consumer the pushed body with its job id, queue name and an event id', async () => {
    const events: unknown[] = [];
    const contexts: unknown[] = [];
    startQueue({
      'bb-runs': (event, context) => {
        events.push(event);
        contexts.push(context);
      },
    });

    const { jobId } = await asAda(() =>
      new Queue({ key: 'bb-runs' }).push({ body: { runId: 'r1' } }),
    );
    await queue.drain();

    expect(events).toEqual([
      { body: { runId: 'r1' }, queueName: 'bb-runs', jobId, eventId: expect.any(String) },
    ]);
    expect(contexts).toEqual([
      { installContext: expect.stringMatching(/^ari:cloud:jira::site\//) },
    ]);
  });

  it('answers the push before the consumer has finished', async () => {
    let release: () => void = () => undefined;
    const finished: string[] = [];
    startQueue({
      'bb-runs': async () => {
        await new Promise<void>((resolve) => (release = resolve));
        finished.push('consumer');
      },
    });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    finished.push('push');
    const drained = queue.drain();
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await drained;

    expect(finished).toEqual(['push', 'consumer']);
  });

  it('runs the consumer as an invocation of the user who pushed', async () => {
    const seen: (Invocation | undefined)[] = [];
    startQueue({ 'bb-runs': () => void seen.push(currentInvocation()) });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();

    expect(seen).toEqual([expect.objectContaining({ accountId: ADA, kind: 'consumer' })]);
    expect(queue.history()).toEqual([
      expect.objectContaining({ pushedBy: ADA, outcome: 'succeeded' }),
    ]);
  });

  it('lets the consumer call Jira as the app', async () => {
    startQueue({
      'bb-runs': async () => {
        await asApp().requestJira(route`/rest/api/3/myself`);
      },
    });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();

    expect(jira.requests.at(-1)?.headers['x-emulator-account-id']).toBe('app');
  });

  it('fails an event whose consumer calls asUser(), as Forge has no user there', async () => {
    startQueue({
      'bb-runs': async () => {
        await asUser().requestJira(route`/rest/api/3/myself`);
      },
    });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();

    expect(queue.history()).toEqual([
      expect.objectContaining({ outcome: 'failed', error: expect.any(NoUserToActForError) }),
    ]);
  });

  it('waits in drain() for events that consumers push in turn', async () => {
    const ran: string[] = [];
    startQueue({
      first: async () => {
        ran.push('first');
        await new Queue({ key: 'second' }).push({ body: {} });
      },
      second: () => void ran.push('second'),
    });

    await asAda(() => new Queue({ key: 'first' }).push({ body: {} }));
    await queue.drain();

    expect(ran).toEqual(['first', 'second']);
    expect(queue.history().map((event) => event.pushedBy)).toEqual([ADA, ADA]);
  });

  it('delivers an event no sooner than its delayInSeconds', async () => {
    let ranAt = 0;
    startQueue({ 'bb-runs': () => void (ranAt = Date.now()) }, { msPerSecond: 10 });

    const pushedAt = Date.now();
    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {}, delayInSeconds: 5 }));
    await queue.drain();

    expect(ranAt - pushedAt).toBeGreaterThanOrEqual(45);
  });

  it('reports job progress through JobProgress.getStats()', async () => {
    startQueue({ 'bb-runs': () => undefined });
    const runs = new Queue({ key: 'bb-runs' });

    const { jobId } = await asAda(() => runs.push([{ body: { n: 1 } }, { body: { n: 2 } }]));
    await queue.drain();

    expect(await runs.getJob(jobId).getStats()).toEqual({ success: 2, inProgress: 0, failed: 0 });
  });
});

describe('LocalQueue retries and time limits', () => {
  it('redelivers an event whose consumer asks for a retry, with a retry context', async () => {
    const retryContexts: unknown[] = [];
    startQueue({
      'bb-runs': (event) => {
        retryContexts.push(event.retryContext);
        if (event.retryContext) return undefined;
        return new InvocationError({
          retryAfter: 5,
          retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
          retryData: { page: 2 },
        });
      },
    });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();

    expect(retryContexts).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { page: 2 } },
    ]);
    expect(queue.history()).toEqual([
      expect.objectContaining({ outcome: 'succeeded', attempts: 2 }),
    ]);
  });

  it('fails an event after four retries', async () => {
    startQueue({ 'bb-runs': () => new InvocationError() });

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();

    expect(queue.history()).toEqual([expect.objectContaining({ outcome: 'failed', attempts: 5 })]);
  });

  it('stops waiting for a consumer that runs past its time limit', async () => {
    let release: () => void = () => undefined;
    startQueue(
      { 'bb-runs': () => new Promise<void>((resolve) => (release = resolve)) },
      { consumerTimeoutMs: 30 },
    );

    await asAda(() => new Queue({ key: 'bb-runs' }).push({ body: {} }));
    await queue.drain();
    release();

    expect(queue.history()).toEqual([
      expect.objectContaining({ outcome: 'failed', error: expect.any(ConsumerTimeoutError) }),
    ]);
  });

  it('drops the events of a cancelled job that have not started', async () => {
    const ran: unknown[] = [];
    startQueue({ 'bb-runs': (event) => void ran.push(event) }, { msPerSecond: 1000 });
    const runs = new Queue({ key: 'bb-runs' });

    const { jobId } = await asAda(() => runs.push({ body: {}, delayInSeconds: 60 }));
    await runs.cancel(jobId);
    await queue.drain();

    expect(ran).toEqual([]);
    expect(queue.history()).toEqual([expect.objectContaining({ jobId, outcome: 'cancelled' })]);
  });
});

describe('LocalQueue push limits', () => {
  const rawPush = (payload: unknown[]) =>
    __requestAtlassianAsApp(PUSH_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ queueName: 'bb-runs', jobId: 'job-1', payload }),
    });

  it('refuses more than 50 events in one push, even from a client that does not check', async () => {
    const ran: unknown[] = [];
    startQueue({ 'bb-runs': (event) => void ran.push(event) });

    const response = await rawPush(Array.from({ length: 51 }, () => ({ body: {} })));

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: 'This push contains more than the 50 events allowed.',
    });
    expect(ran).toEqual([]);
  });

  it('refuses a push over 200 KB so that @forge/events reports PayloadTooBigError', async () => {
    startQueue({ 'bb-runs': () => undefined });
    const payload = [{ body: { text: 'x'.repeat(205 * 1024) } }];

    const response = await rawPush(payload);

    expect(response.status).toBe(413);
    await expect(
      validatePushAPIResponse({ payload } as never, response, { jobId: 'job-1' }),
    ).rejects.toThrow(new PayloadTooBigError('The maximum payload size is 200KB.'));
  });

  it('names the queue when no consumer is registered for it', async () => {
    startQueue({ 'bb-runs': () => undefined });

    const push = asAda(() => new Queue({ key: 'bb-other' }).push({ body: {} }));

    await expect(push).rejects.toThrow(InternalServerError);
    await expect(push).rejects.toThrow(/No consumer is registered for queue "bb-other"/);
  });
});
