import type Resolver from '@forge/resolver';
import type { AppEnvironment } from '../app-environment';
import { getIssue } from '../jira/operations/get-issue';
import { getMyPermissions } from '../jira/operations/get-my-permissions';
import { getProject } from '../jira/operations/get-project';
import { defineResolver } from './define-resolver';
import { DRAFT_EDIT_PERMISSION } from './draft-edit-permission';

interface IssueTypeField {
  id: string;
  name: string;
  hierarchyLevel?: number;
}

/**
 * Where the app was opened: read from Jira as the user (so Jira's permissions apply), plus app
 * storage. Who is signed in comes from the invocation context; reading their profile would need
 * the read:jira-user scope, which the app does not otherwise use.
 */
export function registerContextGet(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'context/get', async (_input, scope) => {
    const jira = env.jira('user').requester;
    const [project, permissions, issue] = await Promise.all([
      getProject(jira, scope.projectId),
      getMyPermissions(jira, scope.projectId, ['ADMINISTER_PROJECTS', DRAFT_EDIT_PERMISSION]),
      scope.issue ? getIssue(jira, scope.issue.id, { fields: ['summary', 'issuetype'] }) : null,
    ]);
    const issueType = issue?.fields.issuetype as IssueTypeField | undefined;
    return {
      module: scope.moduleType,
      accountId: scope.accountId,
      project,
      issue:
        issue && issueType
          ? {
              id: issue.id,
              key: issue.key,
              summary: typeof issue.fields.summary === 'string' ? issue.fields.summary : '',
              issueType: {
                id: issueType.id,
                name: issueType.name,
                hierarchyLevel: issueType.hierarchyLevel ?? 0,
              },
            }
          : null,
      canAdminister: permissions.ADMINISTER_PROJECTS === true,
      canEditDraft: permissions[DRAFT_EDIT_PERMISSION] === true,
      draftSavedAt: scope.issue ? await env.drafts.draftSavedAt(scope.issue.id) : null,
    };
  });
}
