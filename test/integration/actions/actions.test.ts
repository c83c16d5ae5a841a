/**
 * The actions Automation rules and the Rovo agent call, through the dev host's
 * `POST /__dev/action` and the dev runtime, on the emulator: the same engine as the panel and the
 * epic action, exactly once under retried and racing rule executions, refusing a viewer with a
 * clear message and nothing written, queuing a large fan-out, and previewing in words.
 */
import { startDevStack, type DevStack } from '../../../dev/stack';
import { SEED_USERS } from '../../../dev/emulator';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';
import { devAction } from '../../support/dev-action';
import { devInvoke } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack({ queueMsPerSecond: 0 });
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${stack.jiraUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-emulator-account-id': SEED_USERS.admin.accountId,
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as T;
}

/** An epic in SHOP with `children` stories, created through Jira's REST API as the admin. */
async function anEpic(children: number): Promise<{ id: string; key: string; children: string[] }> {
  const epic = await post<{ id: string; key: string }>('/rest/api/3/issue', {
    fields: { project: { id: '10000' }, issuetype: { id: '10000' }, summary: 'Payments platform' },
  });
  const keys: string[] = [];
  for (let start = 0; start < children; start += 50) {
    const body = await post<{ issues: { key: string }[] }>('/rest/api/3/issue/bulk', {
      issueUpdates: Array.from({ length: Math.min(50, children - start) }, (_, i) => ({
        fields: {
          project: { id: '10000' },
          issuetype: { id: '10001' },
          summary: `Service ${start + i + 1}`,
          parent: { key: epic.key },
        },
      })),
    });
    keys.push(...body.issues.map((i) => i.key));
  }
  return { ...epic, children: keys };
}

const subtasksUnder = (keys: readonly string[]) => {
  const parents = new Set(keys);
  return (stack.emulator?.issues('SHOP') ?? []).filter(
    (i) => i.issueType.subtask && i.parentKey !== null && parents.has(i.parentKey),
  );
};

/** Sub-task summaries per child: each appears once when nothing was created twice. */
function duplicates(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const issue of subtasksUnder(keys)) {
    const id = `${issue.parentKey ?? ''}/${issue.summary}`;
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}

/** The run an action answered with, as the epic action shows it, once it stopped. */
async function finished(
  runId: string,
  issueKey: string,
): Promise<Record<string, unknown> & { status: string; counts: Record<string, number> }> {
  for (let i = 0; i < 400; i++) {
    const { answer } = await devInvoke(stack.hostUrl, {
      functionKey: 'run/get',
      payload: { runId },
      module: 'jira:issueAction',
      issueKey,
    });
    expect(answer.ok).toBe(true);
    const run = answer.data as { status: string; counts: Record<string, number> };
    if (!['queued', 'running'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Run ${runId} did not stop.`);
}

const generate = (epicKey: string, extra: Record<string, unknown> = {}) =>
  devAction(stack.hostUrl, {
    actionKey: 'generate-template-subtasks',
    payload: { epicKey, ruleName: 'Sub-tasks for new epics', ...extra },
  });

describe('actions for Automation and Rovo', () => {
  it('creates once when Automation delivers the same rule execution twice, and answers the same', async () => {
    const epic = await anEpic(3);
    const first = await generate(epic.key, { executionId: 'exec-a1' });
    expect(first.status).toBe(200);
    expect(first.answer.errors).toBeUndefined();
    const run = await finished(first.answer.run.runId, epic.key);
    expect(run.status).toBe('succeeded');
    const created = subtasksUnder(epic.children).length;
    expect(created).toBe(run.counts.created);
    expect(created).toBeGreaterThanOrEqual(3);

    const retry = await generate(epic.key, { executionId: 'exec-a1' });
    expect(retry.answer.repeated).toBe(true);
    expect(retry.answer.run.runId).toBe(first.answer.run.runId);
    expect(subtasksUnder(epic.children)).toHaveLength(created);
    expect(duplicates(epic.children)).toEqual([]);
    // No second run in the epic's history: the latest run is still the first one.
    const latest = await devInvoke(stack.hostUrl, {
      functionKey: 'run/latest',
      payload: {},
      module: 'jira:issueAction',
      issueKey: epic.key,
    });
    expect(latest.answer.data.runId).toBe(first.answer.run.runId);
  });

  it('creates once when two rules fire on the same epic at the same moment', async () => {
    const epic = await anEpic(4);
    const [a, b] = await Promise.all([
      generate(epic.key, { executionId: 'rule-1:exec-1', ruleName: 'On create' }),
      generate(epic.key, { executionId: 'rule-2:exec-9', ruleName: 'On ready' }),
    ]);
    for (const answer of [a.answer, b.answer]) {
      expect(answer.errors).toBeUndefined();
      await finished(answer.run.runId, epic.key);
    }
    expect(duplicates(epic.children)).toEqual([]);
    const created = subtasksUnder(epic.children).length;
    expect(created).toBeGreaterThanOrEqual(4);
    // A third rule later creates nothing new either.
    const later = await generate(epic.key, { executionId: 'rule-3:exec-1' });
    await finished(later.answer.run.runId, epic.key);
    expect(subtasksUnder(epic.children)).toHaveLength(created);
  });

  it('creates once when one execution is delivered again while the first delivery still works', async () => {
    const epic = await anEpic(3);
    const [a, b] = await Promise.all([
      generate(epic.key, { executionId: 'exec-twice-at-once' }),
      generate(epic.key, { executionId: 'exec-twice-at-once' }),
    ]);
    // The second goes to the engine, which joins the first's run rather than starting another.
    expect(b.answer.run.runId).toBe(a.answer.run.runId);
    await finished(a.answer.run.runId, epic.key);
    expect(duplicates(epic.children)).toEqual([]);
  });

  it('creates once when Jira’s answer to the bulk create is lost on the way', async () => {
    const epic = await anEpic(3);
    stack.emulator?.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      dropResponse: true,
      times: 1,
    });
    try {
      const { answer } = await generate(epic.key, { executionId: 'lost-answer-1' });
      expect(answer.errors).toBeUndefined();
      const run = await finished(answer.run.runId, epic.key);
      expect(run.status).toBe('succeeded');
      // The fault did happen: one bulk create's answer never reached the action.
      expect(stack.emulator?.faults().map((f) => f.applied)).toEqual([1]);
    } finally {
      stack.emulator?.clearFaults();
    }
    expect(duplicates(epic.children)).toEqual([]);
    expect(subtasksUnder(epic.children).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves a run the epic action can undo like any other', async () => {
    const epic = await anEpic(2);
    const { answer } = await generate(epic.key, { executionId: 'undo-me' });
    await finished(answer.run.runId, epic.key);
    expect(subtasksUnder(epic.children).length).toBeGreaterThan(0);
    const undo = await devInvoke(stack.hostUrl, {
      functionKey: 'run/undo',
      payload: { runId: answer.run.runId, confirm: true },
      module: 'jira:issueAction',
      issueKey: epic.key,
      user: 'admin',
    });
    expect(undo.answer.ok).toBe(true);
    expect(undo.answer.data.notDeleted).toEqual([]);
    expect(subtasksUnder(epic.children)).toEqual([]);
    const run = await finished(answer.run.runId, epic.key);
    expect(run.status).toBe('undone');
  });

  it('refuses a viewer with a message for the audit log, and writes nothing', async () => {
    const epic = await anEpic(2);
    const before = stack.emulator?.issues('SHOP').length;
    const { status, answer } = await devAction(stack.hostUrl, {
      actionKey: 'generate-template-subtasks',
      user: 'viewer',
      payload: { epicKey: epic.key, executionId: 'viewer-exec' },
    });
    expect(status).toBe(200);
    expect(answer).toEqual({
      errors: [
        { message: expect.stringMatching(/permission to create issues.*Nothing was created/) },
      ],
    });
    expect(stack.emulator?.issues('SHOP').length).toBe(before);
    const latest = await devInvoke(stack.hostUrl, {
      functionKey: 'run/latest',
      payload: {},
      module: 'jira:issueAction',
      issueKey: epic.key,
    });
    expect(latest.answer).toEqual({ ok: true, data: null });

    const breakdown = await devAction(stack.hostUrl, {
      actionKey: 'break-down-issue',
      user: 'viewer',
      payload: { issueKey: 'SHOP-3' },
    });
    expect(breakdown.answer.errors?.[0]?.message).toMatch(/"Create issues" permission in SHOP/);
  });

  it('says so plainly when the issue does not exist or cannot be seen, or the input is wrong', async () => {
    const missing = await generate('SHOP-9999');
    expect(missing.answer.errors[0].message).toBe(
      'SHOP-9999 does not exist, or you do not have permission to see it.',
    );
    const malformed = await generate('not a key');
    expect(malformed.answer.errors[0].message).toMatch(/"epicKey".*issue key such as PAY-12/);
    const none = await devAction(stack.hostUrl, { actionKey: 'generate-template-subtasks' });
    expect(none.answer.errors[0].message).toMatch(/Say which issue/);
  });

  it('sends a fan-out over 1,000 children to the queue and says where to follow it', async () => {
    const epic = await anEpic(1_000);
    const { answer } = await generate(epic.key, { executionId: 'big-1', items: 'contract' });
    expect(answer.errors).toBeUndefined();
    expect(answer.run.mode).toBe('queued');
    expect(answer.message).toMatch(
      new RegExp(`^Creating 1,000 sub-tasks for ${epic.key} runs in the background`),
    );
    expect(answer.message).toContain(`/browse/${epic.key}`);
    expect(answer.issue.url).toMatch(new RegExp(`/browse/${epic.key}$`));
    // The epic action shows the same run; stop it there so the queue does not outlive the test.
    await devInvoke(stack.hostUrl, {
      functionKey: 'run/cancel',
      payload: { runId: answer.run.runId },
      module: 'jira:issueAction',
      issueKey: epic.key,
      user: 'member',
    });
  });

  it('previews in words an agent can relay, from the issue the chat is open on, creating nothing', async () => {
    const epic = await anEpic(2);
    const { answer } = await devAction(stack.hostUrl, {
      actionKey: 'preview-breakdown',
      issueKey: epic.key,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.kind).toBe('subtasks');
    expect(answer.message).toMatch(
      new RegExp(
        `^Generating ".+" on ${epic.key} would create \\d+ sub-tasks under 2 children \\(.+ for each\\)\\. Nothing has been created`,
      ),
    );
    expect(answer.children.map((c: { key: string }) => c.key)).toEqual(epic.children);
    expect(answer.children[0].create.length).toBeGreaterThan(0);
    // No internal ids an agent would repeat to a person.
    expect(JSON.stringify(answer)).not.toMatch(/epic-\d+|accountId|localId/);
    expect(subtasksUnder(epic.children)).toEqual([]);
  });

  it('creates an issue’s saved breakdown like the panel’s Create, after a preview that lists it', async () => {
    const saved = await devInvoke(stack.hostUrl, {
      functionKey: 'draft/save',
      payload: { draft: aDraft(), baseVersion: 0 },
      issueKey: 'SHOP-3',
    });
    expect(saved.answer.ok).toBe(true);
    const preview = await devAction(stack.hostUrl, {
      actionKey: 'preview-breakdown',
      payload: { issueKey: 'SHOP-3' },
    });
    expect(preview.answer.kind).toBe('breakdown');
    expect(preview.answer.message).toMatch(
      /^Creating the breakdown of SHOP-3 would create \d+ issues: 1 Epic, .+\. Nothing has been created/,
    );
    const created = await devAction(stack.hostUrl, {
      actionKey: 'break-down-issue',
      payload: { issueKey: 'SHOP-3', executionId: 'bd-1', ruleName: 'Break down when ready' },
    });
    expect(created.answer.errors).toBeUndefined();
    const run = await finished(created.answer.run.runId, 'SHOP-3');
    expect(run.status).toBe('succeeded');
    expect(run.counts.created).toBe(preview.answer.create.length);
    // The panel shows the same run as the latest of this issue's breakdown.
    const latest = await devInvoke(stack.hostUrl, {
      functionKey: 'run/latest',
      payload: {},
      issueKey: 'SHOP-3',
    });
    expect(latest.answer.data.runId).toBe(created.answer.run.runId);
    // And says who ran it, through which rule, and when.
    const provenance = await devInvoke(stack.hostUrl, {
      functionKey: 'provenance/get',
      payload: {},
      issueKey: 'SHOP-3',
    });
    expect(provenance.answer.data.ran).toMatchObject({
      kind: 'breakdown',
      by: 'Max Member',
      via: { kind: 'automation', rule: 'Break down when ready' },
      status: 'succeeded',
    });
  });
});
