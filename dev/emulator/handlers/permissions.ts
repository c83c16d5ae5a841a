/**
 * `GET /rest/api/3/mypermissions` (the caller's permissions in a project or issue) and
 * `POST /rest/api/3/permissions/check` (the caller's own, or, with *Administer Jira*, anyone's).
 */
import { isObject } from '../create/values';
import type { Handler, RequestContext } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { PERMISSIONS, roleOf } from '../permissions';
import { visibleIssue } from './visible-issue';

type Scope = { projectId: string } | { anyProject: true };

function scopeOf(ctx: RequestContext): Scope | { notFound: string } {
  const q = ctx.query;
  const issueRef =
    typeof q.issueKey === 'string'
      ? q.issueKey
      : typeof q.issueId === 'string'
        ? q.issueId
        : undefined;
  if (issueRef !== undefined) {
    const issue = visibleIssue(ctx, issueRef);
    return issue ? { projectId: issue.projectId } : { notFound: MSG.issueNotFound };
  }
  const projectRef =
    typeof q.projectKey === 'string'
      ? q.projectKey
      : typeof q.projectId === 'string'
        ? q.projectId
        : undefined;
  if (projectRef === undefined) return { anyProject: true };
  const project = ctx.store.project(projectRef);
  if (
    !project ||
    !ctx.store.permissions.has(ctx.account.accountId, project.id, 'BROWSE_PROJECTS')
  ) {
    return { notFound: MSG.projectNotFound(projectRef) };
  }
  return { projectId: project.id };
}

function holds(ctx: RequestContext, scope: Scope, key: string): boolean {
  const info = PERMISSIONS[key];
  const accountId = ctx.account.accountId;
  if (info?.type === 'GLOBAL') return ctx.store.permissions.hasGlobal(accountId, key);
  // Without a project, a project permission counts if it is held in any project.
  if ('anyProject' in scope)
    return ctx.store.projects().some((p) => ctx.store.permissions.has(accountId, p.id, key));
  return ctx.store.permissions.has(accountId, scope.projectId, key);
}

export const getMyPermissions: Handler = (ctx) => {
  const keys =
    typeof ctx.query.permissions === 'string'
      ? ctx.query.permissions
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : [];
  if (keys.length === 0) return jiraError(400, [MSG.permissionsRequired]);
  const unknown = keys.filter((k) => PERMISSIONS[k] === undefined);
  if (unknown.length > 0)
    return jiraError(
      400,
      [],
      Object.fromEntries(unknown.map((k) => [k, MSG.unrecognizedPermission])),
    );
  const scope = scopeOf(ctx);
  if ('notFound' in scope) return jiraError(404, [scope.notFound]);
  const permissions = Object.fromEntries(
    keys.map((key) => {
      const info = PERMISSIONS[key];
      return [key, { ...info, havePermission: holds(ctx, scope, key) }];
    }),
  );
  return json(200, { permissions });
};

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const ids = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

export const checkPermissions: Handler = (ctx) => {
  const body = isObject(ctx.body) ? ctx.body : {};
  const caller = ctx.account.accountId;
  const accountId = typeof body.accountId === 'string' ? body.accountId : caller;
  // Atlassian: "*Administer Jira* global permission to check the permissions for other users,
  // otherwise none." The exception it makes is for Connect apps; a Forge app acting as itself
  // (asApp) is refused like anyone else unless its user has been granted Administer Jira.
  if (accountId !== caller && !ctx.store.permissions.hasGlobal(caller, 'ADMINISTER'))
    return jiraError(403, [MSG.onlyAdmins]);
  // "Returned if … an invalid account ID is provided."
  if (roleOf(accountId) === undefined) return jiraError(400, [MSG.invalidAccountId(accountId)]);
  const requests = Array.isArray(body.projectPermissions)
    ? (body.projectPermissions as unknown[]).filter(isObject)
    : [];
  const globalKeys = strings(body.globalPermissions);
  const unknown = [...globalKeys, ...requests.flatMap((r) => strings(r.permissions))].filter(
    (k) => PERMISSIONS[k] === undefined,
  );
  if (unknown.length > 0)
    return jiraError(
      400,
      [],
      Object.fromEntries(unknown.map((k) => [k, MSG.unrecognizedPermission])),
    );

  const store = ctx.store;
  const projectPermissions = requests.flatMap((request) =>
    strings(request.permissions).map((permission) => ({
      permission,
      projects: ids(request.projects).filter(
        (id) =>
          store.project(String(id)) !== undefined &&
          store.permissions.has(accountId, String(id), permission),
      ),
      issues: ids(request.issues).filter((id) => {
        const issue = store.issue(String(id));
        return (
          issue !== undefined &&
          store.permissions.has(accountId, issue.projectId, 'BROWSE_PROJECTS') &&
          store.permissions.has(accountId, issue.projectId, permission)
        );
      }),
    })),
  );
  return json(200, {
    globalPermissions: globalKeys.filter((k) => store.permissions.hasGlobal(accountId, k)),
    projectPermissions,
  });
};
