import {
  buildPlan,
  planToCsv,
  planToJson,
  planToMarkdown,
  type Plan,
  type PlanExportContext,
} from '../../../src/domain';
import { SHOP_ISSUE_TYPES, aDraft, builtIn } from '../../support/draft-builders';

function shopPlan(): Plan {
  const result = buildPlan(aDraft(), builtIn('backend-service-breakdown'), SHOP_ISSUE_TYPES, {
    planId: 'draft-10101',
    projectId: '10000',
    currentIssue: { key: 'SHOP-2', hierarchyLevel: 0 },
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

const context: PlanExportContext = { issueTypes: SHOP_ISSUE_TYPES, title: 'Checkout' };

/** RFC 4180 rows, enough to read back what `planToCsv` writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted && c === '"' && text.charAt(i + 1) === '"') {
      cell = `${cell}"`;
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (quoted || c !== '\r') {
      cell = `${cell}${c}`;
    }
  }
  return rows;
}

describe('plan export', () => {
  it('writes every planned issue into the Markdown, under its parent, with the dependencies', () => {
    const plan = shopPlan();
    const markdown = planToMarkdown(plan, context);
    expect(markdown.startsWith('# Checkout\n')).toBe(true);
    for (const item of plan.items) expect(markdown).toContain(`\`${item.localId}\``);
    const epic = plan.items.find((i) => i.role === 'epic');
    expect(markdown).toContain(`## ${epic?.fields.summary ?? ''}`);
    expect(markdown).toContain('## Dependencies');
    expect(markdown).not.toContain('[object Object]');
  });

  it('writes a CSV Jira’s importer reads: a row per issue, parents by Issue ID, types by name', () => {
    const plan = shopPlan();
    const [header, ...rows] = parseCsv(planToCsv(plan, context));
    expect(header?.slice(0, 5)).toEqual([
      'Issue ID',
      'Parent ID',
      'Issue Type',
      'Summary',
      'Description',
    ]);
    expect(rows).toHaveLength(plan.items.length);
    const idOf = new Map(plan.items.map((item, index) => [item.localId, String(index + 1)]));
    plan.items.forEach((item, index) => {
      const row = rows[index] ?? [];
      expect(row[0]).toBe(String(index + 1));
      const parent = item.parent;
      expect(row[1]).toBe(
        parent === null ? '' : parent.kind === 'item' ? idOf.get(parent.localId) : parent.key,
      );
      expect(row[2]).toBe(SHOP_ISSUE_TYPES.find((t) => t.id === item.issueTypeId)?.name);
      expect(row[3]).toBe(item.fields.summary);
    });
    const blocks = header?.indexOf('Outward issue link (Blocks)') ?? -1;
    expect(blocks).toBeGreaterThan(0);
  });

  it('writes the exact plan as JSON', () => {
    const plan = shopPlan();
    const parsed = JSON.parse(planToJson(plan, context)) as { plan: Plan; title: string };
    expect(parsed.plan).toEqual(plan);
    expect(parsed.title).toBe('Checkout');
  });
});
