import { startDevStack, type DevStack } from '../../../dev/stack';
import type { Provenance } from '../../../src/contract';
import type { RunView } from '../../../src/run/run';
import type { RunOutline } from '../../../src/run/decide/run-outline';
import { devInvoke, devInvokeData } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

let stack: DevStack;
let run: RunView;

const data = <T>(functionKey: string, issueKey: string, payload: unknown = {}) =>
  devInvokeData<T>(stack.hostUrl, { functionKey, issueKey, payload, user: 'member' });

beforeAll(async () => {
  stack = await startDevStack();
  await data('draft/save', 'SHOP-3', { draft: aDraft(), baseVersion: 0 });
  run = await data<RunView>('plan/apply', 'SHOP-3', {
    templateId: 'backend-service-breakdown',
    reuseCurrentEpic: false,
  });
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

const keyOf = (localId: string): string => {
  const item = run.items.find((i) => i.localId === localId);
  if (item?.outcome !== 'created') throw new Error(`${localId} was not created`);
  return item.key;
};

describe('provenance/get', () => {
  it('tells the origin issue that a breakdown ran: when, by whom, what it created', async () => {
    expect(run.status).toBe('succeeded');
    const { ran, createdBy } = await data<Provenance>('provenance/get', 'SHOP-3');
    expect(createdBy).toBeNull();
    const keys = run.items.map((i) => (i.outcome === 'created' ? i.key : '')).filter(Boolean);
    const numbers = keys.map((k) => Number(k.split('-')[1]));
    expect(ran).toEqual({
      kind: 'breakdown',
      at: run.startedAt,
      by: 'Max Member',
      status: 'succeeded',
      issues: keys.length,
      firstKey: `SHOP-${String(Math.min(...numbers))}`,
      lastKey: `SHOP-${String(Math.max(...numbers))}`,
    });
  });

  it('tells an issue the breakdown created where it came from and what it belongs to', async () => {
    const epic = await data<Provenance>('provenance/get', keyOf('epic'));
    expect(epic.createdBy).toEqual({
      kind: 'breakdown',
      origin: { key: 'SHOP-3', summary: 'Payment provider spike' },
      at: run.startedAt,
      by: 'Max Member',
      parent: null,
    });
    expect(epic.ran).toBeNull();
    const service = await data<Provenance>('provenance/get', keyOf('service:orders'));
    expect(service.createdBy?.parent?.key).toBe(keyOf('epic'));
  });

  it('trusts no copy of the property on an issue the run did not make', async () => {
    const epic = stack.emulator!.issues('SHOP').find((i) => i.key === keyOf('epic'))!;
    const value = epic.properties['backend-breakdown'];
    const put = await fetch(
      `${stack.hostUrl}/__dev/jira/rest/api/3/issue/SHOP-2/properties/backend-breakdown`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-dev-user': 'member' },
        body: JSON.stringify(value),
      },
    );
    expect(put.ok).toBe(true);
    const copied = await data<Provenance>('provenance/get', 'SHOP-2');
    expect(copied.createdBy).toBeNull();
  });

  it('is asked from an issue only', async () => {
    const { answer } = await devInvoke(stack.hostUrl, {
      functionKey: 'provenance/get',
      module: 'jira:projectSettingsPage',
      projectKey: 'SHOP',
    });
    expect(answer.error?.code).toBe('UNSUPPORTED_CONTEXT');
  });
});

describe('run/outline', () => {
  it('names each item of the run with its summary, Jira issue type and place in the tree', async () => {
    const outline = await data<RunOutline>('run/outline', 'SHOP-3', { runId: run.runId });
    expect(outline.items.map((i) => i.localId)).toEqual(run.items.map((i) => i.localId));
    const epic = outline.items.find((i) => i.localId === 'epic');
    expect(epic).toMatchObject({ issueType: 'Epic', parent: null });
    const orders = outline.items.find((i) => i.localId === 'service:orders');
    expect(orders?.issueType).toBe('Story');
    expect(orders?.parent).toEqual({ kind: 'item', localId: 'epic' });
    const subtask = outline.items.find((i) => i.localId === 'service:orders/errors');
    expect(subtask?.issueType).toBe('Sub-task');
    expect(outline.parents).toEqual([]);
  });

  it('is seen only from the run’s project', async () => {
    const { answer } = await devInvoke(stack.hostUrl, {
      functionKey: 'run/outline',
      issueKey: 'TEAM-2',
      payload: { runId: run.runId },
    });
    expect(answer.error?.code).toBe('NOT_FOUND');
  });
});
