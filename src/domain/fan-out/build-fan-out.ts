/**
 * The epic fan-out as a plan: every chosen sub-task item of a template under every child of an
 * epic that passes the filters, child by child and item by item. Pure; the shell reads the
 * children, the project's issue types and the plan's own issues from Jira and runs the plan
 * through the executor, which creates each item exactly once.
 */
import { bulletList, heading, paragraph, strong } from '../adf/adf-nodes';
import type { DescriptionPart } from '../adf/fit-description';
import { childWhy } from '../planning/describe/why-sections';
import type { ChildContext } from '../planning/plan-context';
import { emptyDraft } from '../draft/empty-draft';
import type { Service } from '../draft/scoping-schema';
import type { AdfNode, IssueTypeInfo, Plan, PlanItem } from '../plan';
import { estimatePlan } from '../planning/estimate-plan';
import { planIdOf } from '../planning/plan-id';
import { featureContext } from '../planning/plan-context';
import { makeItem } from '../planning/plan-items';
import { resolveIssueTypes } from '../planning/resolve-issue-types';
import type { ServiceItemTemplate, Template } from '../template/template-schema';
import { normaliseSummary } from '../text/summary';
import type { EpicChild, FanOutCell, FanOutFilters, FanOutRow, FanOutTotals } from './epic-child';
import { fanOutItems } from './fan-out-items';

export interface FanOutInput {
  epic: { id: string; key: string; summary: string; projectId: string; projectKey: string };
  children: readonly EpicChild[];
  template: Template;
  /** Keys of the template's sub-task items to generate, at least one. */
  itemKeys: readonly string[];
  filters: FanOutFilters;
  /** The issue types the person may create in the epic's project (createmeta). */
  issueTypes: readonly IssueTypeInfo[];
  canCreate: boolean;
  /** Sub-tasks this plan's runs made already: local id → issue key (from the app's property). */
  own: ReadonlyMap<string, string>;
}

export type FanOutResult =
  | { ok: true; plan: Plan; rows: FanOutRow[]; totals: FanOutTotals }
  | { ok: false; error: { code: 'unknown-item'; message: string } };

/** The local id of item `itemKey` under the child with issue id `childId`. */
export const fanOutLocalId = (childId: string, itemKey: string) => `child:${childId}/${itemKey}`;

/** Jira ids are numeric strings: order by number, so the order is the order of creation. */
function byIssueId(a: EpicChild, b: EpicChild): number {
  return a.id.length - b.id.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const sameSummary = (text: string) => normaliseSummary(text).toLowerCase();

function passes(child: EpicChild, filters: FanOutFilters): boolean {
  const within = (wanted: string[] | undefined, value: string) =>
    !wanted || wanted.length === 0 || wanted.includes(value);
  const labels = filters.labels ?? [];
  return (
    within(filters.issueTypes, child.issueType.name) &&
    within(filters.statuses, child.status) &&
    (labels.length === 0 || child.labels.some((l) => labels.includes(l)))
  );
}

/** Why nothing can be created for someone without Create issues: said once by the action. */
export const noCreatePermission = (projectKey: string): string =>
  `You do not have the "Create issues" permission in ${projectKey}.`;

/** Why no sub-task can be made under `child`, or undefined when it can take them. */
function cannotReason(
  child: EpicChild,
  input: FanOutInput,
  noSubtaskType: string | undefined,
): string | undefined {
  if (child.issueType.subtask || child.issueType.hierarchyLevel < 0)
    return `${child.key} is a sub-task itself, and a sub-task cannot have sub-tasks.`;
  if (child.issueType.hierarchyLevel !== 0)
    return `${child.key} is at hierarchy level ${child.issueType.hierarchyLevel}; sub-tasks go under standard issues (stories, tasks, bugs).`;
  if (child.projectId !== input.epic.projectId)
    return `${child.key} is in another project; sub-tasks are generated in ${input.epic.projectKey}, the epic's project, only.`;
  if (!input.canCreate) return noCreatePermission(input.epic.projectKey);
  return noSubtaskType;
}

/**
 * What every sub-task made under a child says first, so it stands on its own: why it exists (the
 * story and the epic it is part of) and the story itself (what its description says it is about,
 * and its acceptance criteria), or a plain sentence when the story has no description.
 */
function childLead(child: ChildContext, showCriteria: boolean): DescriptionPart[] {
  const lead: DescriptionPart[] = [
    { title: 'Why', blocks: [heading(3, 'Why'), ...childWhy(child)] },
  ];
  const criteria = showCriteria ? child.acceptanceCriteria : [];
  const story: AdfNode[] = [
    ...child.paragraphs.map((line) => paragraph(line)),
    ...(criteria.length > 0
      ? [paragraph(strong('Acceptance criteria')), ...bulletList(criteria)]
      : []),
  ];
  if (story.length === 0 && child.acceptanceCriteria.length === 0) {
    story.push(
      paragraph(
        `${child.key} has no description yet, so its summary is all this sub-task has to go on: ask its reporter what it must do before starting.`,
      ),
    );
  }
  if (story.length > 0) {
    lead.push({ title: 'The story', blocks: [heading(3, 'The story'), ...story] });
  }
  return lead;
}

/** What the fan-out knows of a child, for the sub-tasks made under it. */
function childContext(child: EpicChild, epic: FanOutInput['epic']): ChildContext {
  const story = child.story ?? {
    paragraphs: child.description === '' ? [] : [child.description],
    acceptanceCriteria: [],
  };
  return {
    key: child.key,
    summary: child.summary,
    paragraphs: story.paragraphs,
    acceptanceCriteria: story.acceptanceCriteria,
    epic: { key: epic.key, summary: epic.summary },
  };
}

/**
 * The item as it reads under a child: its child wording when the template has one, else its own.
 * Its "why" sections give way to the child's, which every sub-task carries first.
 */
function partForChild(part: ServiceItemTemplate): ServiceItemTemplate {
  const wording = part.child ?? { summary: part.summary, sections: part.sections };
  return {
    ...part,
    summary: wording.summary,
    sections: wording.sections.filter((section) => section.kind !== 'why'),
  };
}

/** A child standing in for a service: its summary is the name, its description the purpose. */
function childAsService(child: EpicChild): Service {
  return {
    id: child.key,
    name: child.summary,
    primaryFunction: child.description,
    inputs: [],
    outputs: [],
    endpoints: [],
    failureModes: [],
    failSafes: [],
    successCriteria: [],
  };
}

export function buildFanOut(input: FanOutInput): FanOutResult {
  const offered = fanOutItems(input.template);
  const unknown = input.itemKeys.filter((key) => !offered.some((item) => item.key === key));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: {
        code: 'unknown-item',
        message: `Template "${input.template.name}" has no sub-task item ${unknown.map((k) => `"${k}"`).join(', ')} to generate under an epic's children.`,
      },
    };
  }
  // In the template's order, whatever order they were chosen in.
  const parts = offered.filter((item) => input.itemKeys.includes(item.key));

  const resolved = resolveIssueTypes(input.issueTypes, input.template.issueTypeIds, ['subtask']);
  const subtaskTypeId = resolved.ok ? resolved.typeIds.subtask : undefined;
  const noSubtaskType =
    subtaskTypeId === undefined
      ? `Project ${input.epic.projectKey} has no sub-task issue type you can create (sub-tasks may be turned off).`
      : undefined;

  const children = [...input.children].sort(byIssueId);
  const chosen = children.filter((child) => passes(child, input.filters));
  const draft = emptyDraft(input.epic.summary);
  draft.scoping.services = chosen.map(childAsService);
  const feature = featureContext(
    draft,
    input.template,
    chosen.map((c) => c.key),
  );

  const items: PlanItem[] = [];
  const rows: FanOutRow[] = [];
  const totals: FanOutTotals = {
    children: children.length,
    filteredOut: children.length - chosen.length,
    create: 0,
    exists: 0,
    adopt: 0,
    cannot: 0,
  };
  chosen.forEach((child, index) => {
    const service = draft.scoping.services[index] as Service;
    const cannot = cannotReason(child, input, noSubtaskType);
    const existing = new Map(child.subtasks.map((s) => [sameSummary(s.summary), s.key]));
    const ownKeys = new Set(child.subtasks.map((s) => s.key));
    const context = childContext(child, input.epic);
    const cells: FanOutCell[] = parts.map((template) => {
      const part = partForChild(template);
      const localId = fanOutLocalId(child.id, part.key);
      // The acceptance criteria are said once: as the boxes to tick when the item ticks them.
      const ticksCriteria = part.sections.some((s) => s.kind === 'acceptance-criteria');
      const item = makeItem(
        localId,
        'subtask',
        { kind: 'existing', key: child.key },
        part,
        { feature, itemName: part.name, service, child: context },
        `${part.name} of ${child.summary || child.key}`,
        { kind: 'service-item', serviceId: child.key, itemKey: part.key },
        childLead(context, !ticksCriteria),
      );
      const summary = item.fields.summary;
      if (cannot !== undefined)
        return { itemKey: part.key, state: 'cannot', summary, reason: cannot };
      // Ours only while the child still has it: a sub-task deleted by hand is planned again.
      const ownKey = input.own.get(localId);
      const own = ownKey !== undefined && ownKeys.has(ownKey) ? ownKey : undefined;
      const same = existing.get(sameSummary(summary));
      if (own === undefined && same !== undefined)
        return { itemKey: part.key, state: 'adopt', summary, key: same };
      // Ours are kept in the plan: the run finds them by their property and counts them as there.
      items.push({ ...item, issueTypeId: subtaskTypeId as string });
      return own === undefined
        ? { itemKey: part.key, state: 'create', localId, summary }
        : { itemKey: part.key, state: 'exists', localId, summary, key: own };
    });
    for (const cell of cells) totals[cell.state]++;
    rows.push({
      child: {
        id: child.id,
        key: child.key,
        summary: child.summary,
        status: child.status,
        assignee: child.assignee,
        labels: child.labels,
        issueType: child.issueType.name,
      },
      ...(cannot === undefined ? {} : { cannot }),
      cells,
    });
  });

  const plan: Plan = {
    planId: planIdOf({ kind: 'fan-out', issueId: input.epic.id }),
    projectId: input.epic.projectId,
    templateId: input.template.id,
    templateVersion: input.template.version,
    items,
    links: [],
    estimate: estimatePlan(items),
  };
  return { ok: true, plan, rows, totals };
}
