/**
 * Arbitraries for the ticket-rules property test (issue 18): drafts, templates and epic children
 * as people write them (names with colons, non-English, long; rows left blank where allowed).
 */
import fc from 'fast-check';
import {
  BUILT_IN_TEMPLATES,
  DRAFT_LIMITS,
  DRAFT_SCHEMA_VERSION,
  childDescription,
  childStory,
  draftSchema,
  templateSchema,
  type AdfDoc,
  type AdfNode,
  type DescriptionSection,
  type Draft,
  type EpicChild,
  type Service,
  type Template,
  type TemplateInput,
} from '../../src/domain';
import { withoutBlockers } from './draft-builders';

/** Names as teams write them: plain, with colons, long, non-English, ending in "service". */
export const nameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'Orders',
    'Payment Service',
    'pets',
    'Cart totals: recompute on every change',
    'API: v2 gateway',
    'Заказы',
    '注文サービス',
    'الطلبات',
    'Bestellbestätigung per E-Mail',
    'Indexer',
    'Search',
    'Ledger of the ledger team',
  ),
  fc
    .array(fc.constantFrom('Order', 'export', 'über', 'queue', 'Kafka', '📦', 'v2', 'sync'), {
      minLength: 1,
      maxLength: 4,
    })
    .map((words) => words.join(' ')),
  fc.constant(`Very long ${'name '.repeat(30)}`.slice(0, DRAFT_LIMITS.name - 4).concat(' end')),
);

/** A sentence a person writes in a draft row. */
const lineArb: fc.Arbitrary<string> = fc.constantFrom(
  'Charges the card through the provider',
  'Turns a paid basket into an order: once',
  'Answer with the reason; do not retry',
  'Retry with backoff, then alert',
  'Запрос отклонён',
  'La commande est introuvable',
  'GET /orders/{id} answers 404 within 200 ms',
);
const optionalArb = fc.oneof(lineArb, fc.constant(''), fc.constant('  \u200b '));
/** Text the built-in gates want (a problem, an outcome), written most of the time. */
const mostlyArb = fc.oneof(
  { weight: 4, arbitrary: lineArb },
  { weight: 1, arbitrary: optionalArb },
);

/** Ids that look like ids, so the checker can see one that leaks into a ticket. */
const idArb = (prefix: string, n: number) => `${prefix}-${n}-q7`;

function serviceArb(index: number, ids: string[]): fc.Arbitrary<Service> {
  const id = ids[index] as string;
  const upstream = ids.slice(0, index);
  // Often a service as the built-in gates want it (each list filled), sometimes a partial one.
  const at = (complete: boolean) => ({ minLength: complete ? 1 : 0, maxLength: 2 });
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    )
    .chain((complete) =>
      fc.record({
        // Now and then not named yet: a custom template may not block that, and the ticket must
        // then say "Service 2", not the service's id.
        name: fc.oneof(
          { weight: 9, arbitrary: nameArb },
          { weight: 1, arbitrary: fc.constant('') },
        ),
        // Readiness always blocks a blank one (it would leave an empty row).
        primaryFunction: lineArb,
        inputs: fc.array(
          fc.record({
            name: lineArb,
            format: optionalArb,
            from: fc.oneof(
              fc.constant(undefined),
              ...(upstream.length > 0 ? [fc.constantFrom(...upstream)] : []),
            ),
          }),
          at(complete),
        ),
        outputs: fc.array(
          fc.record({ name: lineArb, consumers: fc.array(nameArb, { maxLength: 2 }) }),
          at(complete),
        ),
        endpoints: fc.array(
          fc.record({
            method: fc.constantFrom('GET', 'POST', 'DELETE'),
            path: fc.constantFrom('/orders', '/orders/{id}', '/pets'),
            summary: optionalArb,
          }),
          { maxLength: 2 },
        ),
        failures: fc.array(
          fc.record({
            condition: lineArb,
            status: fc.constantFrom(400, 404, 409, 422, 503),
            behaviour: lineArb,
            retryable: fc.boolean(),
          }),
          at(complete),
        ),
        criteria: fc.array(fc.record({ statement: lineArb, tie: fc.nat(3) }), at(complete)),
        failSafes: fc.array(fc.record({ note: optionalArb }), { maxLength: 1 }),
      }),
    )
    .map((raw) => {
      const endpoints = raw.endpoints.map((e, n) => ({ id: idArb(`ep${index}`, n), ...e }));
      const failureModes = raw.failures.map((f, n) => ({ id: idArb(`fm${index}`, n), ...f }));
      return {
        id,
        name: raw.name,
        primaryFunction: raw.primaryFunction,
        inputs: raw.inputs.map((input, n) => ({
          id: idArb(`in${index}`, n),
          name: input.name,
          format: input.format,
          source:
            input.from === undefined
              ? { kind: 'client' as const }
              : { kind: 'service' as const, serviceId: input.from },
        })),
        outputs: raw.outputs.map((output, n) => ({ id: idArb(`out${index}`, n), ...output })),
        endpoints,
        failureModes,
        failSafes: raw.failSafes.map((safe, n) => ({
          id: idArb(`fs${index}`, n),
          kind: 'timeout' as const,
          note: safe.note,
        })),
        successCriteria: raw.criteria.map((criterion, n) => {
          const endpoint = endpoints[criterion.tie];
          const mode = failureModes[criterion.tie - 2];
          return {
            id: idArb(`sc${index}`, n),
            statement: criterion.statement,
            ...(endpoint
              ? { tiedTo: { kind: 'endpoint' as const, id: endpoint.id } }
              : mode
                ? { tiedTo: { kind: 'failure-mode' as const, id: mode.id } }
                : {}),
          };
        }),
      };
    });
}

export const ticketDraftArb: fc.Arbitrary<Draft> = fc.integer({ min: 1, max: 3 }).chain((count) => {
  const ids = Array.from({ length: count }, (_, n) => idArb('svc', n));
  return fc
    .record({
      featureTitle: nameArb,
      problem: mostlyArb,
      outcome: mostlyArb,
      scenarios: fc.array(
        fc.record({ title: optionalArb, given: lineArb, when: lineArb, then: lineArb }),
        { maxLength: 2 },
      ),
      spike: fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.record({
          kind: fc.constantFrom('prototype' as const, 'openapi-sketch' as const),
          timeboxDays: fc.integer({ min: 1, max: 5 }),
          goal: optionalArb,
        }),
      ),
      questions: fc.array(
        fc.record({ question: lineArb, resolved: fc.boolean(), answer: optionalArb }),
        {
          maxLength: 2,
        },
      ),
      services: fc.tuple(...ids.map((_, index) => serviceArb(index, ids))),
      excluded: fc.subarray(
        ids.map((id) => `service:${id}`),
        { maxLength: 1 },
      ),
    })
    .map(({ questions, services, excluded, scenarios, ...discovery }) =>
      draftSchema.parse({
        schemaVersion: DRAFT_SCHEMA_VERSION,
        discovery: {
          ...discovery,
          stakeholders: [],
          scenarios: scenarios.map(({ title, ...example }, n) => ({
            id: idArb('sc', n),
            // A blank title blocks (an empty row); the scenario needs a name.
            title: title.trim() === '' || title.includes('\u200b') ? `Scenario ${n + 1}` : title,
            examples: [{ kind: 'given-when-then', ...example }],
          })),
          openQuestions: questions.map((q, n) => ({ id: idArb('q', n), ...q })),
        },
        // Two services of one name are a blocker of their own; the names here stay apart.
        scoping: {
          services: services.map((service, n) =>
            service.name !== '' && services.slice(0, n).some((other) => other.name === service.name)
              ? { ...service, name: `${n + 1} ${service.name}`.slice(0, DRAFT_LIMITS.name) }
              : service,
          ),
        },
        excludedItems: excluded,
      }),
    );
});

/** Sections an admin might put in an item of `scope`, in any order. */
function sectionsArb(
  scope: 'feature' | 'service' | 'endpoint',
): fc.Arbitrary<DescriptionSection[]> {
  const data: DescriptionSection['kind'][] = [
    'why',
    'feature-goal',
    'open-questions',
    'spike',
    'services-overview',
    'all-success-criteria',
  ];
  if (scope !== 'feature') {
    data.push(
      'service-summary',
      'inputs',
      'outputs',
      'endpoints',
      'status-guidance',
      'fail-safes',
      'success-criteria',
      'failure-checklist',
      'acceptance-criteria',
      'service-openapi',
    );
  }
  if (scope === 'endpoint') data.push('endpoint', 'endpoint-success-criteria', 'endpoint-openapi');
  const section: fc.Arbitrary<DescriptionSection> = fc.oneof(
    fc.constantFrom(...data).map((kind) => ({ kind }) as DescriptionSection),
    ...(scope === 'feature'
      ? []
      : [fc.constant<DescriptionSection>({ kind: 'failure-modes', standardFailures: [] })]),
    fc.constantFrom(
      { kind: 'text', text: 'Publish the shapes below so that clients can build against them.' },
      { kind: 'text', heading: 'Note', text: 'Goal: {{spike.goal}}' },
      {
        kind: 'checklist',
        heading: 'Done when',
        items: ['{{spike.goal}}', 'Reviewed by the team'],
      },
    ) as fc.Arbitrary<DescriptionSection>,
  );
  return fc.array(section, { maxLength: 5 });
}

const SERVICE_SUMMARIES = [
  '{{service.name}}: {{service.primaryFunction}}',
  'Contract of {{service.name}}: {{service.contractParts}}',
  '{{item.name}} for {{service.name}}',
  'Build the {{service.name}} service',
  '{{service.name}}: {{item.name}}',
  'Error handling of {{service.name}}: failures and their HTTP statuses',
];

export const ticketTemplateArb: fc.Arbitrary<Template> = fc.oneof(
  fc.constantFrom(...BUILT_IN_TEMPLATES),
  fc
    .record({
      epicSummary: fc.constantFrom('{{feature.title}}', 'Feature: {{feature.title}}'),
      epicSections: sectionsArb('feature'),
      serviceSummary: fc.constantFrom(...SERVICE_SUMMARIES),
      serviceSections: sectionsArb('service'),
      items: fc.array(
        fc.record({
          perEndpoint: fc.boolean(),
          role: fc.constantFrom('subtask' as const, 'standard' as const),
          summary: fc.constantFrom(
            ...SERVICE_SUMMARIES,
            '{{endpoint.method}} {{endpoint.path}}: {{endpoint.summary}}',
          ),
          sections: sectionsArb('endpoint'),
          child: fc.option(
            fc.record({
              summary: fc.constantFrom(...SERVICE_SUMMARIES),
              sections: sectionsArb('service'),
            }),
            { nil: undefined },
          ),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map((raw): Template => {
      const input: TemplateInput = {
        id: 'generated',
        name: 'Generated',
        version: 1,
        epic: { summary: raw.epicSummary, sections: raw.epicSections },
        service: { summary: raw.serviceSummary, sections: raw.serviceSections },
        serviceItems: raw.items.map((item, n) => ({
          key: `item-${n}`,
          name: ['Contract', 'Error handling', 'Validation'][n] ?? 'Item',
          role: item.role,
          perEndpoint: item.perEndpoint,
          // Endpoint data only where an item is made per endpoint.
          summary: item.perEndpoint
            ? item.summary
            : item.summary.replace(/\{\{endpoint\.\w+\}\}/g, ''),
          sections: item.perEndpoint
            ? item.sections
            : item.sections.filter(
                (s) =>
                  !['endpoint', 'endpoint-success-criteria', 'endpoint-openapi'].includes(s.kind),
              ),
          ...(item.child ? { child: item.child } : {}),
        })),
      };
      const parsed = templateSchema.safeParse(input);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      return withoutBlockers(parsed.data);
    }),
);

const text = (value: string): AdfNode => ({ type: 'text', text: value });
const paragraph = (value: string): AdfNode => ({ type: 'paragraph', content: [text(value)] });

const storyDescriptionArb: fc.Arbitrary<AdfDoc | null> = fc.oneof(
  fc.constant(null),
  fc
    .record({
      paragraphs: fc.array(lineArb, { maxLength: 3 }),
      criteria: fc.array(lineArb, { maxLength: 3 }),
      as: fc.constantFrom('heading', 'line', 'checklist'),
    })
    .map(({ paragraphs, criteria, as }): AdfDoc => {
      const list: AdfNode =
        as === 'checklist'
          ? {
              type: 'taskList',
              attrs: { localId: 'l' },
              content: criteria.map((c, n) => ({
                type: 'taskItem',
                attrs: { localId: `t${n}`, state: 'TODO' },
                content: [text(c)],
              })),
            }
          : {
              type: 'bulletList',
              content: criteria.map((c) => ({ type: 'listItem', content: [paragraph(c)] })),
            };
      const lead: AdfNode[] =
        as === 'heading'
          ? [{ type: 'heading', attrs: { level: 3 }, content: [text('Acceptance criteria')] }]
          : as === 'line'
            ? [paragraph('Acceptance criteria:')]
            : [];
      return {
        type: 'doc',
        version: 1,
        content: [...paragraphs.map(paragraph), ...(criteria.length > 0 ? [...lead, list] : [])],
      };
    }),
);

export const epicChildrenArb: fc.Arbitrary<EpicChild[]> = fc
  .array(fc.record({ summary: nameArb, description: storyDescriptionArb }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((stories) =>
    stories.map((story, n) => ({
      id: String(10201 + n),
      key: `SHOP-${2 + n}`,
      summary: story.summary,
      description: childDescription(story.description),
      story: childStory(story.description),
      projectId: '10000',
      issueType: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
      status: 'To Do',
      assignee: null,
      labels: [],
      subtasks: [],
    })),
  );
