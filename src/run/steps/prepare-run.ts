/**
 * Everything the executor must know before its first create, fetched in one parallel round trip:
 * permission, the project's issue types, whether the link-carrying types offer `issuelinks` on
 * their create screen, the site's link types, and which of the plan's items Jira already has.
 * Any precondition that fails here fails the run before anything is created.
 */
import type { IssueTypeInfo, Plan } from '../../domain/plan';
import { ExecutorError } from '../executor-errors';
import { resolveItemIssueTypes } from '../decide/item-issue-types';
import type { JiraClient } from '../../jira/jira-client';
import { requireLinkTypes, type LinkKind } from '../decide/link-folding';
import type { IssueLinkTypeInfo } from '../../jira/operations/get-issue-link-types';
import { JiraHttpError } from '../../jira/jira-errors';
import type { PlanIssues } from './reconcile';
import type { CreateMetaIssueType } from '../../jira/operations/get-create-meta-issue-types';

/** The person's project permissions, answered for the permissions named. */
export type PermissionAsker = (permissions: readonly string[]) => Promise<Record<string, boolean>>;

/**
 * Whose permissions the run needs: the person calling (asked of Jira as them, or answered by
 * what this invocation already asked, `held`), or, in the queue, the person who started it.
 */
export type PermissionCheck =
  { actor: 'user'; held?: PermissionAsker | undefined } | { actor: 'app'; accountId: string };

export interface Preparation {
  issueTypeOf: Map<string, IssueTypeInfo>;
  /** Issue type ids whose create screen has `issuelinks`. */
  linkCarryingTypes: Set<string>;
  linkTypes: Map<LinkKind, IssueLinkTypeInfo>;
  mayLink: boolean;
  existing: PlanIssues;
  /** The slowest of the parallel lookups: this site's round-trip time, for the inline/queue decision. */
  latencyMs: number;
  preparedAt: number;
}

async function timed<T>(
  now: () => number,
  work: () => Promise<T>,
): Promise<{ value: T; ms: number }> {
  const started = now();
  const value = await work();
  return { value, ms: now() - started };
}

export async function prepareRun(
  jira: JiraClient,
  plan: Plan,
  check: PermissionCheck,
  now: () => number,
  findExisting: (withLinks: boolean) => Promise<PlanIssues>,
  /** The project's createmeta types, when the caller read them just now. */
  knownIssueTypes?: readonly CreateMetaIssueType[],
): Promise<Preparation> {
  const permissions = plan.links.length > 0 ? ['CREATE_ISSUES', 'LINK_ISSUES'] : ['CREATE_ISSUES'];
  const linkEndTypeIds = new Set(
    plan.links
      .flatMap((l) => [l.from, l.to])
      .flatMap((end) =>
        end.kind === 'item'
          ? (plan.items.find((i) => i.localId === end.localId)?.issueTypeId ?? [])
          : [],
      ),
  );
  const fieldsFor = async (typeId: string) => {
    try {
      const fields = await jira.getCreateMetaFields(plan.projectId, typeId);
      return fields.some((f) => f.fieldId === 'issuelinks' || f.key === 'issuelinks');
    } catch {
      // A type the plan names may be gone; the type actually used is looked up below.
      return undefined;
    }
  };

  const [held, types, screens, linkTypes, existing] = await Promise.all([
    timed(now, () =>
      check.actor === 'app'
        ? checkStarterPermissions(jira, check.accountId, plan.projectId, permissions)
        : (check.held ?? ((asked) => jira.getMyPermissions(plan.projectId, asked)))(permissions),
    ),
    timed(now, async () => knownIssueTypes ?? jira.getCreateMetaIssueTypes(plan.projectId)),
    timed(
      now,
      async () =>
        new Map(
          await Promise.all(
            [...linkEndTypeIds].map(async (id) => [id, await fieldsFor(id)] as const),
          ),
        ),
    ),
    timed(now, async () => (plan.links.length > 0 ? jira.getIssueLinkTypes() : [])),
    timed(now, () => findExisting(plan.links.length > 0)),
  ]);

  if (!held.value.CREATE_ISSUES) {
    throw new ExecutorError(
      'NO_CREATE_PERMISSION',
      check.actor === 'app'
        ? 'The person who started this run can no longer create issues in this project. Nothing more was created.'
        : 'You do not have permission to create issues in this project. Nothing was created.',
      { projectId: plan.projectId },
    );
  }
  const issueTypeOf = resolveItemIssueTypes(plan, types.value);
  const linkKinds = new Set(plan.links.map((l) => l.type));
  const resolvedLinkTypes = requireLinkTypes(linkTypes.value, linkKinds);

  // The plan may name a type the project replaced; ask about the type actually used.
  const linkCarryingTypes = new Set<string>();
  const usedEndTypes = new Set(
    [...linkEndTypeIds].length === 0
      ? []
      : plan.links
          .flatMap((l) => [l.from, l.to])
          .flatMap((e) => (e.kind === 'item' ? (issueTypeOf.get(e.localId)?.id ?? []) : [])),
  );
  for (const typeId of usedEndTypes) {
    const known = screens.value.get(typeId);
    const carries = known ?? (await fieldsFor(typeId));
    if (carries) linkCarryingTypes.add(typeId);
  }

  return {
    issueTypeOf,
    linkCarryingTypes,
    linkTypes: resolvedLinkTypes,
    mayLink: held.value.LINK_ISSUES !== false,
    existing: existing.value,
    latencyMs: Math.max(held.ms, types.ms, screens.ms, linkTypes.ms, existing.ms),
    preparedAt: now(),
  };
}

/**
 * The queue consumer acts as the app, so it first asks Jira whether the person who started the
 * run may still create issues. `POST /rest/api/3/permissions/check` about another account needs
 * the *Administer Jira* global permission, which an app is not usually given: when Jira refuses
 * the question, the run stops rather than create anything the person might no longer be allowed
 * to, and says how to continue (a resume from the panel runs as the person).
 */
async function checkStarterPermissions(
  jira: JiraClient,
  accountId: string,
  projectId: string,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  try {
    return await jira.checkPermissions({ accountId, projectId, permissions });
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 403 || error.status === 401)) {
      throw new ExecutorError(
        'PERMISSION_CHECK_REFUSED',
        'Jira did not let the app confirm that the person who started this run may still create issues ' +
          '(that check needs the app to administer Jira), so nothing more was created in the background. ' +
          'Press Resume to continue as yourself.',
        { projectId },
      );
    }
    throw error;
  }
}
