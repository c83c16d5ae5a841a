import type Resolver from '@forge/resolver';
import { getRunOrigin } from '../storage/run-origin';
import { z } from 'zod';
import type { ResolverOutput, Run } from '../contract';
import { planIdOf, planOriginOf } from '../domain';
import type { JiraClient } from '../jira/jira-client';
import { JiraHttpError } from '../jira/jira-errors';
import { candidateOf, ownershipProver, PLAN_PROPERTY_KEY, type RunStore } from '../run';
import type { AppEnvironment } from '../app-environment';
import type { KeyValueStore } from '../storage/run-kvs';
import { defineResolver } from './define-resolver';
import { requireIssue, type InvocationScope } from './invocation-context';

type Provenance = ResolverOutput<'provenance/get'>;

/** The part of the app's property this reads; anyone who may edit an issue can write it. */
const planPropertySchema = z.object({ planId: z.string(), localId: z.string(), runId: z.uuid() });
const userSchema = z.object({ accountId: z.string(), displayName: z.string() });
const parentSchema = z.object({
  key: z.string(),
  fields: z.object({ summary: z.string() }).partial().optional(),
});

/** Jira said the issue is gone or not for this person: the answer leaves it out, it does not fail. */
async function unlessHidden<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 404 || error.status === 403))
      return null;
    throw error;
  }
}

/** Who started `run`, by the name Jira shows as the creator of an issue it made (else null). */
function starterName(run: Run, creator: unknown): string | null {
  const user = userSchema.safeParse(creator);
  return user.success && user.data.accountId === run.accountId ? user.data.displayName : null;
}

const issueNumber = (key: string) => Number(key.slice(key.lastIndexOf('-') + 1));

/**
 * Whether this issue was made by one of the app's runs of this project, proven as `ownership.ts`
 * proves it (so a property copied onto another issue names nothing), and where that run started.
 */
async function createdBy(
  env: AppEnvironment,
  jira: JiraClient,
  store: RunStore,
  scope: InvocationScope,
  issue: { id: string; fields: Record<string, unknown>; properties?: Record<string, unknown> },
): Promise<Provenance['createdBy']> {
  const property = planPropertySchema.safeParse(issue.properties?.[PLAN_PROPERTY_KEY]);
  if (!property.success) return null;
  const run = await store.load(property.data.runId);
  if (!run || run.projectId !== scope.projectId) return null;
  // The same proof as every run, resume, fan-out and undo (`ownership.ts`).
  const verdict = await ownershipProver({
    planId: property.data.planId,
    runOf: (runId) => Promise.resolve(runId === run.runId ? run : undefined),
    appAccountId: () => env.jira('app').getMyAccountId(),
  })(candidateOf(issue));
  if (!verdict.ours) return null;
  const origin = planOriginOf(run.planId);
  const originIssue = origin
    ? await unlessHidden(() => jira.getIssue(origin.issueId, { fields: ['summary'] }))
    : null;
  const parent = parentSchema.safeParse(issue.fields.parent);
  return {
    kind: origin?.kind ?? 'breakdown',
    origin: originIssue
      ? {
          key: originIssue.key,
          summary: typeof originIssue.fields.summary === 'string' ? originIssue.fields.summary : '',
        }
      : null,
    at: run.startedAt ?? run.createdAt,
    by: starterName(run, issue.fields.creator),
    parent: parent.success
      ? { key: parent.data.key, summary: parent.data.fields?.summary ?? '' }
      : null,
  };
}

/** The latest run started from this issue (its breakdown, or its fan-out when it is an epic). */
async function latestRan(
  jira: JiraClient,
  store: RunStore,
  kv: KeyValueStore,
  runIds: readonly (string | undefined)[],
): Promise<Provenance['ran']> {
  const runs = (
    await Promise.all(
      runIds.map((id) => (id === undefined ? Promise.resolve(undefined) : store.load(id))),
    )
  ).filter((run): run is Run => run !== undefined);
  const run = runs.sort((a, b) => b.createdAt - a.createdAt)[0];
  if (!run) return null;
  const keys = run.items
    .flatMap((i) => (i.outcome === 'created' || i.outcome === 'existed' ? [i.key] : []))
    .sort((a, b) => issueNumber(a) - issueNumber(b));
  const first = keys[0];
  const [creator, origin] = await Promise.all([
    first ? unlessHidden(() => jira.getIssue(first, { fields: ['creator'] })) : null,
    getRunOrigin(kv, run.runId),
  ]);
  return {
    kind: planOriginOf(run.planId)?.kind ?? 'breakdown',
    at: run.startedAt ?? run.createdAt,
    by: creator ? starterName(run, creator.fields.creator) : null,
    ...(origin && origin.via !== 'action'
      ? { via: { kind: origin.via, rule: origin.ruleName ?? null } }
      : {}),
    status: run.status,
    issues: keys.length,
    firstKey: first ?? null,
    lastKey: keys.at(-1) ?? null,
  };
}

/**
 * `provenance/get`: where the panel's issue came from (a breakdown on another issue) and what
 * breakdowns ran from it. Bounded: one issue read, two run pointers, at most three stored runs
 * (each a few KVS pages) and two more issue reads.
 */
export function registerProvenance(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'provenance/get', async (_input, scope) => {
    const issue = requireIssue(scope);
    const jira = env.jira('user');
    const store = env.runs;
    const latest = env.latestRuns;
    const [self, breakdownRun, fanOutRun] = await Promise.all([
      jira.getIssue(issue.id, {
        fields: ['creator', 'created', 'parent'],
        properties: [PLAN_PROPERTY_KEY],
      }),
      latest.get(planIdOf({ kind: 'breakdown', issueId: issue.id })),
      latest.get(planIdOf({ kind: 'fan-out', issueId: issue.id })),
    ]);
    const [made, ran] = await Promise.all([
      createdBy(env, jira, store, scope, self),
      latestRan(jira, store, env.kv, [breakdownRun, fanOutRun]),
    ]);
    return { createdBy: made, ran };
  });
}
