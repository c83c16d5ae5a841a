import {
  buildFanOut,
  builtInTemplate,
  childDescription,
  fanOutItems,
  type EpicChild,
  type FanOutInput,
  type Template,
} from '../../../src/domain';
import { validateAdf } from '../../support/adf-validator';
import { adfToText } from '../../support/adf-to-text';
import { SHOP_ISSUE_TYPES } from '../../support/draft-builders';

const TEMPLATE = builtInTemplate('backend-service-breakdown') as Template;
const ITEMS = ['contract', 'errors', 'validation'];

function aChild(n: number, overrides: Partial<EpicChild> = {}): EpicChild {
  return {
    id: String(10200 + n),
    key: `SHOP-${100 + n}`,
    summary: `Service ${n}`,
    description: `Keeps the books of service ${n}`,
    projectId: '10000',
    issueType: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
    status: 'To Do',
    assignee: null,
    labels: [],
    subtasks: [],
    ...overrides,
  };
}

function fanOut(overrides: Partial<FanOutInput> = {}) {
  const result = buildFanOut({
    epic: {
      id: '10100',
      key: 'SHOP-1',
      summary: 'Checkout',
      projectId: '10000',
      projectKey: 'SHOP',
    },
    children: [aChild(1), aChild(2)],
    template: TEMPLATE,
    itemKeys: ITEMS,
    filters: {},
    issueTypes: SHOP_ISSUE_TYPES,
    canCreate: true,
    own: new Map(),
    ...overrides,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('buildFanOut', () => {
  it('plans each chosen sub-task under each child, child by child and item by item, with stable ids', () => {
    const { plan } = fanOut({ children: [aChild(2), aChild(1)] });
    expect(plan.planId).toBe('epic-10100');
    expect(plan.items.map((i) => i.localId)).toEqual([
      'child:10201/contract',
      'child:10201/errors',
      'child:10201/validation',
      'child:10202/contract',
      'child:10202/errors',
      'child:10202/validation',
    ]);
    expect(plan.items.every((i) => i.role === 'subtask' && i.issueTypeId === '10004')).toBe(true);
    expect(plan.items[0]?.parent).toEqual({ kind: 'existing', key: 'SHOP-101' });
    expect(plan.estimate.bulkRequests).toBe(1);
  });

  it("renders the child's summary as the service name and its description as the primary function", () => {
    const template: Template = {
      ...TEMPLATE,
      serviceItems: [
        {
          ...TEMPLATE.serviceItems[0]!,
          // An item without wording of its own for a child story reads as it does for a service.
          child: undefined,
          summary: '{{service.name}} does {{service.primaryFunction}}',
        },
      ],
    };
    const { plan } = fanOut({ template, itemKeys: ['contract'], children: [aChild(1)] });
    expect(plan.items[0]?.fields.summary).toBe('Service 1 does Keeps the books of service 1');
  });

  it('opens each description with why (the story and the epic) and the story itself, as valid ADF', () => {
    const { plan } = fanOut({ children: [aChild(1)] });
    for (const item of plan.items) {
      expect(validateAdf(item.fields.description)).toEqual([]);
      expect(adfToText(item.fields.description)).toMatch(
        /^### Why\n\*\*Story:\*\* SHOP-101 Service 1\n\*\*Epic:\*\* SHOP-1 Checkout\n### The story\nKeeps the books of service 1\n/,
      );
    }
  });

  it("carries the story's description and acceptance criteria, and ticks them off in validation", () => {
    const story = {
      paragraphs: ['Shoppers see totals at once.'],
      acceptanceCriteria: ['Totals within 200 ms', 'Tax by address'],
    };
    const { plan } = fanOut({ children: [aChild(1, { story })] });
    const [contract, errors, validation] = plan.items.map((i) => adfToText(i.fields.description));
    for (const text of [contract, errors]) {
      expect(text).toContain(
        '### The story\nShoppers see totals at once.\n**Acceptance criteria**\n- Totals within 200 ms\n- Tax by address',
      );
    }
    expect(validation).toContain('### Done when\n[ ] Totals within 200 ms\n[ ] Tax by address');
    expect(validation).not.toContain('**Acceptance criteria**');
  });

  it('says plainly when the story has no description, and asks for acceptance criteria in validation', () => {
    const { plan } = fanOut({
      children: [aChild(1, { description: '', story: { paragraphs: [], acceptanceCriteria: [] } })],
    });
    const [contract, , validation] = plan.items.map((i) => adfToText(i.fields.description));
    expect(contract).toContain(
      '### The story\nSHOP-101 has no description yet, so its summary is all this sub-task has to go on',
    );
    expect(validation).toContain(
      '### Done when\n[ ] SHOP-101 has no acceptance criteria yet: agree them with its reporter',
    );
  });

  it('writes for a child story, never for a scoped service, and summaries do not chain colons', () => {
    const { plan } = fanOut({
      children: [aChild(1, { summary: 'Cart totals: recompute on every change' })],
    });
    expect(plan.items.map((i) => i.fields.summary)).toEqual([
      'Define the API contract of Cart totals: recompute on every change',
      'Handle the failures of Cart totals: recompute on every change',
      'Validate Cart totals: recompute on every change against its acceptance criteria',
    ]);
    for (const item of plan.items) {
      expect(adfToText(item.fields.description)).not.toMatch(
        /shapes below|services and clients that depend/,
      );
    }
  });

  it('orders items as the template does, whatever order they were chosen in', () => {
    const { plan } = fanOut({ itemKeys: ['validation', 'contract'], children: [aChild(1)] });
    expect(plan.items.map((i) => i.localId)).toEqual([
      'child:10201/contract',
      'child:10201/validation',
    ]);
  });

  it('adopts an existing sub-task with the same summary instead of creating a second one', () => {
    const { plan, rows, totals } = fanOut({
      children: [
        aChild(1, {
          subtasks: [
            { key: 'SHOP-900', summary: '  validate SERVICE 1 against its acceptance criteria' },
          ],
        }),
      ],
    });
    expect(rows[0]?.cells[2]).toMatchObject({ state: 'adopt', key: 'SHOP-900' });
    expect(plan.items.map((i) => i.localId)).not.toContain('child:10201/validation');
    expect(totals).toMatchObject({ create: 2, adopt: 1 });
  });

  it("keeps the plan's own sub-tasks in the plan and marks them as existing", () => {
    const { plan, rows, totals } = fanOut({
      children: [
        aChild(1, {
          subtasks: [{ key: 'SHOP-901', summary: 'Define the API contract of Service 1' }],
        }),
      ],
      own: new Map([['child:10201/contract', 'SHOP-901']]),
    });
    expect(rows[0]?.cells[0]).toMatchObject({ state: 'exists', key: 'SHOP-901' });
    expect(plan.items.map((i) => i.localId)).toContain('child:10201/contract');
    expect(totals).toMatchObject({ exists: 1, create: 2 });
  });

  it('does not count a sub-task of the plan that was deleted by hand, and adopts a hand-made one with its summary', () => {
    const { plan, rows } = fanOut({
      children: [
        aChild(1, {
          subtasks: [{ key: 'SHOP-950', summary: 'Define the API contract of Service 1' }],
        }),
      ],
      own: new Map([['child:10201/contract', 'SHOP-901']]),
    });
    expect(rows[0]?.cells[0]).toMatchObject({ state: 'adopt', key: 'SHOP-950' });
    expect(plan.items.map((i) => i.localId)).not.toContain('child:10201/contract');
  });

  it('marks a child that is a sub-task itself, with the reason, and plans nothing under it', () => {
    const { plan, rows } = fanOut({
      children: [
        aChild(1, {
          issueType: { id: '10004', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
        }),
      ],
    });
    expect(rows[0]?.cannot).toMatch(/SHOP-101 is a sub-task itself/);
    expect(rows[0]?.cells.every((c) => c.state === 'cannot')).toBe(true);
    expect(plan.items).toEqual([]);
  });

  it('marks every child when the project has no sub-task type', () => {
    const { rows, totals } = fanOut({
      issueTypes: SHOP_ISSUE_TYPES.filter((t) => t.hierarchyLevel !== -1),
    });
    expect(rows.every((r) => r.cannot?.includes('no sub-task issue type'))).toBe(true);
    expect(totals).toMatchObject({ cannot: 6, create: 0 });
  });

  it('marks every child when the person may not create issues', () => {
    const { rows } = fanOut({ canCreate: false, issueTypes: [] });
    expect(rows.every((r) => r.cannot?.includes('"Create issues" permission in SHOP'))).toBe(true);
  });

  it("marks a child in another project, since the run creates in the epic's project", () => {
    const { rows } = fanOut({ children: [aChild(1, { projectId: '10001', key: 'TEAM-7' })] });
    expect(rows[0]?.cannot).toMatch(/TEAM-7 is in another project/);
  });

  it('filters children by issue type, status and label', () => {
    const children = [
      aChild(1, { labels: ['api'] }),
      aChild(2, { status: 'Done', labels: ['api'] }),
      aChild(3, {
        issueType: { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
        labels: ['api'],
      }),
      aChild(4),
    ];
    const { rows, totals } = fanOut({
      children,
      filters: { issueTypes: ['Story'], statuses: ['To Do'], labels: ['api'] },
    });
    expect(rows.map((r) => r.child.key)).toEqual(['SHOP-101']);
    expect(totals).toMatchObject({ children: 4, filteredOut: 3 });
  });

  it('refuses an item the template does not offer under a child', () => {
    const result = buildFanOut({
      epic: { id: '1', key: 'SHOP-1', summary: '', projectId: '10000', projectKey: 'SHOP' },
      children: [],
      template: TEMPLATE,
      itemKeys: ['spike'],
      filters: {},
      issueTypes: SHOP_ISSUE_TYPES,
      canCreate: true,
      own: new Map(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
  });

  it('builds the same plan from the same children', () => {
    expect(fanOut().plan).toEqual(fanOut().plan);
  });
});

describe('fanOutItems', () => {
  it('offers sub-task items only, not per-endpoint ones', () => {
    const perEndpoint = builtInTemplate('endpoint-per-subtask') as Template;
    expect(fanOutItems(perEndpoint).every((i) => i.role === 'subtask' && !i.perEndpoint)).toBe(
      true,
    );
    expect(fanOutItems(TEMPLATE).map((i) => i.key)).toEqual(ITEMS);
  });
});

describe('childDescription', () => {
  it('takes the first paragraph that says something, as one line', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Takes  payments' },
            { type: 'hardBreak' },
            { type: 'text', text: 'once' },
          ],
        },
      ],
    };
    expect(childDescription(doc)).toBe('Takes payments once');
    expect(childDescription(null)).toBe('');
  });
});
