/**
 * The words an action answers with. Automation shows them in the rule's audit log, Rovo relays
 * them in chat, so each answer leads with one plain sentence that stands on its own (names and
 * issue keys, never internal ids), followed by the structured facts an agent can quote.
 */
import type { EpicPreview, PlanPreview, RunView } from '../contract';

/** "1 sub-task", "3 sub-tasks"; thousands grouped the way people write them. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A name's plural as English forms it: Story → Stories, Task → Tasks. */
export function plural(name: string): string {
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/i.test(name)) return `${name}es`;
  return `${name}s`;
}

const are = (n: number) => (n === 1 ? 'is' : 'are');

/** "1 sub-task exists already and is kept", "3 issues exist already and are kept". */
function kept(n: number, noun: string): string {
  return `${count(n, noun)} ${n === 1 ? 'exists' : 'exist'} already and ${are(n)} kept`;
}

/** "a, b and c". */
function listing(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

export interface IssueRef {
  key: string;
  summary: string;
  /** Where to see it in Jira, when the site's address is known. */
  url: string | null;
}

export interface RunAnswer {
  message: string;
  issue: IssueRef;
  run: {
    runId: string;
    status: RunView['status'];
    /** `queued`: the run goes on in the background; follow it on the issue. */
    mode: RunView['mode'];
    created: number;
    existed: number;
    failed: number;
    blocked: number;
    total: number;
  };
  /** True when this answers a delivery of a rule execution that was already answered. */
  repeated?: boolean;
}

const where = (issue: IssueRef, module: string) =>
  `${module} on ${issue.key}${issue.url ? ` (${issue.url})` : ''}`;

/** What a started run did, or is doing, in one paragraph. */
export function describeRun(
  run: RunView,
  issue: IssueRef,
  what: { noun: string; nouns: string; module: string },
): RunAnswer {
  const { counts } = run;
  const made = (n: number) => count(n, what.noun, what.nouns);
  let message: string;
  switch (run.status) {
    case 'queued':
    case 'running':
      message =
        `Creating ${made(counts.total - counts.existed)} for ${issue.key} runs in the background` +
        `${counts.created > 0 ? ` (${count(counts.created, 'issue')} created so far)` : ''}. ` +
        `Follow its progress in ${where(issue, what.module)}.`;
      break;
    case 'succeeded':
      message =
        counts.created === 0
          ? counts.existed === 0
            ? `Nothing to create for ${issue.key}.`
            : `Nothing new to create for ${issue.key}: all ${made(counts.existed)} exist already.`
          : `Created ${made(counts.created)} for ${issue.key}` +
            `${counts.existed > 0 ? `; ${made(counts.existed)} existed already and ${counts.existed === 1 ? 'was' : 'were'} kept` : ''}. ` +
            `See them in ${where(issue, what.module)}.`;
      break;
    case 'partial':
    case 'failed':
      message =
        `Created ${String(counts.created)} of ${made(counts.total - counts.existed)} for ${issue.key}; ` +
        `${count(counts.failed + counts.blocked, 'issue')} could not be created` +
        `${run.error ? ` (${run.error.message})` : ''}. ` +
        `Open ${where(issue, what.module)} to see why and resume.`;
      break;
    case 'cancelled':
      message = `The run for ${issue.key} was cancelled after creating ${made(counts.created)}.`;
      break;
    case 'undone':
      message = `The run for ${issue.key} was undone: its issues were deleted again.`;
      break;
  }
  return {
    message,
    issue,
    run: {
      runId: run.runId,
      status: run.status,
      mode: run.mode,
      created: counts.created,
      existed: counts.existed,
      failed: counts.failed,
      blocked: counts.blocked,
      total: counts.total,
    },
  };
}

/** Children listed in a preview answer; the rest are counted. */
export const PREVIEW_CHILDREN = 25;

export interface SubtaskPreviewAnswer {
  kind: 'subtasks';
  message: string;
  issue: IssueRef;
  template: { id: string; name: string };
  totals: EpicPreview['totals'];
  children: {
    key: string;
    summary: string;
    create: string[];
    existing: string[];
    cannot?: string;
  }[];
  moreChildren: number;
}

/** What generating template sub-tasks on an epic would do, read-only. */
export function describeSubtaskPreview(
  preview: EpicPreview,
  issue: IssueRef,
): SubtaskPreviewAnswer {
  const { totals } = preview;
  const chosen = preview.items
    .filter((item) => preview.chosenItemKeys.includes(item.key))
    .map((item) => item.name);
  const takers = preview.rows.filter((row) => row.cells.some((c) => c.state === 'create')).length;
  const parts = [
    totals.create === 0
      ? `Generating "${preview.template.name}" on ${issue.key} would create nothing new`
      : `Generating "${preview.template.name}" on ${issue.key} would create ` +
        `${count(totals.create, 'sub-task')} under ${count(takers, 'child', 'children')} ` +
        `(${listing(chosen)} for each)`,
  ];
  const notes: string[] = [];
  if (totals.exists + totals.adopt > 0) {
    notes.push(kept(totals.exists + totals.adopt, 'sub-task'));
  }
  if (totals.filteredOut > 0) {
    notes.push(
      `${count(totals.filteredOut, 'child', 'children')} ${are(totals.filteredOut)} left out by the filters`,
    );
  }
  if (totals.cannot > 0) notes.push(`${count(totals.cannot, 'sub-task')} cannot be created`);
  if (totals.children === 0) notes.push(`${issue.key} has no children yet`);
  const message =
    `${parts.join('')}${notes.map((note) => `; ${note}`).join('')}. ` +
    'Nothing has been created: ask to generate them to go ahead.';
  const rows = preview.rows.filter((row) => row.cells.length > 0 || row.cannot);
  return {
    kind: 'subtasks',
    message,
    issue,
    template: { id: preview.template.id, name: preview.template.name },
    totals,
    children: rows.slice(0, PREVIEW_CHILDREN).map((row) => ({
      key: row.child.key,
      summary: row.child.summary,
      create: row.cells.flatMap((c) => (c.state === 'create' ? [c.summary] : [])),
      existing: row.cells.flatMap((c) =>
        c.state === 'exists' || c.state === 'adopt' ? [`${c.key} ${c.summary}`] : [],
      ),
      ...(row.cannot ? { cannot: row.cannot } : {}),
    })),
    moreChildren: Math.max(0, rows.length - PREVIEW_CHILDREN),
  };
}

/** Items listed in a preview answer; the rest are counted. */
export const PREVIEW_ITEMS = 60;

export interface BreakdownPreviewAnswer {
  kind: 'breakdown';
  message: string;
  issue: IssueRef;
  ready: boolean;
  /** What would be created, in creation order: the issue type's name and the summary. */
  create: { type: string; summary: string }[];
  existing: { key: string; summary: string }[];
  moreItems: number;
}

/** What creating an issue's saved breakdown would do, read-only. */
export function describeBreakdownPreview(
  preview: PlanPreview,
  issue: IssueRef,
): BreakdownPreviewAnswer {
  if (!preview.ready) {
    return {
      kind: 'breakdown',
      message: `The breakdown of ${issue.key} cannot be created yet: ${preview.problem.message}`,
      issue,
      ready: false,
      create: [],
      existing: [],
      moreItems: 0,
    };
  }
  const typeName = new Map(preview.issueTypes.map((t) => [t.id, t.name]));
  const byId = new Map(preview.plan.items.map((item) => [item.localId, item]));
  const create = preview.diff.toCreate.flatMap((localId) => {
    const item = byId.get(localId);
    return item
      ? [{ type: typeName.get(item.issueTypeId) ?? item.role, summary: item.fields.summary }]
      : [];
  });
  const existing = preview.diff.existing.map((e) => ({
    key: e.key,
    summary: byId.get(e.localId)?.fields.summary ?? '',
  }));
  const perType = new Map<string, number>();
  for (const item of create) perType.set(item.type, (perType.get(item.type) ?? 0) + 1);
  const kinds = [...perType].map(([type, n]) => count(n, type, plural(type)));
  const notes: string[] = [];
  if (existing.length > 0) notes.push(kept(existing.length, 'issue'));
  if (preview.excluded.length > 0) {
    notes.push(
      `${count(preview.excluded.length, 'item')} excluded in the draft ${are(preview.excluded.length)} left out`,
    );
  }
  const message =
    (create.length === 0
      ? `Creating the breakdown of ${issue.key} would create nothing new`
      : `Creating the breakdown of ${issue.key} would create ${count(create.length, 'issue')}: ${listing(kinds)}`) +
    notes.map((note) => `; ${note}`).join('') +
    '. Nothing has been created: ask to create the breakdown to go ahead.';
  return {
    kind: 'breakdown',
    message,
    issue,
    ready: true,
    create: create.slice(0, PREVIEW_ITEMS),
    existing: existing.slice(0, PREVIEW_ITEMS),
    moreItems: Math.max(0, create.length - PREVIEW_ITEMS),
  };
}
