import { orderServices } from '../dependencies/order-services';
import type { Draft } from '../draft/draft-schema';
import type { IssueRole, IssueTypeInfo, Plan, PlanItem, PlanLink, PlanParent } from '../plan';
import { checkReadiness, hasBlocker } from '../readiness/check-readiness';
import type { ReadinessFinding } from '../readiness/readiness-rule';
import type { Template } from '../template/template-schema';
import { estimatePlan } from './estimate-plan';
import { featureContext, type FeatureContext } from './plan-context';
import { excludedServiceIds } from './exclusion-key';
import type { BuildPlanError } from './plan-error';
import { planItems } from './plan-items';
import { resolveIssueTypes } from './resolve-issue-types';

export interface BuildPlanOptions {
  /** Stable per draft, so a re-run targets the same issues. */
  planId: string;
  projectId: string;
  /** The issue the panel was opened on. */
  currentIssue?: { key: string; hierarchyLevel: number };
  /** Put the services under the current issue when it is an epic, instead of a new epic. */
  reuseCurrentEpic?: boolean;
  /** Account ids for the template's "reporter" and "runner" assignee defaults. */
  people?: { runner?: string; reporter?: string };
  /**
   * The draft's exclusions (`exclusionKey`s). The plan still lists every item (the preview marks
   * the excluded ones; `excludeItems` leaves them out of a run), but the feature's own tickets
   * are written without the excluded services.
   */
  excluded?: readonly string[];
}

export type BuildPlanResult =
  | { ok: true; plan: Plan; findings: ReadinessFinding[] }
  | { ok: false; error: BuildPlanError; findings: ReadinessFinding[] };

const EPIC_LEVEL = 1;

/** `blocks` links from each service to the services that consume its outputs. */
function dependencyLinks(feature: FeatureContext): PlanLink[] {
  return feature.order.flatMap((serviceId) =>
    (feature.dependencies.get(serviceId) ?? []).map((provider) => ({
      type: 'blocks' as const,
      from: { kind: 'item' as const, localId: `service:${provider}` },
      to: { kind: 'item' as const, localId: `service:${serviceId}` },
    })),
  );
}

/**
 * Computes exactly which Jira issues to create for a draft under a template. Pure and
 * deterministic: the same inputs give the same plan, byte for byte. Fails when a blocking
 * readiness finding exists or the project lacks an issue type the plan needs.
 */
export function buildPlan(
  draft: Draft,
  template: Template,
  issueTypes: readonly IssueTypeInfo[],
  options: BuildPlanOptions,
): BuildPlanResult {
  const findings = checkReadiness(draft, template);
  if (hasBlocker(findings)) {
    const count = findings.filter((finding) => finding.severity === 'blocker').length;
    return {
      ok: false,
      error: {
        code: 'not-ready',
        message: `The draft is not ready: ${count} blocking ${count === 1 ? 'finding' : 'findings'} to resolve first`,
      },
      findings,
    };
  }

  const { currentIssue } = options;
  const reuseEpic =
    options.reuseCurrentEpic === true && currentIssue?.hierarchyLevel === EPIC_LEVEL;
  const epicParent: PlanParent | null =
    reuseEpic && currentIssue ? { kind: 'existing', key: currentIssue.key } : null;

  const feature = featureContext(
    draft,
    template,
    orderServices(draft).order,
    options.people,
    excludedServiceIds(options.excluded ?? []),
    {
      ...(currentIssue ? { issueKey: currentIssue.key } : {}),
      ...(reuseEpic && currentIssue ? { epicKey: currentIssue.key } : {}),
    },
  );
  const drafted = planItems(draft, template, feature, epicParent);

  const roles = (['epic', 'standard', 'subtask'] as const).filter((role: IssueRole) =>
    drafted.some((item) => item.role === role),
  );
  const types = resolveIssueTypes(issueTypes, template.issueTypeIds, roles);
  if (!types.ok) return { ok: false, error: types.error, findings };

  const items: PlanItem[] = drafted.map((item) => ({
    localId: item.localId,
    role: item.role,
    level: item.level,
    issueTypeId: types.typeIds[item.role] ?? '',
    parent: item.parent,
    fields: item.fields,
    source: item.source,
  }));

  const links = dependencyLinks(feature);
  if (epicParent === null && currentIssue) {
    links.push({
      type: 'relates',
      from: { kind: 'item', localId: 'epic' },
      to: { kind: 'existing', key: currentIssue.key },
    });
  }

  return {
    ok: true,
    plan: {
      planId: options.planId,
      projectId: options.projectId,
      templateId: template.id,
      templateVersion: template.version,
      items,
      links,
      estimate: estimatePlan(items, links),
    },
    findings,
  };
}
