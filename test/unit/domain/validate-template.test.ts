import { BUILT_IN_TEMPLATES, validateTemplate, type TemplateInput } from '../../../src/domain';
import { FOUR_ITEM_TEMPLATE } from '../../support/draft-builders';

/** A minimal valid template to vary one thing at a time. */
const aTemplate = (overrides: Partial<TemplateInput> = {}): TemplateInput => ({
  id: 'team-template',
  name: 'Team template',
  version: 3,
  epic: { summary: '{{feature.title}}' },
  service: { summary: '{{service.name}}' },
  serviceItems: [
    { key: 'build', name: 'Build', role: 'subtask', summary: 'Build {{service.name}}' },
  ],
  ...overrides,
});

const problemsOf = (input: unknown) => {
  const result = validateTemplate(input);
  return result.ok ? [] : result.problems;
};

describe('validateTemplate', () => {
  it.each(BUILT_IN_TEMPLATES.map((template) => [template.id, template]))(
    'accepts the built-in template %s',
    (_id, template) => {
      expect(problemsOf(template)).toEqual([]);
    },
  );

  it('accepts a minimal template and fills in its defaults', () => {
    const result = validateTemplate(aTemplate());
    expect(result.ok && result.template.serviceItems[0]?.include).toEqual({ when: 'always' });
  });

  it('rejects an unknown placeholder, saying where it is', () => {
    expect(problemsOf(aTemplate({ epic: { summary: '{{feature.name}}' } }))).toEqual([
      { path: 'epic.summary', message: 'Unknown placeholder {{feature.name}}' },
    ]);
  });

  it('rejects an unknown placeholder in a section heading', () => {
    const template = aTemplate({
      service: {
        summary: '{{service.name}}',
        sections: [{ kind: 'inputs', heading: 'Inputs of {{svc}}' }],
      },
    });
    expect(problemsOf(template)).toEqual([
      { path: 'service.sections[0].heading', message: 'Unknown placeholder {{svc}}' },
    ]);
  });

  it('rejects an endpoint placeholder in an item that is not per endpoint', () => {
    const template = aTemplate({
      serviceItems: [
        { key: 'build', name: 'Build', role: 'subtask', summary: '{{endpoint.path}}' },
      ],
    });
    expect(problemsOf(template)).toEqual([
      {
        path: 'serviceItems[0].summary',
        message: '{{endpoint.path}} is only available in endpoint-level items',
      },
    ]);
  });

  it('rejects an inclusion rule that can never include its item', () => {
    const part = { when: 'service-has', part: 'inputs' } as const;
    const template = aTemplate({
      serviceItems: [
        {
          key: 'build',
          name: 'Build',
          role: 'subtask',
          summary: 'Build',
          include: { when: 'all', rules: [part, { when: 'not', rule: part }] },
        },
      ],
    });
    expect(problemsOf(template)).toEqual([
      {
        path: 'serviceItems[0].include',
        message: 'The rule can never include the item (unreachable)',
      },
    ]);
  });

  it('rejects a per-service condition on an epic-level extra', () => {
    const template = aTemplate({
      extras: [
        {
          key: 'review',
          name: 'Review',
          summary: 'Review',
          include: { when: 'service-has', part: 'endpoints' },
        },
      ],
    });
    expect(problemsOf(template)).toEqual([
      { path: 'extras[0].include', message: '"service-has endpoints" needs a per-service item' },
    ]);
  });

  it('rejects a service section in the epic', () => {
    const template = aTemplate({
      epic: { summary: 'Epic', sections: [{ kind: 'failure-modes' }] },
    });
    expect(problemsOf(template)).toEqual([
      {
        path: 'epic.sections[0].kind',
        message: 'A "failure-modes" section needs a service-level item',
      },
    ]);
  });

  it('rejects two items with the same key, since local ids are built from keys', () => {
    const item = { key: 'build', name: 'Build', role: 'subtask' as const, summary: 'Build' };
    expect(problemsOf(aTemplate({ serviceItems: [item, item] }))).toEqual([
      { path: 'serviceItems[1].key', message: 'Two items share the key "build"' },
    ]);
  });

  it('rejects a blocker that names no readiness rule', () => {
    const problems = problemsOf(aTemplate({ readiness: { blockers: ['is-perfect' as never] } }));
    expect(problems.map((problem) => problem.path)).toEqual(['readiness.blockers[0]']);
  });

  it('rejects a template without a version', () => {
    const { version: _version, ...unversioned } = aTemplate();
    expect(problemsOf(unversioned).map((problem) => problem.path)).toEqual(['version']);
  });

  it('rejects an explicit issue type id that is not numeric', () => {
    const problems = problemsOf(aTemplate({ issueTypeIds: { epic: 'Epic' } }));
    expect(problems).toEqual([
      { path: 'issueTypeIds.epic', message: 'An issue type id is numeric' },
    ]);
  });

  it('accepts the four-item test template the executor tests use', () => {
    expect(problemsOf(FOUR_ITEM_TEMPLATE)).toEqual([]);
  });
});
