import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

export interface FoundIssue {
  id: string;
  /** Present only when the search asked for more than `id` (Jira: "`id` Returns only issue IDs"). */
  key?: string;
  fields: Record<string, unknown>;
  properties: Record<string, unknown>;
}

/**
 * Jira's `SearchAndReconcileResults`: the issues (`IssueBean`, with what was asked for), the
 * token of the next page, and whether this is the last. Every field is optional in the spec.
 */
const searchPageSchema = z.looseObject({
  issues: z
    .array(
      z.looseObject({
        id: z.string().optional(),
        key: z.string().optional(),
        fields: z.record(z.string(), z.unknown()).optional(),
        properties: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

export interface SearchOptions {
  jql: string;
  fields?: string[];
  /** Issue properties to return with each issue (Jira allows up to 5). */
  properties?: string[];
  /** Page size; Jira returns up to 5000 when only ids/keys/properties are asked for. */
  maxResults?: number;
  /**
   * Issue ids to read consistently: Jira's search index trails writes, and these issues are
   * evaluated fresh. Jira accepts at most 50 (`RECONCILE_LIMIT`), the same on every page.
   */
  reconcileIssues?: readonly string[];
  /** Stop following pages once this many issues were read (bounds time for huge results). */
  maxIssues?: number;
}

/** `reconcileIssues` "accepts max 50 ids" (Jira's `SearchAndReconcileRequestBean`). */
export const RECONCILE_LIMIT = 50;

/** `POST /rest/api/3/search/jql`, following `nextPageToken` to the last page. */
export async function searchByJql(
  jira: JiraRequester,
  options: SearchOptions,
): Promise<FoundIssue[]> {
  const reconcile = options.reconcileIssues ?? [];
  if (reconcile.length > RECONCILE_LIMIT) {
    throw new RangeError(
      `search/jql reconciles at most ${RECONCILE_LIMIT} issues, got ${reconcile.length}`,
    );
  }
  const found: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  do {
    const { body } = await jira.send({
      operation: 'searchAndReconsileIssuesUsingJqlPost',
      method: 'POST',
      route: route`/rest/api/3/search/jql`,
      body: {
        jql: options.jql,
        maxResults: options.maxResults ?? 1000,
        fields: options.fields ?? ['id'],
        ...(options.properties ? { properties: options.properties } : {}),
        ...(reconcile.length > 0 ? { reconcileIssues: reconcile.map(Number) } : {}),
        ...(nextPageToken !== undefined ? { nextPageToken } : {}),
      },
      retry: 'transient',
      answer: searchPageSchema,
    });
    for (const issue of body.issues ?? []) {
      // Every issue has an id; what else comes back depends on what was asked for.
      if (issue.id === undefined) continue;
      found.push({
        id: issue.id,
        ...(issue.key === undefined ? {} : { key: issue.key }),
        fields: issue.fields ?? {},
        properties: issue.properties ?? {},
      });
    }
    nextPageToken = body.isLast === true ? undefined : (body.nextPageToken ?? undefined);
  } while (nextPageToken !== undefined && found.length < (options.maxIssues ?? Infinity));
  return found;
}

/** Quotes a value for a JQL string literal. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
