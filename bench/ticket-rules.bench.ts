/**
 * Ticket rules measurement (issue 18; not a test): renders every ticket the built-in templates
 * make for the realistic 3-service checkout draft, and every sub-task the epic fan-out makes over
 * five stories with descriptions, then counts what breaks the rules of `test/support/ticket-rules`
 * (empty sections, dangling references, placeholders, internal ids, chained colons, …).
 *
 *   npx tsx bench/ticket-rules.bench.ts [--details]
 */
import {
  BUILT_IN_TEMPLATES,
  buildFanOut,
  buildPlan,
  childDescription,
  childStory,
  fanOutItems,
  type Draft,
  type EpicChild,
  type PlanItem,
} from '../src/domain';
import { SHOP_ISSUE_TYPES, aDraft } from '../test/support/draft-builders';
import { CHECKOUT_STORIES } from '../test/support/story-children';
import { countByRule, ticketViolations, type TicketViolation } from '../test/support/ticket-rules';

const details = process.argv.includes('--details');

/** Ids a person never sees as names: every id with a hyphen in the draft. */
function internalIds(draft: Draft): string[] {
  const ids = draft.scoping.services.flatMap((s) => [
    s.id,
    ...[...s.inputs, ...s.outputs, ...s.endpoints, ...s.failureModes, ...s.successCriteria].map(
      (x) => x.id,
    ),
  ]);
  return [...new Set(ids.filter((id) => id.includes('-')))];
}

const children: EpicChild[] = CHECKOUT_STORIES.map((story) => ({
  id: story.id,
  key: story.key,
  summary: story.summary,
  description: childDescription(story.description),
  story: childStory(story.description),
  projectId: '10000',
  issueType: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  status: 'To Do',
  assignee: null,
  labels: [],
  subtasks: [],
}));

function report(
  name: string,
  items: readonly Pick<PlanItem, 'fields'>[],
  found: TicketViolation[][],
) {
  const all = found.flat();
  const counts = countByRule(all);
  const rules = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
  const tickets = found.filter((list) => list.length > 0).length;
  console.log(
    `${name.padEnd(44)} ${String(items.length).padStart(3)} tickets  ${String(all.length).padStart(3)} violations in ${String(tickets).padStart(2)} tickets${rules ? `  (${rules})` : ''}`,
  );
  if (details) {
    items.forEach((item, index) =>
      (found[index] ?? []).forEach((v) =>
        console.log(`    ${item.fields.summary}\n      ${v.rule}: ${v.detail}`),
      ),
    );
  }
  return { tickets: items.length, violations: all.length };
}

let tickets = 0;
let violations = 0;
const draft = aDraft({
  spike: { kind: 'prototype', timeboxDays: 2, goal: 'Prove refunds through Adyen' },
});
for (const template of BUILT_IN_TEMPLATES) {
  const built = buildPlan(draft, template, SHOP_ISSUE_TYPES, {
    planId: 'plan-1',
    projectId: '10000',
    currentIssue: { key: 'SHOP-1', hierarchyLevel: 0 },
  });
  if (!built.ok) throw new Error(`${template.id}: ${built.error.message}`);
  const ids = internalIds(draft);
  const found = built.plan.items.map((item) =>
    ticketViolations(
      { summary: item.fields.summary, description: item.fields.description },
      { internalIds: ids },
    ),
  );
  const r = report(`breakdown, ${template.name}`, built.plan.items, found);
  tickets += r.tickets;
  violations += r.violations;

  const itemKeys = fanOutItems(template).map((item) => item.key);
  if (itemKeys.length === 0) continue;
  const fanOut = buildFanOut({
    epic: {
      id: '10100',
      key: 'SHOP-1',
      summary: 'Checkout revamp',
      projectId: '10000',
      projectKey: 'SHOP',
    },
    children,
    template,
    itemKeys,
    filters: {},
    issueTypes: SHOP_ISSUE_TYPES,
    canCreate: true,
    own: new Map(),
  });
  if (!fanOut.ok) throw new Error(fanOut.error.message);
  const fanFound = fanOut.plan.items.map((item) => {
    const child = children.find(
      (c) => item.parent?.kind === 'existing' && c.key === item.parent.key,
    );
    return ticketViolations(
      { summary: item.fields.summary, description: item.fields.description },
      { names: child ? [child.summary] : [] },
    );
  });
  const f = report(`fan-out over 5 stories, ${template.name}`, fanOut.plan.items, fanFound);
  tickets += f.tickets;
  violations += f.violations;
}
console.log(`\nTotal: ${violations} violations in ${tickets} tickets`);
