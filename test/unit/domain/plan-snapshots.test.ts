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
  SHOP_ISSUE_TYPES,
  TEAM_ISSUE_TYPES,
  VENTAS_ISSUE_TYPES,
  aCriterion,
  aDraft,
  aDraftWith,
  aFailSafe,
  aFailureMode,
  anEndpoint,
  anInput,
  anInputFrom,
  anOutput,
  aQuestion,
  aScenario,
  aService,
  builtIn,
} from '../../support/draft-builders';

function planOf(
  draft: Draft,
  template: Template,
  issueTypes: IssueTypeInfo[],
  options: BuildPlanOptions,
): Plan {
  const result = buildPlan(draft, template, issueTypes, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

/** The plan as a person previews it: the issue tree, each description as text, the links. */
function outline(plan: Plan): string {
  const parentOf = (item: Plan['items'][number]) =>
    item.parent === null
      ? ''
      : ` ← ${item.parent.kind === 'item' ? item.parent.localId : item.parent.key}`;
  const items = plan.items.map((item) =>
    [
      `${'  '.repeat(1 - item.level)}[${item.role} ${item.issueTypeId}] ${item.localId}${parentOf(item)}`,
      `  summary: ${item.fields.summary}`,
      `  labels: ${item.fields.labels.join(' ')}`,
      ...adfToText(item.fields.description)
        .split('\n')
        .map((line) => `  | ${line}`),
    ].join('\n'),
  );
  const end = (e: Plan['links'][number]['from']) => (e.kind === 'item' ? e.localId : e.key);
  const links = plan.links.map((link) => `${end(link.from)} ${link.type} ${end(link.to)}`);
  return [...items, '', ...links, '', JSON.stringify(plan.estimate)].join('\n');
}

/** Payouts on the team-managed project: two services, a spike for an open question. */
function payoutsDraft(): Draft {
  const ledger = aService('ledger', {
    name: 'Ledger',
    primaryFunction: 'Records every payout as balanced entries',
    inputs: [anInput({ id: 'payout-request', name: 'Payout request', format: 'JSON body' })],
    outputs: [
      anOutput({
        id: 'entries',
        name: 'Ledger entries',
        consumers: ['payout-runner', 'finance reports'],
      }),
    ],
    endpoints: [
      anEndpoint({
        id: 'post-entry',
        method: 'POST',
        path: '/ledger/entries',
        summary: 'Record an entry',
      }),
      anEndpoint({
        id: 'balance',
        method: 'GET',
        path: '/ledger/accounts/{id}/balance',
        summary: 'Read a balance',
      }),
    ],
    failureModes: [
      aFailureMode({
        id: 'unbalanced',
        condition: 'The entry is invalid: debits and credits differ',
        status: 422,
      }),
      aFailureMode({ id: 'account-missing', condition: 'The account does not exist', status: 404 }),
    ],
    successCriteria: [
      aCriterion({
        id: 'balanced',
        statement: 'Every accepted entry sums to exactly 0',
        tiedTo: { kind: 'endpoint', id: 'post-entry' },
      }),
      aCriterion({
        id: 'balance-fast',
        statement: 'A balance read answers within 100 ms at p99',
        tiedTo: { kind: 'endpoint', id: 'balance' },
      }),
    ],
  });
  const runner = aService('payout-runner', {
    name: 'Payout runner',
    primaryFunction: 'Sends due payouts to the bank once a day',
    inputs: [
      anInputFrom('ledger', {
        id: 'due',
        name: 'Due payouts',
        source: { kind: 'service', serviceId: 'ledger', outputId: 'entries' },
      }),
    ],
    outputs: [anOutput({ id: 'bank-file', name: 'Bank file', consumers: ['bank'] })],
    endpoints: [
      anEndpoint({
        id: 'trigger',
        method: 'POST',
        path: '/payout-runs',
        summary: 'Start a run by hand',
      }),
    ],
    failureModes: [
      aFailureMode({
        id: 'bank-down',
        condition: 'The bank gateway times out',
        status: 504,
        behaviour: 'Retry the file upload 3 times, then page on-call',
        retryable: true,
      }),
      aFailureMode({
        id: 'run-exists',
        condition: 'A run for today already exists',
        status: 409,
        behaviour: 'Answer with the existing run id',
      }),
    ],
    failSafes: [
      aFailSafe({
        id: 'breaker',
        kind: 'circuit-breaker',
        note: 'Open after 5 failed uploads in 10 minutes',
      }),
    ],
    successCriteria: [
      aCriterion({
        id: 'once',
        statement: 'A payout is sent at most once, even when a run is retried',
      }),
    ],
  });
  return aDraftWith([runner, ledger], {
    featureTitle: 'Payouts',
    problem: 'Sellers wait up to a week for their money because payouts are run by hand.',
    outcome: 'Every seller is paid within 1 business day of a sale settling.',
    scenarios: [
      aScenario({
        id: 'daily-run',
        title: 'Daily payout run',
        examples: [
          {
            kind: 'given-when-then',
            given: 'a seller with 120 EUR settled',
            when: 'the daily run starts at 06:00',
            then: 'the bank file holds one line of 120 EUR for that seller',
          },
          { kind: 'text', text: 'A seller with nothing settled gets no line.' },
        ],
      }),
    ],
    openQuestions: [
      aQuestion({
        id: 'cutoff',
        question: 'What is the bank cut-off time?',
        resolved: false,
        answer: '',
      }),
    ],
    spike: { kind: 'openapi-sketch', timeboxDays: 1.5, goal: 'Agree the ledger API with finance' },
  });
}

/** Facturas on the Spanish project: event-driven invoicing. */
function facturasDraft(): Draft {
  const facturacion = aService('facturacion', {
    name: 'Facturación',
    primaryFunction: 'Emite una factura por cada pedido pagado',
    inputs: [
      anInput({
        id: 'pedido-pagado',
        name: 'PedidoPagado',
        source: { kind: 'external', system: 'Tienda' },
        format: 'Evento Avro',
      }),
    ],
    outputs: [
      anOutput({ id: 'factura-emitida', name: 'FacturaEmitida', consumers: ['contabilidad'] }),
    ],
    endpoints: [],
    failureModes: [
      aFailureMode({
        id: 'cliente',
        condition: 'El cliente no existe (not found)',
        status: 404,
        behaviour: 'Enviar a revisión manual',
      }),
    ],
    successCriteria: [
      aCriterion({
        id: 'plazo',
        statement: 'El 99% de las facturas se emite en menos de 5 minutos',
      }),
    ],
  });
  return aDraftWith([facturacion], {
    featureTitle: 'Soporte backend para facturas',
    problem: 'Las facturas se emiten a mano y llegan tarde.',
    outcome: 'El 100% de los pedidos pagados tiene factura en 24 horas.',
    stakeholders: [],
    scenarios: [],
    openQuestions: [],
  });
}

describe('plan snapshots', () => {
  it('plans the checkout revamp with the default template, from a story', () => {
    const plan = planOf(aDraft(), builtIn('backend-service-breakdown'), SHOP_ISSUE_TYPES, {
      planId: 'draft-10101',
      projectId: '10000',
      currentIssue: { key: 'SHOP-2', hierarchyLevel: 0 },
    });
    expect(outline(plan)).toMatchSnapshot();
  });

  it('plans payouts one sub-task per endpoint under the existing epic', () => {
    const plan = planOf(payoutsDraft(), builtIn('endpoint-per-subtask'), TEAM_ISSUE_TYPES, {
      planId: 'draft-10103',
      projectId: '10001',
      currentIssue: { key: 'TEAM-1', hierarchyLevel: 1 },
      reuseCurrentEpic: true,
    });
    expect(outline(plan)).toMatchSnapshot();
  });

  it('plans event-driven invoicing in a project whose issue types are Spanish', () => {
    const plan = planOf(facturasDraft(), builtIn('event-driven-service'), VENTAS_ISSUE_TYPES, {
      planId: 'draft-10105',
      projectId: '10002',
      currentIssue: { key: 'VENTAS-1', hierarchyLevel: 0 },
    });
    expect(outline(plan)).toMatchSnapshot();
  });

  it('keeps the exact JSON of the checkout plan', () => {
    const plan = planOf(aDraft(), builtIn('backend-service-breakdown'), SHOP_ISSUE_TYPES, {
      planId: 'draft-10101',
      projectId: '10000',
    });
    expect(plan).toMatchSnapshot();
  });
});
