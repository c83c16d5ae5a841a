/**
 * The epic's children for the fan-out, read once per preview and apply pair.
 *
 * The preview reads every child with the fields the fan-out needs (Jira pages such reads by 100)
 * and keeps the read for the person (`children-snapshot-store.ts`). The apply that follows takes
 * it and asks Jira two id-only questions (a page holds up to 5,000 ids): which issues are under
 * the epic now (its children and their sub-tasks), and which of them, or the epic, changed since
 * the read (`updated`). The same issues and no change: the
 * preview's read is the apply's, and what gets created is what the person saw. Anything else, no
 * kept read, or a Jira that refuses the question: the apply reads every child itself, as before.
 */
import { lookBackMinutes, sameTree } from '../domain';
import { JiraHttpError } from '../jira/jira-errors';
import type { JiraClient } from '../jira/jira-client';
import type { EpicChildren } from '../jira/operations/search-epic-children';
import { jqlString } from '../jira/operations/search-by-jql';
import type { AppEnvironment } from '../app-environment';
import { SNAPSHOT_TTL_MINUTES, type ChildrenSnapshot } from '../storage/children-snapshot-store';

/** Jira answers at most this many issues a page when only ids are asked for. */
const ID_PAGE = 5000;

/** What the read needs of the environment: the clock and where reads are kept. */
type ReadEnvironment = Pick<AppEnvironment, 'now' | 'childrenReads'>;

export interface ChildrenRequest {
  epic: { id: string; key: string };
  accountId: string;
  maxChildren: number;
}

/** The preview's read: every child, kept for the apply when it fits. */
export async function readChildrenForPreview(
  env: ReadEnvironment,
  jira: JiraClient,
  request: ChildrenRequest,
): Promise<EpicChildren> {
  const readAt = env.now();
  const read = await jira.searchEpicChildren(request.epic.key, {
    maxChildren: request.maxChildren,
  });
  const { treeIds } = read;
  if (treeIds !== undefined && read.children.length <= request.maxChildren) {
    try {
      await env.childrenReads.save(request.epic.id, request.accountId, {
        readAt,
        read: { ...read, treeIds },
      });
    } catch {
      // Only a saving: without it the apply reads the children itself. The preview stands.
    }
  }
  return read;
}

/** The apply's read: the preview's, when Jira shows nothing changed since; else a fresh one. */
export async function readChildrenForApply(
  env: ReadEnvironment,
  jira: JiraClient,
  request: ChildrenRequest,
): Promise<EpicChildren> {
  const kept = await env.childrenReads
    .take(request.epic.id, request.accountId)
    .catch(() => undefined);
  if (kept !== undefined && (await unchangedSince(env, jira, request.epic.key, kept)))
    return kept.read;
  return jira.searchEpicChildren(request.epic.key, { maxChildren: request.maxChildren });
}

async function unchangedSince(
  env: ReadEnvironment,
  jira: JiraClient,
  epicKey: string,
  kept: ChildrenSnapshot,
): Promise<boolean> {
  const now = env.now();
  if (now - kept.readAt > SNAPSHOT_TTL_MINUTES * 60_000) return false;
  const childKeys = kept.read.children.map((c) => jqlString(c.key));
  const tree =
    `parent = ${jqlString(epicKey)}` +
    (childKeys.length > 0 ? ` OR parent in (${childKeys.join(', ')})` : '');
  const minutes = lookBackMinutes(kept.readAt, now);
  try {
    const [under, changed] = await Promise.all([
      jira.searchByJql({ jql: tree, fields: ['id'], maxResults: ID_PAGE }),
      jira.searchByJql({
        jql: `(${tree} OR key = ${jqlString(epicKey)}) AND updated >= -${minutes}m`,
        fields: ['id'],
        maxResults: 1,
        maxIssues: 1,
      }),
    ]);
    return (
      changed.length === 0 &&
      sameTree(
        kept.read.treeIds,
        under.map((i) => i.id),
      )
    );
  } catch (error) {
    // A Jira (or stand-in) that does not take these questions: read the children afresh.
    if (error instanceof JiraHttpError && error.status === 400) return false;
    throw error;
  }
}
