import { route } from '@forge/api';
import { z } from 'zod';
import { BULK_CREATE_MAX } from '../../domain/planning/estimate-plan';
import { isRecord, jiraMessageOf, readErrorCollection } from '../jira-errors';
import type { JiraRequester } from '../jira-request';

/** One element of `POST /rest/api/3/issue/bulk` (Jira's `IssueUpdateDetails`). */
export interface IssueCreateRequest {
  fields: Record<string, unknown>;
  update?: Record<string, { add?: unknown; set?: unknown }[]>;
  properties?: { key: string; value: unknown }[];
}

/** What happened to each element of a bulk create, in request order. */
export type BulkElementResult =
  | { ok: true; id: string; key: string }
  | { ok: false; status: number | undefined; message: string };

/**
 * Jira's `CreatedIssues`: `issues` (`CreatedIssue`: id, key) and `errors`
 * (`BulkOperationErrorResult`: failedElementNumber, status, elementErrors), every field optional.
 */
const createdIssuesSchema = z.looseObject({
  issues: z
    .array(z.looseObject({ id: z.string().optional(), key: z.string().optional() }))
    .optional(),
  errors: z
    .array(
      z.looseObject({
        failedElementNumber: z.number().int().optional(),
        status: z.number().int().optional(),
        elementErrors: z.unknown().optional(),
      }),
    )
    .optional(),
});
type CreatedIssues = z.infer<typeof createdIssuesSchema>;

/**
 * `POST /rest/api/3/issue/bulk`. Never retried here: a lost response may hide created issues,
 * so the executor reconciles before it tries again. Jira answers 201 when some elements were
 * created and 400 when none were; both carry per-element errors, mapped back to positions.
 */
export async function bulkCreateIssues(
  jira: JiraRequester,
  issueUpdates: IssueCreateRequest[],
): Promise<BulkElementResult[]> {
  if (issueUpdates.length === 0) return [];
  if (issueUpdates.length > BULK_CREATE_MAX) {
    throw new RangeError(
      `bulk create takes at most ${BULK_CREATE_MAX} issues, got ${issueUpdates.length}`,
    );
  }
  const { body } = await jira.send({
    operation: 'createIssues',
    method: 'POST',
    route: route`/rest/api/3/issue/bulk`,
    body: { issueUpdates },
    retry: 'never',
    // Per-element errors are results; a 400 without them (malformed request) is an error.
    accept: (status, answer) => status === 400 && isRecord(answer) && Array.isArray(answer.errors),
    answer: createdIssuesSchema,
  });
  return mapBulkResponse(issueUpdates.length, body);
}

/**
 * Maps Jira's answer to one result per requested element. `issues` lists only the created
 * ones, in request order; `errors[].failedElementNumber` names the positions that failed.
 */
export function mapBulkResponse(count: number, body: CreatedIssues): BulkElementResult[] {
  const created = body.issues ?? [];
  const errors = body.errors ?? [];
  const failed = new Map<number, BulkElementResult>();
  // Errors without an element number refuse the whole request (e.g. more than 50 issues).
  let general: BulkElementResult | undefined;
  for (const e of errors) {
    const { errorMessages, errors: fieldErrors } = readErrorCollection(e.elementErrors);
    const result: BulkElementResult = {
      ok: false,
      status: e.status,
      message:
        jiraMessageOf(errorMessages, fieldErrors) ||
        `Jira rejected the issue (HTTP ${e.status ?? '?'})`,
    };
    if (typeof e.failedElementNumber === 'number') failed.set(e.failedElementNumber, result);
    else general ??= result;
  }
  const results: BulkElementResult[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const failure = failed.get(i);
    if (failure) {
      results.push(failure);
      continue;
    }
    const issue = created[next++];
    results.push(
      issue?.id !== undefined && issue.key !== undefined
        ? { ok: true, id: issue.id, key: issue.key }
        : {
            ok: false,
            status: undefined,
            message: 'Jira did not report this issue as created or failed',
          },
    );
  }
  return results;
}
