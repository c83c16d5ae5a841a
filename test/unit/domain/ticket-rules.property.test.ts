/**
 * Every generated ticket keeps the ticket rules (issue 18), checked on the ADF Jira stores: drafts,
 * templates (the built-in ones and templates an admin might write) and fan-out children are
 * generated, every ticket is rendered, and `ticketViolations` judges each one. A template or
 * wording change that brings back an empty section, a sentence pointing at nothing, a
 * placeholder, an internal id or a chained summary fails here.
 */
import fc from 'fast-check';
import {
  BUILT_IN_TEMPLATES,
  buildFanOut,
  buildPlan,
  fanOutItems,
  type AdfDoc,
  type Draft,
  type Template,
} from '../../../src/domain';
import { validateAdf } from '../../support/adf-validator';
import { SHOP_ISSUE_TYPES, withoutBlockers } from '../../support/draft-builders';
import {
  epicChildrenArb,
  ticketDraftArb,
  ticketTemplateArb,
} from '../../support/ticket-arbitraries';
import { ticketViolations, type TicketViolation } from '../../support/ticket-rules';

const NUM_RUNS = 50;

/** The ids of a draft a person never wrote as a name. */
function internalIds(draft: Draft): string[] {
  return draft.scoping.services.flatMap((service) => [
    service.id,
    ...[
      ...service.inputs,
      ...service.outputs,
      ...service.endpoints,
      ...service.failureModes,
      ...service.failSafes,
      ...service.successCriteria,
    ].map((entry) => entry.id),
  ]);
}

const builtIn = (template: Template) => BUILT_IN_TEMPLATES.some((t) => t.id === template.id);

function expectNoViolations(
  tickets: { summary: string; description: AdfDoc }[],
  options: Parameters<typeof ticketViolations>[1],
) {
  const found: (TicketViolation & { summary: string })[] = tickets.flatMap((ticket) => {
    expect(validateAdf(ticket.description)).toEqual([]);
    return ticketViolations(ticket, options).map((v) => ({ ...v, summary: ticket.summary }));
  });
  expect(found).toEqual([]);
}

describe('every generated ticket keeps the ticket rules', () => {
  it('in a breakdown of any draft under any template', () => {
    fc.assert(
      fc.property(ticketDraftArb, ticketTemplateArb, fc.boolean(), (draft, template, reuse) => {
        // A built-in template with its own gates, as teams use it; a custom one with none.
        const applied = builtIn(template) ? template : withoutBlockers(template);
        const built = buildPlan(draft, applied, SHOP_ISSUE_TYPES, {
          planId: 'plan-1',
          projectId: '10000',
          currentIssue: { key: 'SHOP-1', hierarchyLevel: reuse ? 1 : 0 },
          reuseCurrentEpic: reuse,
          excluded: draft.excludedItems ?? [],
        });
        if (!built.ok) expect(built.error.code).toBe('not-ready');
        fc.pre(built.ok);
        const names = [
          draft.discovery.featureTitle,
          ...draft.scoping.services.flatMap((s) => [s.name, s.primaryFunction]),
          ...draft.scoping.services.flatMap((s) => s.endpoints.map((e) => e.summary)),
        ];
        expectNoViolations(
          built.plan.items.map((item) => item.fields),
          {
            internalIds: internalIds(draft),
            names,
            summaryParts: builtIn(template),
            thin: builtIn(template),
          },
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('in a fan-out of any template over any children', () => {
    fc.assert(
      fc.property(ticketTemplateArb, epicChildrenArb, (template, children) => {
        const itemKeys = fanOutItems(template).map((item) => item.key);
        fc.pre(itemKeys.length > 0);
        const result = buildFanOut({
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
        if (!result.ok) throw new Error(result.error.message);
        expect(result.plan.items).toHaveLength(children.length * itemKeys.length);
        expectNoViolations(
          result.plan.items.map((item) => item.fields),
          {
            names: children.map((child) => child.summary),
            summaryParts: builtIn(template),
          },
        );
        for (const item of result.plan.items) {
          // Every sub-task says which story and epic it is for, first.
          const child = children.find(
            (c) => item.parent?.kind === 'existing' && item.parent.key === c.key,
          );
          const why = JSON.stringify(item.fields.description.content.slice(0, 3));
          expect(why).toContain(child?.key);
          expect(why).toContain('SHOP-1');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
