/**
 * The weekly personal data report, end to end on the local stand-in: the app's own records
 * (made through its resolvers and actions, as people make them), `privacy.reportPersonalData`
 * through the local Forge runtime to the emulator's reporting endpoint, and the erasure of a
 * closed account across every store, after which the records still load and render.
 */
import { privacy } from '@forge/api';
import { SEED_USERS, type JiraEmulator } from '../../../dev/emulator';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { builtInTemplate, type Template } from '../../../src/domain';
import { FORMER_USER_ID, REPORT_LIMIT } from '../../../src/domain/privacy/personal-data';
import * as handlers from '../../../src/index';
import {
  reportPersonalData,
  type PersonalDataReportSummary,
} from '../../../src/privacy/report-personal-data';
import { appStorageEntries, type StoredEntry } from '../../../src/storage/app-storage-entries';
import { forgeKvs } from '../../../src/storage/run-kvs';

const forgeStorageEntries = appStorageEntries(forgeKvs);
import { devAction } from '../../support/dev-action';
import { devInvokeData, saveDraftOver } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

jest.setTimeout(120_000);

const CLOSED = SEED_USERS.admin.accountId;
const KEPT = SEED_USERS.member.accountId;

let stack: DevStack;
let emulator: JiraEmulator;

beforeAll(async () => {
  stack = await startDevStack({ queueMsPerSecond: 0 });
  emulator = stack.emulator as JiraEmulator;
});

afterAll(async () => {
  await stack.stop();
  assertSpecConformingTraffic(emulator);
});

/** The scheduled trigger as Forge calls it: its answer must be a web trigger response. */
async function trigger(): Promise<PersonalDataReportSummary> {
  const response = await handlers.personalDataReport();
  expect(response).toMatchObject({
    statusCode: 200,
    headers: { 'Content-Type': ['application/json'] },
  });
  return JSON.parse(response.body) as PersonalDataReportSummary;
}

async function everyEntry(): Promise<StoredEntry[]> {
  const all: StoredEntry[] = [];
  for await (const page of forgeStorageEntries.pages()) all.push(...page);
  return all;
}

const naming = (entries: StoredEntry[], accountId: string) =>
  entries.filter((e) => JSON.stringify(e.value).includes(accountId)).map((e) => e.key);

const fromBuiltIn = (id: string, name: string): Template => ({
  ...builtInTemplate('backend-service-breakdown')!,
  id,
  name,
});

const asAdmin = (functionKey: string, payload: unknown, where: Record<string, string> = {}) =>
  devInvokeData<Record<string, any>>(stack.hostUrl, {
    user: 'admin',
    module: 'jira:projectSettingsPage',
    projectKey: 'SHOP',
    ...where,
    functionKey,
    payload,
  });

async function anEpicWithAChild(): Promise<string> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${stack.jiraUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-account-id': KEPT },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { key: string };
  };
  const epic = await post('/rest/api/3/issue', {
    fields: { project: { id: '10000' }, issuetype: { id: '10000' }, summary: 'Payments' },
  });
  await post('/rest/api/3/issue', {
    fields: {
      project: { id: '10000' },
      issuetype: { id: '10001' },
      summary: 'Ledger service',
      parent: { key: epic.key },
    },
  });
  return epic.key;
}

async function finished(runId: string, issueKey: string): Promise<Record<string, any>> {
  for (let i = 0; i < 400; i++) {
    const run = await devInvokeData<Record<string, any>>(stack.hostUrl, {
      functionKey: 'run/get',
      payload: { runId },
      module: 'jira:issueAction',
      issueKey,
      user: 'member',
    });
    if (!['queued', 'running'].includes(run.status as string)) return run;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Run ${runId} did not stop.`);
}

describe('the personal data report', () => {
  it('erases a closed account from every store, and the records still load and render', async () => {
    // What one person leaves behind: a draft, templates (two versions, a default, a deleted one)
    // and a run an Automation rule started as them, with its origin and execution record.
    await devInvokeData(stack.hostUrl, {
      user: 'admin',
      issueKey: 'SHOP-2',
      functionKey: 'draft/save',
      payload: { draft: aDraft(), baseVersion: 0 },
    });
    await saveDraftOver(stack.hostUrl, 'SHOP-3', aDraft()); // the member's, left alone
    await asAdmin('template/save', { template: fromBuiltIn('shop', 'Shop'), baseVersion: 0 });
    await asAdmin('template/save', { template: fromBuiltIn('shop', 'Shop v2'), baseVersion: 1 });
    await asAdmin('template/set-default', { templateId: 'shop' });
    await asAdmin('template/save', { template: fromBuiltIn('gone', 'Gone'), baseVersion: 0 });
    await asAdmin('template/delete', { templateId: 'gone' });
    const epicKey = await anEpicWithAChild();
    const action = {
      actionKey: 'generate-template-subtasks',
      user: 'admin' as const,
      payload: { epicKey, executionId: 'exec-privacy', ruleName: 'Sub-tasks' },
    };
    const started = await devAction(stack.hostUrl, action);
    expect(started.answer.errors).toBeUndefined();
    const runId = started.answer.run.runId as string;
    expect((await finished(runId, epicKey)).status).toBe('succeeded');

    const stored = await everyEntry();
    // Account ids only: no name or email of anyone is kept.
    for (const user of Object.values(SEED_USERS))
      for (const personal of [user.displayName, user.email])
        expect(naming(stored, personal)).toEqual([]);
    const before = naming(stored, CLOSED);
    const prefixes = new Set(before.map((key) => key.split(':')[0]));
    // Every kind of record that keeps who did it names them now (the test sees what it covers);
    // an action's execution record keeps its answer, which names nobody.
    for (const prefix of [
      'draft',
      'draft-version',
      'template',
      'template-version',
      'template-claim',
      'template-default',
      'run',
      'run-origin',
      'plan-claim',
    ])
      expect(prefixes).toContain(prefix);

    emulator.setAccountChange(CLOSED, { status: 'closed' });
    const summary = await trigger();
    expect(summary).toMatchObject({ closed: 1, updated: 0 });
    expect(summary.erased).toBeGreaterThanOrEqual(before.length);
    expect(emulator.personalDataReports().flat()).toEqual(expect.arrayContaining([CLOSED, KEPT]));

    const after = await everyEntry();
    expect(naming(after, CLOSED)).toEqual([]);
    expect(naming(after, FORMER_USER_ID).length).toBeGreaterThan(0);
    // The member's own draft still names the member.
    const memberDraft = await devInvokeData<Record<string, any>>(stack.hostUrl, {
      issueKey: 'SHOP-3',
      functionKey: 'draft/get',
    });
    expect(memberDraft.savedBy).toBe(KEPT);

    // Everything still loads, and shows the closed account as a former user.
    const draft = await devInvokeData<Record<string, any>>(stack.hostUrl, {
      issueKey: 'SHOP-2',
      functionKey: 'draft/get',
    });
    expect(draft).toMatchObject({ version: 1, savedBy: FORMER_USER_ID });
    const versions = await asAdmin('template/versions', { templateId: 'shop' });
    expect(versions.versions.map((v: Record<string, unknown>) => v.savedByName)).toEqual([
      'A former user',
      'A former user',
    ]);
    const list = await asAdmin('template/list', {});
    expect(list.defaultTemplateId).toBe('shop');
    expect(list.templates.find((t: { id: string }) => t.id === 'shop')).toMatchObject({
      savedBy: FORMER_USER_ID,
      savedByName: 'A former user',
    });
    expect(await finished(runId, epicKey)).toMatchObject({ status: 'succeeded' });
    const repeated = await devAction(stack.hostUrl, action);
    expect(repeated.answer).toMatchObject({ repeated: true, run: { runId } });

    // Safe to repeat: the closed account is no longer kept, so not reported, and nothing changes.
    const entries = JSON.stringify(await everyEntry());
    const again = await trigger();
    expect(again).toMatchObject({ closed: 0, erased: 0 });
    expect(emulator.personalDataReports().at(-1)).not.toContain(CLOSED);
    expect(JSON.stringify(await everyEntry())).toBe(entries);
  });

  it('refreshes an updated account once: the next report carries the new time', async () => {
    const T0 = Date.parse('2031-03-03T09:00:00Z');
    const HOUR = 3_600_000;
    const report = (at: number) =>
      reportPersonalData({
        storage: forgeStorageEntries,
        report: (accounts) => privacy.reportPersonalData(accounts),
        now: () => at,
      });
    await saveDraftOver(stack.hostUrl, 'SHOP-4', aDraft());
    await report(T0);
    const before = JSON.stringify(
      (await everyEntry()).filter((e) => !e.key.startsWith('privacy-account:')),
    );

    emulator.setAccountChange(KEPT, { status: 'updated', at: T0 + HOUR });
    expect(await report(T0 + 2 * HOUR)).toMatchObject({ updated: 1, closed: 0, erased: 0 });
    expect(await report(T0 + 3 * HOUR)).toMatchObject({ updated: 0, closed: 0, erased: 0 });
    // Nothing the app keeps about them changed: it keeps no profile, only the id.
    const after = JSON.stringify(
      (await everyEntry()).filter((e) => !e.key.startsWith('privacy-account:')),
    );
    expect(after).toBe(before);
  });

  it('reports in pages of the API’s limit, every account once', async () => {
    const ids = Array.from({ length: REPORT_LIMIT + 1 }, (_, i) => `557058:paging-${i}`);
    for (const [i, id] of ids.entries())
      await forgeStorageEntries.set(`draft:9${String(i).padStart(4, '0')}`, {
        version: 1,
        savedAt: '2031-01-01T00:00:00.000Z',
        savedBy: id,
        draft: aDraft(),
      });
    const first = emulator.personalDataReports().length;
    const summary = await trigger();
    const reports = emulator.personalDataReports().slice(first);
    expect(reports.map((r) => r.length).every((n) => n <= REPORT_LIMIT)).toBe(true);
    expect(reports.length).toBe(summary.calls);
    expect(summary.calls).toBe(Math.ceil(summary.reported / REPORT_LIMIT));
    const reported = reports.flat();
    expect(new Set(reported).size).toBe(reported.length);
    expect(reported).toEqual(expect.arrayContaining(ids));
  });
});
