import fc from 'fast-check';
import {
  BUILT_IN_TEMPLATES,
  buildPlan,
  creationStages,
  linkedItemPairs,
  checkReadiness,
  draftSchema,
  hasBlocker,
  summaryFits,
  type AdfNode,
  type BuildPlanOptions,
  type Draft,
  type Plan,
  type Template,
} from '../../../src/domain';
import { validateAdf } from '../../support/adf-validator';
import { draftArb, withBlankRowsFilled } from '../../support/draft-arbitraries';
import {
  FOUR_ITEM_TEMPLATE,
  SHOP_ISSUE_TYPES,
  aDraft,
  aLargeDraft,
  withoutBlockers,
} from '../../support/draft-builders';

const NUM_RUNS = 60;

/** What must never reach Jira, checked independently of the code that cleans it. */
function textProblems(text: string, multiline: boolean): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) problems.push('control character');
  if (!multiline && /[\t\n\u2028\u2029]/.test(text)) problems.push('line break or tab');
  if (/[\u202a-\u202e\u2066-\u2069]/.test(text)) problems.push('bidirectional override');
  // Joiners and variation selectors may be part of visible text (emoji, Persian): not checked here.
  if (/[\u200b\u200e\u200f\u061c\u00ad\u2060\ufeff\u3164\u115f\u1160\uffa0]/u.test(text)) {
    problems.push('invisible character');
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else if (unit >= 0xd800 && unit <= 0xdfff) problems.push('lone surrogate');
  }
  return problems;
}

/** Every text node of a document (ADF text may hold tabs and newlines; summaries may not). */
function textNodes(node: AdfNode): string[] {
  return [
    ...(node.type === 'text' ? [node.text ?? ''] : []),
    ...(node.content ?? []).flatMap(textNodes),
  ];
}

const templateArb = fc.constantFrom(...BUILT_IN_TEMPLATES, FOUR_ITEM_TEMPLATE).map(withoutBlockers);

const optionsArb: fc.Arbitrary<BuildPlanOptions> = fc.record(
  {
    planId: fc.constant('plan-1'),
    projectId: fc.constant('10000'),
    currentIssue: fc.record({
      key: fc.constantFrom('SHOP-1', 'SHOP-2'),
      hierarchyLevel: fc.constantFrom(1, 0, -1),
    }),
    reuseCurrentEpic: fc.boolean(),
  },
  { requiredKeys: ['planId', 'projectId'] },
);

function planOf(draft: Draft, template: Template, options: BuildPlanOptions): Plan {
  const result = buildPlan(draft, template, SHOP_ISSUE_TYPES, options);
  if (!result.ok)
    throw new Error(`expected a plan, got ${result.error.code}: ${result.error.message}`);
  return result.plan;
}

/** Arbitrary drafts, with the blanks that always block written out so that they plan. */
const plannableDraftArb = draftArb().map(withBlankRowsFilled);

const property = (
  check: (plan: Plan, draft: Draft, template: Template, options: BuildPlanOptions) => void,
) =>
  fc.assert(
    fc.property(plannableDraftArb, templateArb, optionsArb, (draft, template, options) =>
      check(planOf(draft, template, options), draft, template, options),
    ),
    { numRuns: NUM_RUNS },
  );

/** Arbitrary drafts are rarely ready; mix in ready ones so both outcomes are exercised. */
const mostlyReadyDraftArb = fc.oneof(
  draftArb(),
  fc.integer({ min: 1, max: 6 }).map((n) => aLargeDraft(n)),
  fc.constant(aDraft()),
);

describe('buildPlan, for arbitrary valid drafts', () => {
  it('only ever sees drafts that the draft schema accepts', () => {
    fc.assert(
      fc.property(draftArb(), (draft) => draftSchema.safeParse(draft).success),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic: the same inputs give the same plan, byte for byte', () => {
    property((plan, draft, template, options) => {
      const again = planOf(structuredClone(draft), structuredClone(template), { ...options });
      expect(JSON.stringify(again)).toBe(JSON.stringify(plan));
    });
  });

  it('gives every item a unique local id', () => {
    property((plan) => {
      const ids = plan.items.map((item) => item.localId);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  it('puts every parent before its children, one hierarchy level up', () => {
    property((plan) => {
      const seen = new Map<string, number>();
      for (const item of plan.items) {
        if (item.parent?.kind === 'item') {
          expect(seen.get(item.parent.localId)).toBe(item.level + 1);
        }
        seen.set(item.localId, item.level);
      }
    });
  });

  it('never links to an item that is not in the plan', () => {
    property((plan) => {
      const ids = new Set(plan.items.map((item) => item.localId));
      for (const link of plan.links) {
        for (const end of [link.from, link.to]) {
          if (end.kind === 'item') expect(ids.has(end.localId)).toBe(true);
        }
      }
    });
  });

  it('builds every description as a valid ADF document', () => {
    property((plan) => {
      for (const item of plan.items) {
        expect({ localId: item.localId, errors: validateAdf(item.fields.description) }).toEqual({
          localId: item.localId,
          errors: [],
        });
      }
    });
  });

  it('writes summaries and labels Jira accepts', () => {
    property((plan) => {
      for (const item of plan.items) {
        expect(summaryFits(item.fields.summary)).toBe(true);
        for (const label of item.fields.labels) expect(label).toMatch(/^\S{1,255}$/);
      }
    });
  });

  it('sends Jira only clean text: every summary one clean line, every ADF text node clean', () => {
    property((plan) => {
      for (const item of plan.items) {
        const { summary } = item.fields;
        expect({ summary, problems: textProblems(summary, false) }).toEqual({
          summary,
          problems: [],
        });
        expect(summary).toBe(summary.trim());
        for (const label of item.fields.labels) expect(textProblems(label, false)).toEqual([]);
        for (const text of textNodes(item.fields.description)) {
          expect({ text, problems: textProblems(text, true) }).toEqual({ text, problems: [] });
        }
      }
    });
  });

  it('estimates exactly the issues it plans, and bulk calls for a creation order that honours parents and links', () => {
    property((plan) => {
      const count = (level: number) => plan.items.filter((item) => item.level === level).length;
      expect(plan.estimate.issuesPerLevel).toEqual({
        '1': count(1),
        '0': count(0),
        '-1': count(-1),
      });
      const pairs = linkedItemPairs(plan.links);
      const stages = creationStages(plan.items, pairs);
      for (const item of plan.items) {
        if (item.parent?.kind === 'item') {
          expect(stages.get(item.localId)!).toBeGreaterThan(stages.get(item.parent.localId)!);
        }
      }
      for (const [a, b] of pairs) expect(stages.get(a)).not.toBe(stages.get(b));
      const perStage = new Map<number, number>();
      for (const s of stages.values()) perStage.set(s, (perStage.get(s) ?? 0) + 1);
      const calls = [...perStage.values()].reduce((sum, n) => sum + Math.ceil(n / 50), 0);
      expect(plan.estimate.bulkRequests).toBe(calls);
      const perLevel = [1, 0, -1].reduce((sum, level) => sum + Math.ceil(count(level) / 50), 0);
      expect(plan.estimate.bulkRequests).toBeGreaterThanOrEqual(perLevel);
    });
  });

  it('refuses exactly the drafts with a blocking finding', () => {
    fc.assert(
      fc.property(
        mostlyReadyDraftArb,
        fc.constantFrom(...BUILT_IN_TEMPLATES),
        (draft, template) => {
          const result = buildPlan(draft, template, SHOP_ISSUE_TYPES, {
            planId: 'p',
            projectId: '1',
          });
          expect(result.ok).toBe(!hasBlocker(checkReadiness(draft, template)));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
