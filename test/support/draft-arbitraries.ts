/**
 * fast-check arbitraries of VALID drafts: every value they produce parses with `draftSchema`.
 * They vary what buildPlan branches on (empty and whitespace text, long text, unicode, missing
 * lists, dependencies including unknown services and cycles, spikes) within the draft limits.
 */
import fc from 'fast-check';
import {
  DRAFT_LIMITS,
  DRAFT_SCHEMA_VERSION,
  FAIL_SAFE_KINDS,
  HTTP_METHODS,
  STAKEHOLDER_ROLES,
  draftSchema,
  isBlankText,
  type Draft,
  type Service,
} from '../../src/domain';

/** Characters that must never reach Jira as they are, and some that must survive. */
const NASTY_CHARACTERS = [
  '\u0000',
  '\b',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u009b',
  '\r\n',
  '\r',
  '\v',
  '\f',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  // Invisible format characters (issue 18): zero-width, bidi marks, tag, soft hyphen, fillers.
  '\u200b',
  '\u200e',
  '\u061c',
  '\u2060',
  '\ufeff',
  '\u{e0041}',
  '\u00ad',
  '\u3164',
  '\ufe0f',
  '\ud800',
  '\udfff',
  '🚀',
  'ש',
  ' ',
  ':',
  '{{feature.title}}',
];

/**
 * Arbitrary Unicode, as a hostile or careless user pastes it: any code point (lone surrogates
 * included), or a mix of characters that must be cleaned before they reach Jira.
 */
export const unicodeTextArb = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .string({ unit: 'binary', maxLength: Math.min(maxLength, 40) })
      .map((text) => text.slice(0, maxLength)),
    fc
      .array(fc.constantFrom(...NASTY_CHARACTERS), { maxLength: 30 })
      .map((parts) => parts.join('').slice(0, maxLength)),
  );

/** Text as people type it: often ordinary, sometimes empty, blank, long, non-ASCII, or hostile. */
export const textArb = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: unicodeTextArb(maxLength) },
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(maxLength, 40) }) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n\t ') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 30) }) },
    {
      weight: 1,
      arbitrary: fc
        .array(
          fc.constantFrom('order', 'payment', 'über', '🚀', 'x'.repeat(40), '{{feature.title}}'),
          {
            minLength: 1,
            maxLength: 60,
          },
        )
        .map((words) => words.join(' ').slice(0, maxLength)),
    },
  );

export const slugArb: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.option(fc.stringMatching(/^[a-z0-9]{1,6}$/)))
  .map(([head, tail]) => (tail === null ? head : `${head}-${tail}`));

const uniqueSlugs = (maxLength: number) => fc.uniqueArray(slugArb, { maxLength });

const failureModesArb = uniqueSlugs(4).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        condition: textArb(DRAFT_LIMITS.line),
        status: fc.integer({ min: 400, max: 599 }),
        behaviour: textArb(DRAFT_LIMITS.line),
        retryable: fc.boolean(),
      }),
    ),
  ),
);

const endpointsArb = uniqueSlugs(4).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        method: fc.constantFrom(...HTTP_METHODS),
        path: fc.oneof(fc.constant('/orders/{id}'), textArb(DRAFT_LIMITS.path)),
        summary: textArb(DRAFT_LIMITS.line),
      }),
    ),
  ),
);

/** A service whose inputs may name any of `serviceIds` (itself, others, or one not in the draft). */
const serviceArb = (id: string, serviceIds: string[]): fc.Arbitrary<Service> =>
  fc
    .record({
      name: textArb(DRAFT_LIMITS.name),
      primaryFunction: textArb(DRAFT_LIMITS.line),
      inputIds: uniqueSlugs(3),
      sources: fc.array(
        fc.oneof(
          fc.constant({ kind: 'client' as const }),
          fc.constantFrom(...serviceIds, 'not-in-draft').map((serviceId) => ({
            kind: 'service' as const,
            serviceId,
          })),
          textArb(DRAFT_LIMITS.name).map((system) => ({ kind: 'external' as const, system })),
        ),
        { minLength: 3, maxLength: 3 },
      ),
      format: textArb(DRAFT_LIMITS.line),
      outputIds: uniqueSlugs(2),
      consumers: fc.array(textArb(DRAFT_LIMITS.name), { maxLength: 3 }),
      endpoints: endpointsArb,
      failureModes: failureModesArb,
      failSafes: uniqueSlugs(2).chain((ids) =>
        fc.tuple(
          ...ids.map((fid) =>
            fc.record({
              id: fc.constant(fid),
              kind: fc.constantFrom(...FAIL_SAFE_KINDS),
              note: textArb(DRAFT_LIMITS.line),
            }),
          ),
        ),
      ),
      criteria: uniqueSlugs(3),
      statement: textArb(DRAFT_LIMITS.line),
      tieToFirst: fc.constantFrom('none', 'endpoint', 'failure-mode', 'missing'),
    })
    .map((parts) => ({
      id,
      name: parts.name,
      primaryFunction: parts.primaryFunction,
      inputs: parts.inputIds.map((inputId, index) => ({
        id: inputId,
        name: `${parts.name} ${index}`.slice(0, DRAFT_LIMITS.name),
        source: parts.sources[index] ?? { kind: 'client' as const },
        format: parts.format,
      })),
      outputs: parts.outputIds.map((outputId) => ({
        id: outputId,
        name: outputId,
        consumers: parts.consumers,
      })),
      endpoints: parts.endpoints,
      failureModes: parts.failureModes,
      failSafes: parts.failSafes,
      successCriteria: parts.criteria.map((criterionId, index) => {
        const tie = index === 0 ? parts.tieToFirst : 'none';
        const target =
          tie === 'endpoint' && parts.endpoints[0]
            ? { kind: 'endpoint' as const, id: parts.endpoints[0].id }
            : tie === 'failure-mode' && parts.failureModes[0]
              ? { kind: 'failure-mode' as const, id: parts.failureModes[0].id }
              : tie === 'missing'
                ? { kind: 'endpoint' as const, id: 'missing' }
                : undefined;
        return {
          id: criterionId,
          statement: index === 0 ? parts.statement : `${criterionId} answers within ${index} ms`,
          ...(target ? { tiedTo: target } : {}),
        };
      }),
    }));

const spikeArb = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({
    kind: fc.constantFrom('prototype' as const, 'openapi-sketch' as const),
    timeboxDays: fc.integer({ min: 1, max: 2 * DRAFT_LIMITS.spikeTimeboxDays }).map((n) => n / 2),
    goal: textArb(DRAFT_LIMITS.line),
  }),
);

/** An arbitrary valid draft with up to `maxServices` services. */
export function draftArb(maxServices = 5): fc.Arbitrary<Draft> {
  return fc
    .uniqueArray(slugArb, { maxLength: maxServices })
    .chain((serviceIds) =>
      fc.record({
        featureTitle: fc.oneof(textArb(DRAFT_LIMITS.title), fc.constant('word '.repeat(51).trim())),
        problem: textArb(DRAFT_LIMITS.text),
        outcome: textArb(DRAFT_LIMITS.text),
        stakeholders: uniqueSlugs(3).chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc.record({
                id: fc.constant(id),
                name: textArb(DRAFT_LIMITS.name),
                role: fc.constantFrom(...STAKEHOLDER_ROLES),
              }),
            ),
          ),
        ),
        scenarios: uniqueSlugs(2).chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc.record({
                id: fc.constant(id),
                title: textArb(DRAFT_LIMITS.name),
                examples: fc.array(
                  fc.oneof(
                    fc.record({
                      kind: fc.constant('given-when-then' as const),
                      given: textArb(DRAFT_LIMITS.line),
                      when: textArb(DRAFT_LIMITS.line),
                      then: textArb(DRAFT_LIMITS.line),
                    }),
                    fc.record({
                      kind: fc.constant('text' as const),
                      text: textArb(DRAFT_LIMITS.text),
                    }),
                  ),
                  { minLength: 1, maxLength: 2 },
                ),
              }),
            ),
          ),
        ),
        openQuestions: uniqueSlugs(2).chain((ids) =>
          fc.tuple(
            ...ids.map((id) =>
              fc.record({
                id: fc.constant(id),
                question: textArb(DRAFT_LIMITS.line),
                resolved: fc.boolean(),
                answer: textArb(DRAFT_LIMITS.text),
              }),
            ),
          ),
        ),
        spike: spikeArb,
        services: fc.tuple(...serviceIds.map((id) => serviceArb(id, serviceIds))),
      }),
    )
    .map(({ services, ...discovery }) =>
      draftSchema.parse({ schemaVersion: DRAFT_SCHEMA_VERSION, discovery, scoping: { services } }),
    );
}

/**
 * The draft with every blank that would make an empty ticket row written out as "x" (readiness
 * always blocks those), the rest of its text left as generated: for properties of plans.
 */
export function withBlankRowsFilled(draft: Draft): Draft {
  const fill = (text: string) => (isBlankText(text) ? 'x' : text);
  const { discovery, scoping } = draft;
  return {
    ...draft,
    discovery: {
      ...discovery,
      scenarios: discovery.scenarios.map((scenario) => ({
        ...scenario,
        title: fill(scenario.title),
        examples: scenario.examples.map((example) =>
          example.kind === 'text'
            ? { ...example, text: fill(example.text) }
            : {
                ...example,
                given: fill(example.given),
                when: fill(example.when),
                then: fill(example.then),
              },
        ),
      })),
      openQuestions: discovery.openQuestions.map((q) => ({ ...q, question: fill(q.question) })),
    },
    scoping: {
      services: scoping.services.map((service) => ({
        ...service,
        primaryFunction: fill(service.primaryFunction),
        inputs: service.inputs.map((input) => ({ ...input, name: fill(input.name) })),
        outputs: service.outputs.map((output) => ({ ...output, name: fill(output.name) })),
        endpoints: service.endpoints.map((endpoint) => ({
          ...endpoint,
          path: fill(endpoint.path),
        })),
        failureModes: service.failureModes.map((mode) => ({
          ...mode,
          condition: fill(mode.condition),
          behaviour: fill(mode.behaviour),
        })),
        successCriteria: service.successCriteria.map((criterion) => ({
          ...criterion,
          statement: fill(criterion.statement),
        })),
      })),
    },
  };
}
