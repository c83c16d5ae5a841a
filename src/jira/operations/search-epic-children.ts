import { z } from 'zod';
import { childDescription, childStory, type EpicChild } from '../../domain/fan-out';
import { formatPath } from '../../domain/format-path';
import { describeRequest, JiraAnswerError } from '../jira-errors';
import type { JiraRequester } from '../jira-request';
import { jqlString, searchByJql } from './search-by-jql';

/**
 * Exactly the fields the fan-out reads: Jira's search returns only the fields asked for
 * ("Search for issues using JQL enhanced search (POST)"), ids alone by default.
 */
export const EPIC_CHILD_FIELDS = [
  'summary',
  'description',
  'issuetype',
  'status',
  'assignee',
  'labels',
  'subtasks',
  'project',
  // The epic as each child sees it (summary, issue type with its level): no separate read of it.
  'parent',
] as const;

/**
 * As many per page as Jira gives: it "may return fewer items per page where a large number of
 * fields are requested" (search/jql `maxResults`, up to 5000), and the emulator gives 100 when
 * fields beyond id/key are asked; following `nextPageToken` reads every child either way.
 */
const PAGE_SIZE = 1000;

const childFieldsSchema = z.object({
  summary: z.string(),
  description: z.unknown().optional(),
  issuetype: z.object({
    id: z.string(),
    name: z.string(),
    hierarchyLevel: z.number().int().default(0),
    subtask: z.boolean().default(false),
  }),
  status: z.object({ name: z.string() }).nullish(),
  assignee: z.object({ displayName: z.string().optional() }).nullish(),
  labels: z.array(z.string()).default([]),
  subtasks: z
    .array(
      z.object({
        id: z.string().optional(),
        key: z.string(),
        fields: z.object({ summary: z.string() }).partial().optional(),
      }),
    )
    .default([]),
  project: z.object({ id: z.string() }),
  parent: z
    .object({
      fields: z.object({
        summary: z.string().optional(),
        issuetype: z.object({ hierarchyLevel: z.number().int().optional() }).optional(),
      }),
    })
    .optional(),
});

export interface EpicChildren {
  children: EpicChild[];
  /** The parent as its children's `parent` field shows it; null when it has no children. */
  parent: { summary: string; hierarchyLevel: number | undefined } | null;
  /**
   * The ids of every child and of each child's sub-tasks, as read: what a later look compares
   * against to tell whether anything under the epic came or went. Undefined when Jira left a
   * sub-task's id out, so the set cannot be known.
   */
  treeIds: string[] | undefined;
}

/**
 * Every child of `epicKey` (`parent = <epic>`), following `nextPageToken` to the last page, so
 * an epic with thousands of children is read whole (or, with `maxChildren`, until more than that
 * many were read). Answers them as the fan-out's `EpicChild`, and the epic as they show it.
 */
export async function searchEpicChildren(
  jira: JiraRequester,
  epicKey: string,
  options: { maxChildren?: number } = {},
): Promise<EpicChildren> {
  const found = await searchByJql(jira, {
    jql: `parent = ${jqlString(epicKey)} ORDER BY key ASC`,
    fields: [...EPIC_CHILD_FIELDS],
    maxResults: PAGE_SIZE,
    ...(options.maxChildren === undefined ? {} : { maxIssues: options.maxChildren + 1 }),
  });
  let parent: EpicChildren['parent'] = null;
  const treeIds: string[] = [];
  let everyIdKnown = true;
  const children = found.map((issue, index): EpicChild => {
    const fields = childFields(issue.fields, index);
    parent ??= fields.parent
      ? {
          summary: fields.parent.fields.summary ?? '',
          hierarchyLevel: fields.parent.fields.issuetype?.hierarchyLevel,
        }
      : null;
    treeIds.push(issue.id);
    for (const subtask of fields.subtasks) {
      if (subtask.id === undefined) everyIdKnown = false;
      else treeIds.push(subtask.id);
    }
    return {
      id: issue.id,
      key: issue.key ?? issue.id,
      summary: fields.summary,
      description: childDescription(fields.description),
      story: childStory(fields.description),
      projectId: fields.project.id,
      issueType: fields.issuetype,
      status: fields.status?.name ?? '',
      assignee: fields.assignee?.displayName ?? null,
      labels: fields.labels,
      subtasks: fields.subtasks.map((s) => ({ key: s.key, summary: s.fields?.summary ?? '' })),
    };
  });
  return { children, parent, treeIds: everyIdKnown ? treeIds : undefined };
}

/** A child's fields as the fan-out reads them; a child of another shape is a `JiraAnswerError`. */
function childFields(fields: unknown, index: number): z.infer<typeof childFieldsSchema> {
  const read = childFieldsSchema.safeParse(fields);
  if (read.success) return read.data;
  const [first] = read.error.issues;
  throw new JiraAnswerError(
    describeRequest('searchAndReconsileIssuesUsingJqlPost', 'POST', '/rest/api/3/search/jql', {}),
    200,
    formatPath(['issues', index, 'fields', ...(first?.path ?? [])]),
    first?.message ?? 'unreadable',
  );
}
