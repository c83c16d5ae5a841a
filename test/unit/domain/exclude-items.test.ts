import {
  DRAFT_LIMITS,
  buildPlan,
  draftSchema,
  estimatePlan,
  excludeItems,
  excludedLocalIds,
  exclusionKey,
  planToMarkdown,
  templateSchema,
  type Template,
} from '../../../src/domain';
import { adfToText } from '../../support/adf-to-text';
import { SHOP_ISSUE_TYPES, aDraft, builtIn, withoutBlockers } from '../../support/draft-builders';
import { aPlan } from '../../support/plan-builders';

// Epic, three services chained by blocks links (1 → 2 → 3), two sub-tasks each.
const plan = aPlan({ services: 3, itemsPerService: 2, links: 2, planId: 'plan-x' });

describe('excludeItems', () => {
  it('leaves out an excluded service together with its sub-tasks', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:service-2']);

    expect(excluded).toEqual([
      'service:service-2',
      'service:service-2/contract',
      'service:service-2/errors',
    ]);
    expect(kept.items.map((i) => i.localId)).not.toContain('service:service-2/errors');
    expect(kept.items).toHaveLength(7);
  });

  it('drops every link with an excluded end and counts the estimate on what is left', () => {
    const { plan: kept } = excludeItems(plan, ['service:service-2']);

    expect(kept.links).toEqual([]);
    expect(kept.estimate).toEqual(estimatePlan(kept.items, []));
    expect(kept.estimate.issuesPerLevel).toEqual({ '1': 1, '0': 2, '-1': 4 });
  });

  it('keeps a sub-task excluded on its own out, and its service in', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:service-1/errors']);

    expect(excluded).toEqual(['service:service-1/errors']);
    expect(kept.items.map((i) => i.localId)).toContain('service:service-1');
    expect(kept.links).toEqual(plan.links);
  });

  it('ignores ids the plan does not have and keeps the plan id', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:gone', 'epic/nothing']);

    expect(excluded).toEqual([]);
    expect(kept).toBe(plan);
    expect(excludeItems(plan, ['service:service-3']).plan.planId).toBe('plan-x');
  });
});

describe('a draft’s excluded items', () => {
  const problemsOf = (excludedItems: unknown) => {
    const result = draftSchema.safeParse({ ...aDraft(), excludedItems });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('reads a draft saved before exclusions existed', () => {
    expect(draftSchema.parse(aDraft()).excludedItems).toBeUndefined();
  });

  it('accepts a list of local ids', () => {
    expect(problemsOf(['service:orders', 'service:billing/errors'])).toEqual([]);
  });

  it('refuses an id twice, an empty id and more ids than the limit', () => {
    expect(problemsOf(['epic', 'epic'])).toEqual(['An item is excluded twice']);
    expect(problemsOf([''])).toEqual(['An excluded item needs its id']);
    const many = Array.from({ length: DRAFT_LIMITS.excludedItems + 1 }, (_, i) => `item-${i}`);
    expect(problemsOf(many)).toEqual([
      `At most ${DRAFT_LIMITS.excludedItems} issues can be left out of a breakdown`,
    ]);
  });
});

describe('an exclusion holds whatever template is picked later', () => {
  // A project default that makes the contract a task under the epic, not a sub-task of the story.
  const CONTRACT_UNDER_EPIC: Template = templateSchema.parse({
    id: 'contract-tasks',
    name: 'Contract tasks',
    version: 1,
    epic: {
      summary: '{{feature.title}}',
      sections: [
        { kind: 'services-overview' },
        { kind: 'text', text: '{{feature.serviceCount}} services' },
      ],
    },
    service: {
      summary: 'Build the {{service.name}} service',
      sections: [{ kind: 'service-summary' }],
    },
    serviceItems: [
      {
        key: 'api-contract',
        name: 'API contract',
        role: 'standard',
        summary: 'API contract for {{service.name}}',
        sections: [{ kind: 'inputs' }, { kind: 'outputs' }],
      },
    ],
    extras: [
      {
        key: 'sign-off',
        name: 'Sign-off',
        summary: 'Sign off {{feature.title}}',
        sections: [{ kind: 'all-success-criteria' }],
      },
    ],
  });
  const excluded = ['service:payments'];

  function planned(template: Template) {
    const built = buildPlan(aDraft(), withoutBlockers(template), SHOP_ISSUE_TYPES, {
      planId: 'plan-1',
      projectId: '10000',
      excluded,
    });
    if (!built.ok) throw new Error(built.error.message);
    return built.plan;
  }

  it.each([builtIn('backend-service-breakdown'), CONTRACT_UNDER_EPIC])(
    'leaves out everything made for an excluded service under $name',
    (template) => {
      const plan = planned(template);
      const made = plan.items.filter(
        (item) => 'serviceId' in item.source && item.source.serviceId === 'payments',
      );
      expect(made.length).toBeGreaterThan(1);
      const { plan: kept, excluded: out } = excludeItems(plan, excluded);
      expect(out).toEqual(made.map((item) => item.localId));
      expect(excludedLocalIds(plan.items, excluded)).toEqual(out);
      expect(kept.items.some((item) => /payments/i.test(item.fields.summary))).toBe(false);
    },
  );

  it('the API contract task under the epic is excluded with its service, not left as new', () => {
    const plan = planned(CONTRACT_UNDER_EPIC);
    const contract = plan.items.find((i) => i.localId === 'service:payments/api-contract');
    expect(contract?.parent).toEqual({ kind: 'item', localId: 'epic' });
    expect(excludedLocalIds(plan.items, excluded)).toContain('service:payments/api-contract');
  });

  it("the epic's overview, service count and the sign-off's criteria leave the service out", () => {
    const plan = planned(CONTRACT_UNDER_EPIC);
    const epic = adfToText(plan.items.find((i) => i.localId === 'epic')!.fields.description);
    expect(epic).toContain('**Orders**');
    expect(epic).not.toContain('**Payments**');
    // Orders still waits on it, and says it has no ticket here.
    expect(epic).toContain('| Payments (not in this breakdown) |');
    expect(epic).toContain('2 services');
    const signOff = adfToText(
      plan.items.find((i) => i.localId === 'extra:sign-off')!.fields.description,
    );
    expect(signOff).toContain('**Orders**');
    expect(signOff).not.toContain('Payments');
  });

  it('nor does the Markdown export of what a run creates mention it', () => {
    const plan = planned(CONTRACT_UNDER_EPIC);
    const markdown = planToMarkdown(excludeItems(plan, excluded).plan, {
      issueTypes: SHOP_ISSUE_TYPES,
      title: 'Checkout revamp',
    });
    expect(markdown).toContain('Orders');
    expect(markdown).not.toMatch(/^#+ .*payments/im);
    expect(markdown).not.toContain('**Payments**');
  });

  it('an exclusion key names the draft and the template item, never where the item hangs', () => {
    const plan = planned(builtIn('backend-service-breakdown'));
    for (const item of plan.items) expect(exclusionKey(item.source)).toBe(item.localId);
  });
});
