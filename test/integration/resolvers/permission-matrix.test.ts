import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { RESOLVER_KEYS, type ResolverKey } from '../../../src/contract';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { devInvoke, devInvokeData, type DevInvokeRequest } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import { aTemplate, payloadFor } from '../../support/resolver-calls';
import type { SeedUser } from '../../support/host-page-harness';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(60_000);

/**
 * Who may call what, from where: every resolver × admin/member/viewer × every module of
 * manifest.yml, called through the host as the module's frame would, against the table below.
 * Every resolver can be invoked from every module of the app, so the table is the whole truth.
 */

/** One row per module: how the host opens it (what Forge's context says). */
const MODULES = {
  panel: { type: 'jira:issuePanel', manifestKey: 'backend-breakdown-panel', issueKey: 'SHOP-2' },
  epicAction: {
    type: 'jira:issueAction',
    manifestKey: 'backend-breakdown-epic-action',
    issueKey: 'SHOP-1',
  },
  settings: {
    type: 'jira:projectSettingsPage',
    manifestKey: 'backend-breakdown-settings',
    projectKey: 'SHOP',
  },
  adminPage: { type: 'jira:adminPage', manifestKey: 'backend-breakdown-library' },
  // The configuration forms Automation shows for the two actions rules can use (a project rule).
  subtasksForm: {
    type: 'action',
    manifestKey: 'generate-template-subtasks',
    actionKey: 'generate-template-subtasks',
    projectKey: 'SHOP',
  },
  breakdownForm: {
    type: 'action',
    manifestKey: 'break-down-issue',
    actionKey: 'break-down-issue',
    projectKey: 'SHOP',
  },
} as const;
type ModuleName = keyof typeof MODULES;
/** The modules a person opens in Jira's UI; the action forms' row follows from them. */
type PageModuleName = Exclude<ModuleName, 'subtasksForm' | 'breakdownForm'>;

const USERS: readonly SeedUser[] = ['admin', 'member', 'viewer'];

/** `ok`, or the error code; per module, for admin, member and viewer in that order. */
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'NOT_READY' | 'UNSUPPORTED_CONTEXT';
type Row = Record<PageModuleName, readonly [Outcome, Outcome, Outcome]>;

const EVERYONE = ['ok', 'ok', 'ok'] as const;
/** Needs an issue: the settings page is opened on a project. */
const NO_ISSUE = ['UNSUPPORTED_CONTEXT', 'UNSUPPORTED_CONTEXT', 'UNSUPPORTED_CONTEXT'] as const;
/** Needs "Edit issues" (drafts) or "Create issues" (plans), which the viewer lacks. */
const EDITORS = ['ok', 'ok', 'FORBIDDEN'] as const;
/** Only the person who started the run (the member) may cancel it. */
const RUN_OWNER = ['FORBIDDEN', 'ok', 'FORBIDDEN'] as const;
/** The owner may resume it, but it has finished; the others may not. */
const RUN_OWNER_FINISHED = ['FORBIDDEN', 'CONFLICT', 'FORBIDDEN'] as const;
/** Undo deletes issues: it takes Jira's "Delete issues", which only the admin holds. */
const DELETERS = ['ok', 'FORBIDDEN', 'FORBIDDEN'] as const;
/**
 * Template writes: the project's admin (ADMINISTER_PROJECTS) from a project module, a Jira admin
 * (ADMINISTER) for the site library from the admin page.
 */
const ADMINS = ['ok', 'FORBIDDEN', 'FORBIDDEN'] as const;
/** The epic fan-out opened on an issue that is not an epic. */
const NOT_AN_EPIC = NO_ISSUE;
/** The admin page has no project or issue: only the template resolvers serve it. */
const NOT_THERE = NO_ISSUE;

/**
 * One row per resolver. Cells run in the contract's order, module by module, admin first, so a
 * write (draft/save, plan/apply, run/undo) is seen by the cells after it.
 */
const EXPECTED: Record<ResolverKey, Row> = {
  'context/get': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: NOT_THERE,
  },
  // Where the issue came from and what ran from it: whoever can see the issue.
  'provenance/get': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'draft/get': { panel: EVERYONE, epicAction: EVERYONE, settings: NO_ISSUE, adminPage: NOT_THERE },
  'draft/save': { panel: EDITORS, epicAction: EDITORS, settings: NO_ISSUE, adminPage: NOT_THERE },
  // Templates: anyone reads them; the project's admin writes the project's, a Jira admin the library.
  'template/list': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  // The action form of an Automation rule reads the template choices; from any module too.
  'automation/templates': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  'template/get': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  'template/save': { panel: ADMINS, epicAction: ADMINS, settings: ADMINS, adminPage: ADMINS },
  // What the project's create screens allow a template, read as the person: the template pages only.
  'template/screens': {
    panel: NO_ISSUE,
    epicAction: NO_ISSUE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  'template/delete': { panel: ADMINS, epicAction: ADMINS, settings: ADMINS, adminPage: ADMINS },
  // A default is chosen per project: the library has none (its editors are told so).
  'template/set-default': {
    panel: ADMINS,
    epicAction: ADMINS,
    settings: ADMINS,
    adminPage: ['UNSUPPORTED_CONTEXT', 'FORBIDDEN', 'FORBIDDEN'],
  },
  'template/versions': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  'template/restore': { panel: ADMINS, epicAction: ADMINS, settings: ADMINS, adminPage: ADMINS },
  'template/export': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: EVERYONE,
  },
  'template/import': { panel: ADMINS, epicAction: ADMINS, settings: ADMINS, adminPage: ADMINS },
  'plan/preview': { panel: EDITORS, epicAction: EDITORS, settings: NO_ISSUE, adminPage: NOT_THERE },
  'plan/item-description': {
    panel: EDITORS,
    epicAction: EDITORS,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'plan/apply': { panel: EDITORS, epicAction: EDITORS, settings: NO_ISSUE, adminPage: NOT_THERE },
  // The plan as a file takes what the preview takes, and writes nothing.
  'plan/export': { panel: EDITORS, epicAction: EDITORS, settings: NO_ISSUE, adminPage: NOT_THERE },
  // The fan-out runs on an epic from its issue action; the panel here is on a story.
  // The preview shows a viewer every child as "cannot: no Create issues", before anything is made.
  'epic/preview': {
    panel: NOT_AN_EPIC,
    epicAction: EVERYONE,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'epic/apply': {
    // "Create issues" is asked before the issue is read: a viewer is refused before anyone
    // looks at whether it is an epic.
    panel: ['UNSUPPORTED_CONTEXT', 'UNSUPPORTED_CONTEXT', 'FORBIDDEN'],
    epicAction: EDITORS,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'run/latest': { panel: EVERYONE, epicAction: EVERYONE, settings: NO_ISSUE, adminPage: NOT_THERE },
  // A run is seen from any module of its project; the issue it was started on does not matter.
  'run/get': { panel: EVERYONE, epicAction: EVERYONE, settings: EVERYONE, adminPage: NOT_THERE },
  // What a run's results list shows: seen wherever the run is.
  'run/outline': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: NOT_THERE,
  },
  'run/cancel': {
    panel: RUN_OWNER,
    epicAction: RUN_OWNER,
    settings: RUN_OWNER,
    adminPage: NOT_THERE,
  },
  'run/resume': {
    panel: RUN_OWNER_FINISHED,
    epicAction: RUN_OWNER_FINISHED,
    settings: RUN_OWNER_FINISHED,
    adminPage: NOT_THERE,
  },
  // Reads a pasted document and writes nothing, so anyone who can open the app may use it.
  'scoping/import-openapi': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: EVERYONE,
    adminPage: NOT_THERE,
  },
  // Read the saved draft of the issue and write nothing: whoever can see the issue.
  'scoping/suggest': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'scoping/export-openapi': {
    panel: EVERYONE,
    epicAction: EVERYONE,
    settings: NO_ISSUE,
    adminPage: NOT_THERE,
  },
  'run/undo': { panel: DELETERS, epicAction: DELETERS, settings: DELETERS, adminPage: NOT_THERE },
};

let stack: DevStack;
/** The run the member started from the panel before the matrix runs. */
let runId: string;

beforeAll(async () => {
  stack = await startDevStack({ queueMsPerSecond: 0 });
  await devInvokeData(stack.hostUrl, {
    issueKey: 'SHOP-2',
    functionKey: 'draft/save',
    payload: { draft: aDraft(), baseVersion: 0 },
  });
  const run = await devInvokeData<{ runId: string }>(stack.hostUrl, {
    issueKey: 'SHOP-2',
    functionKey: 'plan/apply',
    payload: { templateId: 'backend-service-breakdown' },
  });
  runId = run.runId;
  for (const at of [
    { module: 'jira:projectSettingsPage', projectKey: 'SHOP' },
    { module: 'jira:adminPage' },
  ] as const) {
    await devInvokeData(stack.hostUrl, {
      ...at,
      user: 'admin',
      functionKey: 'template/save',
      payload: { template: aTemplate(KEPT), baseVersion: 0 },
    });
  }
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

/** A template every template cell can read: saved by the admin in SHOP and in the site library. */
const KEPT = 'matrix-kept';
/** Where a cell runs, as part of a template id, so cells never share one. */
const where = (at: Omit<DevInvokeRequest, 'functionKey'>, user = at.user ?? 'admin') =>
  `${(at.module ?? 'panel').replace(/[^a-z]/gi, '')}-${user}`.toLowerCase();
async function draftVersion(at: Omit<DevInvokeRequest, 'functionKey'>): Promise<number> {
  const current = await devInvoke(stack.hostUrl, {
    ...at,
    user: 'admin',
    functionKey: 'draft/get',
  });
  return current.answer.ok ? (current.answer.data.version as number) : 0;
}
async function keptVersion(at: Omit<DevInvokeRequest, 'functionKey'>): Promise<number> {
  const answer = await devInvoke(stack.hostUrl, {
    ...at,
    user: 'admin',
    functionKey: 'template/get',
    payload: { templateId: KEPT },
  });
  return answer.answer.ok ? (answer.answer.data.version as number) : 0;
}

/** A payload the contract accepts, so the answer says what the caller may do, not how they asked. */
async function validPayload(key: ResolverKey, at: Omit<DevInvokeRequest, 'functionKey'>) {
  return payloadFor(key, {
    runId,
    draftVersion: key === 'draft/save' ? await draftVersion(at) : 0,
    kept: { id: KEPT, version: key === 'template/restore' ? await keptVersion(at) : 1 },
    saved: `matrix-save-${where(at)}`,
    imported: `matrix-import-${where(at)}`,
    // What the admin's save cell made here; the others are refused before it is looked up.
    deleted: `matrix-save-${where(at, 'admin')}`,
  });
}

/**
 * An action's configuration form has no issue and is not one of the UI modules the resolvers'
 * scope knows: it may only list the templates to choose from.
 */
function expectedOf(key: ResolverKey, name: ModuleName): Row[PageModuleName] {
  if (name === 'subtasksForm' || name === 'breakdownForm') {
    return key === 'automation/templates' ? EVERYONE : NO_ISSUE;
  }
  return EXPECTED[key][name];
}

describe('the permission matrix', () => {
  it('covers every resolver of the contract and every module of manifest.yml', () => {
    const manifest = parse(readFileSync(path.join(__dirname, '../../../manifest.yml'), 'utf8')) as {
      modules: Record<string, { key: string; resolver?: unknown }[]>;
    };
    const withResolver = Object.entries(manifest.modules).flatMap(([type, list]) =>
      list.filter((m) => m.resolver !== undefined).map((m) => `${type} ${m.key}`),
    );
    expect(
      Object.values(MODULES)
        .map((m) => `${m.type} ${m.manifestKey}`)
        .sort(),
    ).toEqual(withResolver.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...RESOLVER_KEYS].sort());
  });

  /** Every cell, in the order they run: resolver by resolver, module by module, admin first. */
  const cells = RESOLVER_KEYS.flatMap((key) =>
    (Object.keys(MODULES) as ModuleName[]).flatMap((name) =>
      USERS.map((user, index) => ({ key, name, user, expected: expectedOf(key, name)[index] })),
    ),
  );

  it.each(cells)('$key from $name as $user: $expected', async ({ key, name, user, expected }) => {
    const module = MODULES[name];
    const at = {
      module: module.type,
      user,
      ...('actionKey' in module ? { actionKey: module.actionKey } : {}),
      ...('issueKey' in module
        ? { issueKey: module.issueKey }
        : 'projectKey' in module
          ? { projectKey: module.projectKey }
          : {}),
    };
    const { status, answer } = await devInvoke(stack.hostUrl, {
      ...at,
      functionKey: key,
      payload: await validPayload(key, at),
    });
    expect(status).toBe(200);
    expect(answer.ok === true ? 'ok' : answer.error.code).toBe(expected);
  });
});
