import {
  buildPlan,
  exportTooLarge,
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

  it('writes a CSV as Atlassian’s importer documents it: Issue ID, Parent, types by name, epics first and sub-tasks last', () => {
    const plan = shopPlan();
    const [header, ...rows] = parseCsv(planToCsv(plan, context));
    expect(header?.slice(0, 5)).toEqual([
      'Issue ID',
      'Parent',
      'Issue Type',
      'Summary',
      'Description',
    ]);
    expect(rows).toHaveLength(plan.items.length);
    const bySummary = new Map(plan.items.map((item) => [item.fields.summary, item]));
    const rowOf = new Map(rows.map((row) => [bySummary.get(row[3] ?? '')?.localId, row]));
    const levelOf = (row: string[]) =>
      SHOP_ISSUE_TYPES.find((t) => t.name === row[2])?.hierarchyLevel ?? Number.NaN;
    // Rows go down Jira's hierarchy: every row's level is at most the one before it.
    rows.forEach((row, index) => {
      expect(row[0]).toBe(String(index + 1));
      if (index > 0) expect(levelOf(row)).toBeLessThanOrEqual(levelOf(rows[index - 1] ?? []));
    });
    expect(new Set(rows.map(levelOf))).toEqual(new Set([1, 0, -1]));
    for (const item of plan.items) {
      const row = rowOf.get(item.localId) ?? [];
      const parent = item.parent;
      const expected =
        parent === null ? '' : parent.kind === 'item' ? rowOf.get(parent.localId)?.[0] : parent.key;
      expect(row[1]).toBe(expected);
      // A parent row comes before its children.
      if (parent?.kind === 'item') expect(Number(row[1])).toBeLessThan(Number(row[0]));
      expect(row[2]).toBe(SHOP_ISSUE_TYPES.find((t) => t.id === item.issueTypeId)?.name);
    }
    const blocks = header?.indexOf('Outward issue link (Blocks)') ?? -1;
    expect(blocks).toBeGreaterThan(0);
  });

  it('refuses an export over the limit, naming the formats that fit', () => {
    expect(exportTooLarge('JSON', 100, 100, () => [])).toBeUndefined();
    expect(
      exportTooLarge('JSON', 5 * 1024 * 1024, 4 * 1024 * 1024, () => [
        { label: 'Markdown', bytes: 1024 },
        { label: 'CSV', bytes: 6 * 1024 * 1024 },
      ]),
    ).toEqual({
      message:
        'The plan as JSON would be 5.0 MiB; an export holds at most 4.0 MiB. Export it as Markdown, which fits, or leave items out of the breakdown.',
      bytes: 5 * 1024 * 1024,
      maxBytes: 4 * 1024 * 1024,
      fittingFormats: ['Markdown'],
    });
  });

  it('writes the exact plan as JSON', () => {
    const plan = shopPlan();
    const parsed = JSON.parse(planToJson(plan, context)) as { plan: Plan; title: string };
    expect(parsed.plan).toEqual(plan);
    expect(parsed.title).toBe('Checkout');
  });
});
