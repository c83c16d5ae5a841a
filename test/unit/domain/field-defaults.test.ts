import {
  buildPlan,
  fieldDefaultProblems,
  templateSchema,
  type CreateScreenField,
  type Template,
} from '../../../src/domain';
import { SHOP_ISSUE_TYPES, aDraft, builtIn } from '../../support/draft-builders';

/** The default built-in with field defaults on its service stories and contract sub-tasks. */
function withDefaults(): Template {
  const base = builtIn('backend-service-breakdown');
  return templateSchema.parse({
    ...base,
    id: 'with-defaults',
    service: {
      ...base.service,
      fields: {
        priority: { id: '2' },
        assignee: { kind: 'runner' },
        custom: [
          {
            fieldId: 'customfield_10016',
            name: 'Story points',
            value: { kind: 'number', number: 3 },
          },
        ],
      },
    },
    serviceItems: base.serviceItems.map((item) =>
      item.key === 'contract'
        ? { ...item, fields: { assignee: { kind: 'reporter' }, components: [{ id: '10001' }] } }
        : item,
    ),
  });
}

const options = {
  planId: 'issue-10101',
  projectId: '10000',
  people: { runner: 'runner-account', reporter: 'reporter-account' },
};

describe('field defaults in the plan', () => {
  it('puts each item’s defaults into its fields, with the runner and reporter resolved', () => {
    const built = buildPlan(aDraft(), withDefaults(), SHOP_ISSUE_TYPES, options);
    if (!built.ok) throw new Error(built.error.message);
    const story = built.plan.items.find((item) => item.source.kind === 'service')!;
    expect(story.fields).toMatchObject({
      priority: { id: '2' },
      assignee: { accountId: 'runner-account' },
      custom: [{ fieldId: 'customfield_10016', value: 3 }],
    });
    const contract = built.plan.items.find((item) => item.localId.endsWith('/contract'))!;
    expect(contract.fields.assignee).toEqual({ accountId: 'reporter-account' });
    expect(contract.fields.components).toEqual([{ id: '10001' }]);
    const epic = built.plan.items.find((item) => item.role === 'epic')!;
    expect(epic.fields).not.toHaveProperty('priority');
    expect(epic.fields).not.toHaveProperty('assignee');
  });

  it('leaves an item unassigned when the template says so', () => {
    const template = templateSchema.parse({
      ...withDefaults(),
      epic: { ...withDefaults().epic, fields: { assignee: { kind: 'unassigned' } } },
    });
    const built = buildPlan(aDraft(), template, SHOP_ISSUE_TYPES, options);
    expect(built.ok && built.plan.items[0]?.fields.assignee).toEqual({ accountId: null });
  });
});

describe('fieldDefaultProblems', () => {
  const screen = (extra: CreateScreenField[]): CreateScreenField[] => [
    { fieldId: 'summary', name: 'Summary', type: 'string' },
    ...extra,
  ];

  it('names each field the project’s create screen lacks, at its path', () => {
    const problems = fieldDefaultProblems(withDefaults(), {
      standard: screen([{ fieldId: 'assignee', name: 'Assignee', type: 'user' }]),
      subtask: screen([]),
    });
    expect(problems).toEqual([
      {
        path: 'service.fields.priority',
        message: "The project's standard issues have no Priority field on their create screen",
      },
      {
        path: 'service.fields.custom[0].fieldId',
        message:
          'The project\'s standard issues have no "Story points" field on their create screen',
      },
      {
        path: 'serviceItems[0].fields.assignee',
        message: "The project's sub-tasks have no Assignee field on their create screen",
      },
      {
        path: 'serviceItems[0].fields.components',
        message: "The project's sub-tasks have no Components field on their create screen",
      },
    ]);
  });

  it('accepts defaults the screens take, and refuses a number for a select field', () => {
    const fits = screen([
      { fieldId: 'priority', name: 'Priority', type: 'priority', allowedIds: ['1', '2', '3'] },
      { fieldId: 'assignee', name: 'Assignee', type: 'user' },
      { fieldId: 'components', name: 'Components', type: 'array', allowedIds: ['10001'] },
    ]);
    const numberField = { fieldId: 'customfield_10016', name: 'Story points', type: 'number' };
    expect(
      fieldDefaultProblems(withDefaults(), {
        standard: [...fits, numberField],
        subtask: fits,
      }),
    ).toEqual([]);
    const selectField = { ...numberField, type: 'option', allowedIds: ['1'] };
    expect(fieldDefaultProblems(withDefaults(), { standard: [...fits, selectField] })).toEqual([
      {
        path: 'service.fields.custom[0].value',
        message: '"Story points" takes a choice from its list, not a number',
      },
    ]);
  });

  it('checks the template’s own components against the standard issues’ screen', () => {
    const template = { ...withDefaults(), components: [{ id: '10000' }, { id: '99' }] };
    expect(
      fieldDefaultProblems(template, {
        standard: [{ fieldId: 'components', name: 'Components', allowedIds: ['10000'] }],
      }).filter((p) => p.path.startsWith('components')),
    ).toEqual([
      {
        path: 'components[1]',
        message: "A chosen component is not one of this project's components any more",
      },
    ]);
    expect(
      fieldDefaultProblems(template, { standard: [] }).filter((p) => p.path === 'components'),
    ).toEqual([
      {
        path: 'components',
        message: "The project's standard issues have no Components field on their create screen",
      },
    ]);
  });
});
