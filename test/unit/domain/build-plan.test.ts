import {
  buildPlan,
  type BuildPlanOptions,
  type Draft,
  type IssueTypeInfo,
  type Plan,
  type Template,
} from '../../../src/domain';
import { adfToText } from '../../support/adf-to-text';
import {
  FOUR_ITEM_TEMPLATE,
  SHOP_ISSUE_TYPES,
  TEAM_ISSUE_TYPES,
  VENTAS_ISSUE_TYPES,
  aDraft,
  aLargeDraft,
  aService,
  builtIn,
} from '../../support/draft-builders';

const backend = builtIn('backend-service-breakdown');
const options: BuildPlanOptions = { planId: 'plan-1', projectId: '10000' };

function planOf(
  draft: Draft = aDraft(),
  template: Template = backend,
  extra: Partial<BuildPlanOptions> = {},
  issueTypes: IssueTypeInfo[] = SHOP_ISSUE_TYPES,
): Plan {
  const result = buildPlan(draft, template, issueTypes, { ...options, ...extra });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

const ids = (plan: Plan) => plan.items.map((item) => item.localId);
const item = (plan: Plan, localId: string) => {
  const found = plan.items.find((candidate) => candidate.localId === localId);
  if (!found) throw new Error(`no item ${localId}`);
  return found;
};

describe('buildPlan', () => {
  it('creates an epic, a story per service in dependency order, and its sub-tasks', () => {
    expect(ids(planOf())).toEqual([
      'epic',
      'service:payments',
      'service:payments/contract',
      'service:payments/errors',
      'service:payments/validation',
      'service:orders',
      'service:orders/contract',
      'service:orders/errors',
      'service:orders/validation',
      'service:notifications',
      'service:notifications/contract',
      'service:notifications/errors',
      'service:notifications/validation',
      'extra:e2e-sign-off',
    ]);
  });

  it('links a service to the services whose outputs it consumes', () => {
    expect(planOf().links).toEqual([
      {
        type: 'blocks',
        from: { kind: 'item', localId: 'service:payments' },
        to: { kind: 'item', localId: 'service:orders' },
      },
      {
        type: 'blocks',
        from: { kind: 'item', localId: 'service:orders' },
        to: { kind: 'item', localId: 'service:notifications' },
      },
    ]);
  });

  it('keeps local ids when a summary pattern is renamed', () => {
    const renamed = {
      ...backend,
      service: { ...backend.service, summary: 'Build {{service.name}}' },
    };
    expect(ids(planOf(aDraft(), renamed))).toEqual(ids(planOf()));
  });

  it("keeps the other services' ids when a service is added", () => {
    const draft = aDraft();
    draft.scoping.services.unshift(aService('audit'));
    const before = ids(planOf());
    expect(ids(planOf(draft)).filter((id) => !id.startsWith('service:audit'))).toEqual(before);
  });

  it('resolves issue types by hierarchy level, choosing the lowest id at a level', () => {
    const plan = planOf();
    expect(
      ['epic', 'service:orders', 'service:orders/errors'].map((id) => item(plan, id).issueTypeId),
    ).toEqual(['10000', '10001', '10004']);
  });

  it('resolves issue types whose names are not English', () => {
    const plan = planOf(aDraft(), backend, {}, VENTAS_ISSUE_TYPES);
    expect(new Set(plan.items.map((i) => i.issueTypeId))).toEqual(
      new Set(['10020', '10021', '10023']),
    );
  });

  it('uses the issue type a template names explicitly', () => {
    const template = { ...backend, issueTypeIds: { standard: '10002' } };
    expect(item(planOf(aDraft(), template), 'service:orders').issueTypeId).toBe('10002');
  });

  it('refuses an explicit issue type at the wrong hierarchy level', () => {
    const template = { ...backend, issueTypeIds: { subtask: '10002' } };
    const result = buildPlan(aDraft(), template, SHOP_ISSUE_TYPES, options);
    expect(!result.ok && result.error.code).toBe('unknown-issue-type');
  });

  it('says which hierarchy level the project lacks', () => {
    const noSubtasks = TEAM_ISSUE_TYPES.filter((type) => type.hierarchyLevel !== -1);
    const result = buildPlan(aDraft(), backend, noSubtasks, options);
    expect(!result.ok && result.error).toEqual({
      code: 'missing-issue-type',
      message: 'The project has no sub-task issue type (hierarchy level -1), which this plan needs',
    });
  });

  it('does not need an epic type when it reuses the current epic', () => {
    const noEpic = SHOP_ISSUE_TYPES.filter((type) => type.hierarchyLevel !== 1);
    const plan = planOf(
      aDraft(),
      backend,
      { currentIssue: { key: 'SHOP-1', hierarchyLevel: 1 }, reuseCurrentEpic: true },
      noEpic,
    );
    expect(plan.estimate.issuesPerLevel['1']).toBe(0);
  });

  it('refuses a draft with a blocking finding and returns the findings', () => {
    const draft = aDraft({ problem: '' });
    const result = buildPlan(draft, backend, SHOP_ISSUE_TYPES, options);
    expect(!result.ok && result.error.code).toBe('not-ready');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([
      'feature-title-only',
      'service-without-endpoint',
    ]);
  });

  it('returns warnings along with the plan', () => {
    const result = buildPlan(
      aDraft({ outcome: 'Shoppers are happier' }),
      backend,
      SHOP_ISSUE_TYPES,
      options,
    );
    expect(result.ok && result.findings.map((finding) => finding.ruleId)).toEqual([
      'outcome-not-measurable',
      'service-without-endpoint',
    ]);
  });

  it('puts the services under the current issue when it is an epic and reuse is asked for', () => {
    const plan = planOf(aDraft(), backend, {
      currentIssue: { key: 'SHOP-1', hierarchyLevel: 1 },
      reuseCurrentEpic: true,
    });
    expect(ids(plan)).not.toContain('epic');
    expect(item(plan, 'service:orders').parent).toEqual({ kind: 'existing', key: 'SHOP-1' });
    expect(item(plan, 'extra:e2e-sign-off').parent).toEqual({ kind: 'existing', key: 'SHOP-1' });
  });

  it('links a new epic to the current issue when that issue is not an epic', () => {
    const plan = planOf(aDraft(), backend, {
      currentIssue: { key: 'SHOP-2', hierarchyLevel: 0 },
      reuseCurrentEpic: true,
    });
    expect(ids(plan)[0]).toBe('epic');
    expect(plan.links.at(-1)).toEqual({
      type: 'relates',
      from: { kind: 'item', localId: 'epic' },
      to: { kind: 'existing', key: 'SHOP-2' },
    });
  });

  it('creates a new epic under an epic when reuse is not asked for', () => {
    const plan = planOf(aDraft(), backend, { currentIssue: { key: 'SHOP-1', hierarchyLevel: 1 } });
    expect(item(plan, 'service:orders').parent).toEqual({ kind: 'item', localId: 'epic' });
  });

  it('adds the spike task only when a spike was chosen', () => {
    const spike = aDraft({
      spike: { kind: 'prototype', timeboxDays: 2, goal: 'Prove refunds work' },
    });
    expect(ids(planOf())).not.toContain('extra:spike');
    expect(item(planOf(spike), 'extra:spike').fields.summary).toBe(
      'Spike for Checkout revamp (Prototype, 2 days)',
    );
  });

  it('leaves out a per-service item whose inclusion rule does not hold', () => {
    const draft = aDraft();
    draft.scoping.services[0]!.endpoints = [];
    draft.scoping.services[0]!.outputs = [];
    draft.scoping.services[0]!.inputs = [];
    const template = { ...backend, readiness: { blockers: [] } };
    expect(ids(planOf(draft, template))).not.toContain('service:notifications/contract');
  });

  it('cuts a long summary on a word boundary', () => {
    const draft = aDraft({ featureTitle: `Checkout ${'revamp '.repeat(40)}`.trim() });
    const summary = item(planOf(draft), 'extra:e2e-sign-off').fields.summary;
    expect(summary.length).toBeLessThanOrEqual(255);
    expect(summary).toMatch(/ revamp…$/);
  });

  it('tidies a summary whose placeholder rendered empty', () => {
    const template = {
      ...backend,
      service: { ...backend.service, summary: '{{service.name}}: {{spike.goal}}' },
    };
    expect(item(planOf(aDraft(), template), 'service:notifications').fields.summary).toBe(
      'Notifications',
    );
  });

  it('turns template labels into labels without spaces', () => {
    const template = { ...backend, labels: ['backend breakdown', 'svc {{feature.title}}'] };
    expect(item(planOf(aDraft(), template), 'epic').fields.labels).toEqual([
      'backend-breakdown',
      'svc-Checkout-revamp',
    ]);
  });

  it("renders a service's failure modes as a condition | status | behaviour table", () => {
    const text = adfToText(item(planOf(), 'service:orders/errors').fields.description);
    expect(text).toContain('| **Condition** | **Status** | **Behaviour** |');
    expect(text).toContain(
      '| The order is not found | **404 Not Found** | Answer with a problem+json body naming the id |',
    );
  });

  it('renders success criteria as a task list under "Done when", after why the ticket exists', () => {
    const description = item(planOf(), 'service:orders/validation').fields.description;
    expect(description.content.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'taskList',
    ]);
    expect(adfToText(description)).toMatch(/^### Why\n[^#]*### Done when\n\[ \] /);
  });

  it('carries the project and template it was planned for', () => {
    const plan = planOf();
    expect([plan.planId, plan.projectId, plan.templateId, plan.templateVersion]).toEqual([
      'plan-1',
      '10000',
      'backend-service-breakdown',
      1,
    ]);
  });

  it('plans the 41-issue shape of eight chained services with four items each', () => {
    const plan = planOf(aLargeDraft(8), FOUR_ITEM_TEMPLATE);
    expect([plan.items.length, plan.links.length, plan.estimate]).toEqual([
      41,
      7,
      // Two chained services cannot share a call and still carry their link: 4, not 3 levels' worth.
      { issuesPerLevel: { '1': 1, '0': 8, '-1': 32 }, bulkRequests: 4 },
    ]);
  });
});
