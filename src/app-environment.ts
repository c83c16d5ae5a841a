/**
 * The app's one environment, passed by value: how to reach Jira (as the app or as the person),
 * app storage and the stores over it (drafts, templates, runs, plan claims), the queue, the clock,
 * ids and limits. `src/index.ts` builds it once per module start; every resolver, the queue
 * consumer and the actions take what they need from it, and nothing else reaches Jira or storage.
 * Tests, the benchmark and the dev host build it with this same builder and their overrides.
 */
import { privacy } from '@forge/api';
import type { JiraClient } from './jira/jira-client';
import type { JiraRequestOptions } from './jira/jira-request';
import type { Actor } from './jira/jira-transport';
import {
  forgeRunEnvironment,
  jiraClientFor,
  type RunEnvironment,
  type RunEnvironmentOverrides,
} from './run';
import type { ReportAccounts } from './privacy/report-personal-data';
import { appStorageEntries, type AppStorageEntries } from './storage/app-storage-entries';
import {
  createChildrenSnapshotStore,
  type ChildrenSnapshotStore,
} from './storage/children-snapshot-store';
import { createDraftStore, type DraftStore } from './storage/draft-store';
import { createTemplateStore, type TemplateStore } from './storage/template-store';

export interface AppEnvironment extends RunEnvironment {
  drafts: DraftStore;
  templates: TemplateStore;
  /** The epic fan-out's reads of an epic's children, kept for the apply after a preview. */
  childrenReads: ChildrenSnapshotStore;
  /** Every entry in app storage, for the personal data report's scan and erasure. */
  storageEntries: AppStorageEntries;
  /** Atlassian's personal data reporting API (`privacy.reportPersonalData`). */
  reportAccounts: ReportAccounts;
  /**
   * A Jira client as `actor` under the environment's transport, clock and retry policy. As the
   * person (`user`) wherever Jira's permissions must apply; as the app only where the app acts
   * for itself.
   */
  jira(actor: Actor, extra?: Pick<JiraRequestOptions, 'onAttempt' | 'deadline'>): JiraClient;
}

export type AppEnvironmentOverrides = RunEnvironmentOverrides &
  Partial<Pick<AppEnvironment, 'drafts' | 'templates' | 'reportAccounts'>>;

/** The deployed app's environment (Forge KVS, queue, `requestJira`) with `overrides` in place. */
export function appEnvironment(overrides: AppEnvironmentOverrides = {}): AppEnvironment {
  const { drafts, templates, reportAccounts, ...runOverrides } = overrides;
  const run = forgeRunEnvironment(runOverrides);
  return {
    ...run,
    drafts: drafts ?? createDraftStore(run.kv, run.now),
    templates: templates ?? createTemplateStore(run.kv, run.now),
    childrenReads: createChildrenSnapshotStore(run.kv, run.newId),
    storageEntries: appStorageEntries(run.kv),
    reportAccounts: reportAccounts ?? ((accounts) => privacy.reportPersonalData(accounts)),
    jira: (actor, extra) => jiraClientFor(run, actor, extra),
  };
}
