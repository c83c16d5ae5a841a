/**
 * `POST /rest/api/3/issue/bulk`: at most 50 issues; each element succeeds or fails on its own.
 * 201 when any was created, 400 when none was; failures carry `failedElementNumber` and `status`
 * beside `elementErrors` (an ErrorCollection without its own status, as Atlassian's example shows).
 */
import { applyCreate, checkCreate } from '../create/validate-create';
import { isObject } from '../create/values';
import type { Handler } from '../http/request-context';
import { json, type JiraResponse } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { issueSelf } from '../render/render-issue';

const BULK_LIMIT = 50;

/** A whole-request refusal, still in `CreatedIssues` shape (the spec's 400 body). */
export function refuseAll(message: string): JiraResponse {
  return json(400, {
    issues: [],
    errors: [{ status: 400, elementErrors: { errorMessages: [message], errors: {} } }],
  });
}

export const bulkCreate: Handler = (ctx) => {
  const updates =
    isObject(ctx.body) && Array.isArray(ctx.body.issueUpdates)
      ? (ctx.body.issueUpdates as unknown[])
      : [];
  if (updates.length === 0) return refuseAll(MSG.bulkEmpty);
  if (updates.length > BULK_LIMIT) return refuseAll(MSG.bulkLimit(updates.length));
  const issues: { id: string; key: string; self: string }[] = [];
  const errors: unknown[] = [];
  updates.forEach((update, index) => {
    const check = checkCreate(ctx.store, ctx.account.accountId, ctx.baseUrl, update);
    if (!check.ok) {
      errors.push({
        status: check.status,
        elementErrors: { errorMessages: check.errorMessages, errors: check.errors },
        failedElementNumber: index,
      });
      return;
    }
    const issue = applyCreate(ctx.store, check);
    issues.push({ id: issue.id, key: issue.key, self: issueSelf(ctx.baseUrl, issue.id) });
  });
  return json(issues.length > 0 ? 201 : 400, { issues, errors });
};
