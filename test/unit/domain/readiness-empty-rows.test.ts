import fc from 'fast-check';
import {
  BUILT_IN_TEMPLATES,
  buildPlan,
  checkReadiness,
  hasBlocker,
  type AdfNode,
  type Draft,
  type Plan,
  type Template,
} from '../../../src/domain';
import { draftArb } from '../../support/draft-arbitraries';
import {
  FOUR_ITEM_TEMPLATE,
  SHOP_ISSUE_TYPES,
  withoutBlockers,
} from '../../support/draft-builders';
import { emptyRows } from '../../support/empty-rows';

/** Text that renders as nothing once cleaned for Jira, as people leave fields. */
const BLANKS = ['', '   ', '\n\t ', '\u0000', '\u202e', '\u0000 \u0000', '\u2028'];
/** Text that says something, with nothing the empty-row check could mistake for a blank slot. */
const WORDS = [
  '\u202e Orders',
  'Orders',
  'order id',
  'über 🚀',
  'x'.repeat(40),
  'a\u0000b',
  'Refunds are idempotent',
];

/** Every free-text field of a draft, by key (ids, enums and numbers are left alone). */
const TEXT_KEYS = new Set([
  'featureTitle',
  'problem',
  'outcome',
  'name',
  'title',
  'given',
  'when',
  'then',
  'text',
  'question',
  'answer',
  'goal',
  'primaryFunction',
  'system',
  'format',
  'path',
  'summary',
  'condition',
  'behaviour',
  'note',
  'statement',
  'consumers',
]);

/**
 * The draft with every free text replaced: blank with probability `blankRate`, else words. A
 * small deterministic generator seeded per draft, so a failure replays from fast-check's seed.
 */
function withText(draft: Draft, seed: number, blankRate: number): Draft {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = (key: string): string => {
    if (next() < blankRate) return BLANKS[Math.floor(next() * BLANKS.length)] ?? '';
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'x';
    return key === 'path' ? `/${word.replace(/\s+/g, '-')}` : word;
  };
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return TEXT_KEYS.has(key) ? pick(key) : value;
    if (Array.isArray(value)) return value.map((entry) => visit(entry, key));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([inner, entry]) => [inner, visit(entry, inner)]),
      );
    }
    return value;
  };
  return visit(draft, '') as Draft;
}

/** Drafts of every shape, often with no blank at all, sometimes with a few. */
const draftsArb = fc
  .tuple(draftArb(3), fc.integer(), fc.constantFrom(0, 0, 0, 0.01, 0.05, 0.2))
  .map(([draft, seed, rate]) => withText(draft, seed, rate));

const templates: Template[] = [...BUILT_IN_TEMPLATES, FOUR_ITEM_TEMPLATE];

describe('readiness, for generated drafts', () => {
  it('never calls a draft ready whose plan would have an empty row, heading or endpoint line', () => {
    let ready = 0;
    let notReady = 0;
    fc.assert(
      fc.property(draftsArb, fc.constantFrom(...templates), (draft, template) => {
        // A template that blocks nothing itself: only the rules that always block stand between
        // a blank and a ticket, which is the strongest form of the promise.
        for (const used of [template, withoutBlockers(template)]) {
          const findings = checkReadiness(draft, used);
          if (hasBlocker(findings)) {
            notReady++;
            continue;
          }
          ready++;
          const result = buildPlan(draft, used, SHOP_ISSUE_TYPES, {
            planId: 'p',
            projectId: '10000',
          });
          if (!result.ok) throw new Error(`a ready draft got no plan: ${result.error.message}`);
          expect(emptyRows(result.plan)).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 20_261_129 },
    );
    // Both sides of the promise were exercised.
    expect(ready).toBeGreaterThan(50);
    expect(notReady).toBeGreaterThan(50);
  });
});

describe('the empty-row check', () => {
  const paragraph = (text: string): AdfNode => ({
    type: 'paragraph',
    content: text === '' ? [] : [{ type: 'text', text }],
  });
  const planWith = (content: AdfNode[], summary = 'Orders'): Plan =>
    ({
      planId: 'p',
      projectId: '1',
      templateId: 't',
      templateVersion: 1,
      links: [],
      estimate: { issues: 1, issuesPerLevel: {}, bulkRequests: 1, linkRequests: 0, requests: 1 },
      items: [
        {
          localId: 'epic',
          role: 'epic',
          level: 1,
          issueTypeId: '1',
          parent: null,
          fields: { summary, description: { type: 'doc', version: 1, content }, labels: [] },
          source: { kind: 'epic' },
        },
      ],
    }) as unknown as Plan;
  const list = (...rows: string[]): AdfNode => ({
    type: 'bulletList',
    content: rows.map((row) => ({ type: 'listItem', content: [paragraph(row)] })),
  });

  it.each([
    ['an empty bullet', list('Orders', '')],
    ['an input without its name', list(' from the client')],
    ['a Given/When/Then with a blank part', list('Given a basket, when , then paid')],
    ['an example without its Then', list('Given a basket, when paying, then ')],
    ['the (empty) stand-in', list('(empty)')],
    [
      'a table cell without text',
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [paragraph('Card declined')] },
              { type: 'tableCell', content: [paragraph('')] },
            ],
          },
        ],
      },
    ],
    [
      'an endpoint line without a path',
      { type: 'codeBlock', content: [{ type: 'text', text: 'GET' }] },
    ],
    ['an empty heading', { type: 'heading', attrs: { level: 3 } }],
  ] as [string, AdfNode][])('reports %s', (_, node) => {
    expect(emptyRows(planWith([node]))).toHaveLength(1);
  });

  it('accepts rows that say something', () => {
    expect(
      emptyRows(
        planWith([list('Orders from the client', 'Given a basket, when paying, then paid')]),
      ),
    ).toEqual([]);
  });
});
