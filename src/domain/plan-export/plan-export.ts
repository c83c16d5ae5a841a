import type { IssueTypeInfo, Plan, PlanItem, PlanLinkEnd } from '../plan';
import { adfToMarkdown } from './adf-to-markdown';

/**
 * The largest plan export answered, in bytes of UTF-8: a resolver's answer to Custom UI passes
 * Atlassian's GraphQL gateway, whose payloads are limited to 5 MB, and nobody reviews more. The
 * largest drafts with the endpoint-per-sub-task template reach tens of megabytes as JSON.
 */
export const PLAN_EXPORT_MAX_BYTES = 4 * 1024 * 1024;

/** What a plan export needs besides the plan: how to name issue types and the draft's title. */
export interface PlanExportContext {
  issueTypes: IssueTypeInfo[];
  title: string;
}

const typeName = (item: PlanItem, context: PlanExportContext) =>
  context.issueTypes.find((t) => t.id === item.issueTypeId)?.name ?? item.role;

/**
 * The plan as Markdown, for a pull request or a Confluence page: every issue in creation order,
 * indented under its parent, with its type, labels and description, then the dependencies.
 */
export function planToMarkdown(plan: Plan, context: PlanExportContext): string {
  const depth = new Map<string, number>();
  const lines = [
    `# ${context.title || 'Backend breakdown'}`,
    '',
    `${String(plan.items.length)} issues to create (template ${plan.templateId} v${String(plan.templateVersion)}; ${String(plan.estimate.bulkRequests)} bulk requests).`,
    '',
  ];
  for (const item of plan.items) {
    const parent = item.parent;
    const level = parent?.kind === 'item' ? (depth.get(parent.localId) ?? 0) + 1 : parent ? 1 : 0;
    depth.set(item.localId, level);
    const headingLevel = Math.min(2 + level, 5);
    const heading = '#'.repeat(headingLevel);
    const under = parent?.kind === 'existing' ? ` under ${parent.key}` : '';
    lines.push(`${heading} ${item.fields.summary}`, '');
    lines.push(
      `*${typeName(item, context)}*${under} · \`${item.localId}\`` +
        (item.fields.labels.length > 0 ? ` · labels: ${item.fields.labels.join(', ')}` : ''),
      '',
    );
    const description = adfToMarkdown(item.fields.description, headingLevel - 2);
    if (description) lines.push(description, '');
  }
  if (plan.links.length > 0) {
    const summaryOf = (end: PlanLinkEnd) =>
      end.kind === 'item'
        ? (plan.items.find((i) => i.localId === end.localId)?.fields.summary ?? end.localId)
        : end.key;
    lines.push('## Dependencies', '');
    for (const link of plan.links) {
      lines.push(`- ${summaryOf(link.from)} **${link.type}** ${summaryOf(link.to)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The plan as a CSV for Jira Cloud's CSV importer, as Atlassian documents it:
 * - "Import data from a CSV file" (support.atlassian.com/jira-cloud-administration/docs/
 *   import-data-from-a-csv-file/): one row per work item, a header row, RFC 4180 quoting;
 *   "Labels" and a link column repeated to give several values.
 * - "Keep work parent-child relationships during CSV import to Jira Cloud"
 *   (support.atlassian.com/jira/kb/keep-issue-parent-child-mapping-during-csv-import-to-jira-cloud/):
 *   the columns "Issue ID", "Issue Type", "Summary" and "Parent", the child's "Parent" holding its
 *   parent's "Issue ID", and the rows in hierarchy order: epics, then standard work items,
 *   then sub-tasks (a parent must come before its children).
 * A parent that already exists is named by its key. "Outward issue link (Blocks)" points at rows
 * by their Issue ID (or an existing key), as Jira's own CSV export writes links.
 */
export function planToCsv(plan: Plan, context: PlanExportContext): string {
  const items = hierarchyOrder(plan.items, context);
  const rowOf = new Map(items.map((item, index) => [item.localId, String(index + 1)]));
  const labelColumns = Math.max(0, ...items.map((i) => i.fields.labels.length));
  const blocks = (item: PlanItem) =>
    plan.links
      .filter(
        (l) => l.type === 'blocks' && l.from.kind === 'item' && l.from.localId === item.localId,
      )
      .map((l) => (l.to.kind === 'item' ? (rowOf.get(l.to.localId) ?? '') : l.to.key));
  const linkColumns = Math.max(0, ...items.map((i) => blocks(i).length));
  const header = [
    'Issue ID',
    'Parent',
    'Issue Type',
    'Summary',
    'Description',
    ...Array<string>(labelColumns).fill('Labels'),
    ...Array<string>(linkColumns).fill('Outward issue link (Blocks)'),
  ];
  const rows = items.map((item) => {
    const parent =
      item.parent?.kind === 'item'
        ? (rowOf.get(item.parent.localId) ?? '')
        : (item.parent?.key ?? '');
    const labels = item.fields.labels;
    const links = blocks(item);
    return [
      rowOf.get(item.localId) ?? '',
      parent,
      typeName(item, context),
      item.fields.summary,
      adfToMarkdown(item.fields.description),
      ...Array.from({ length: labelColumns }, (_, i) => labels[i] ?? ''),
      ...Array.from({ length: linkColumns }, (_, i) => links[i] ?? ''),
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * Items from the highest level of Jira's hierarchy down (epics, standard types, sub-tasks),
 * creation order kept within a level. An item whose type is unknown is placed by its depth
 * under the plan's own items, which never puts it before its parent.
 */
function hierarchyOrder(items: PlanItem[], context: PlanExportContext): PlanItem[] {
  const byId = new Map(items.map((item) => [item.localId, item]));
  const depth = (item: PlanItem): number => {
    let d = 0;
    for (let at = item.parent; at?.kind === 'item' && d < items.length; d++) {
      at = byId.get(at.localId)?.parent ?? null;
    }
    return d;
  };
  const rank = (item: PlanItem) => {
    const type = context.issueTypes.find((t) => t.id === item.issueTypeId);
    // Jira's levels: 1 epic, 0 standard, -1 sub-task. Higher first; depth breaks ties.
    return type ? -type.hierarchyLevel * 1000 + depth(item) : depth(item);
  };
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The plan as JSON: exactly what the preview shows and the executor creates. */
export function planToJson(plan: Plan, context: PlanExportContext): string {
  const issueTypes = Object.fromEntries(context.issueTypes.map((t) => [t.id, t.name]));
  return `${JSON.stringify({ title: context.title, issueTypes, plan }, null, 2)}\n`;
}
