/**
 * `update.issuelinks` on create: `[{ add: { type: {name|id}, outwardIssue|inwardIssue: {key|id} } }]`,
 * seen from the new issue, so `outwardIssue: X` with Blocks means "the new issue blocks X".
 */
import type { JiraStore } from '../jira-store';
import { MSG } from '../jira-messages';
import type { Errors } from './field-values';
import { isObject, refOf } from './values';

export interface PendingLink {
  typeId: string;
  /** `outward`: the new issue is the link's source. */
  direction: 'outward' | 'inward';
  otherId: string;
}

export function checkCreateLinks(
  store: JiraStore,
  accountId: string,
  projectId: string,
  operations: unknown,
  errors: Errors,
): PendingLink[] {
  if (operations === undefined) return [];
  if (!Array.isArray(operations)) {
    errors.issuelinks = MSG.mustBeArray;
    return [];
  }
  if (!store.permissions.has(accountId, projectId, 'LINK_ISSUES')) {
    errors.issuelinks = MSG.noLinkPermission;
    return [];
  }
  const links: PendingLink[] = [];
  for (const operation of operations as unknown[]) {
    if (!isObject(operation)) continue;
    const unsupported = Object.keys(operation).find((op) => op !== 'add');
    if (unsupported !== undefined) {
      errors.issuelinks = MSG.linkOperation(unsupported);
      continue;
    }
    const add = operation.add;
    if (!isObject(add)) {
      errors.issuelinks = MSG.linkNeedsIssue;
      continue;
    }
    const typeRef = refOf(add.type, ['id', 'name']);
    const type =
      typeRef === undefined ? undefined : store.linkType({ [typeRef.by]: typeRef.value });
    if (!type) {
      errors.issuelinks =
        typeRef?.by === 'id'
          ? MSG.linkTypeIdNotFound(typeRef.value)
          : MSG.linkTypeNotFound(typeRef?.value ?? '');
      continue;
    }
    const hasOutward = add.outwardIssue !== undefined;
    if (hasOutward === (add.inwardIssue !== undefined)) {
      errors.issuelinks = MSG.linkNeedsIssue;
      continue;
    }
    const otherRef = refOf(hasOutward ? add.outwardIssue : add.inwardIssue, ['key', 'id']);
    const other = otherRef === undefined ? undefined : store.issue(otherRef.value);
    if (!other || !store.permissions.has(accountId, other.projectId, 'BROWSE_PROJECTS')) {
      errors.issuelinks = MSG.issueNotFound;
      continue;
    }
    links.push({
      typeId: type.id,
      direction: hasOutward ? 'outward' : 'inward',
      otherId: other.id,
    });
  }
  return links;
}
