import { defaultableField } from '../../../src/domain';

describe('which create-screen fields a template may default', () => {
  it('offers priority and components with their values by name, and the assignee', () => {
    expect(
      defaultableField({
        fieldId: 'priority',
        name: 'Priority',
        type: 'priority',
        allowedValues: [
          { id: '1', name: 'Highest' },
          { id: '3', name: 'Medium' },
        ],
      }),
    ).toEqual({
      fieldId: 'priority',
      name: 'Priority',
      kind: 'priority',
      allowed: [
        { id: '1', name: 'Highest' },
        { id: '3', name: 'Medium' },
      ],
    });
    expect(defaultableField({ fieldId: 'assignee', name: 'Assignee', type: 'user' })).toEqual({
      fieldId: 'assignee',
      name: 'Assignee',
      kind: 'assignee',
      allowed: null,
    });
    expect(
      defaultableField({ fieldId: 'components', name: 'Components', type: 'array' })?.allowed,
    ).toEqual([]);
  });

  it('offers number and single-select custom fields, and nothing else', () => {
    expect(
      defaultableField({ fieldId: 'customfield_10016', name: 'Story points', type: 'number' }),
    ).toMatchObject({ kind: 'number', allowed: null });
    expect(
      defaultableField({
        fieldId: 'customfield_10050',
        name: 'Severity',
        type: 'option',
        allowedValues: [{ id: '10100', name: 'Critical' }],
      }),
    ).toMatchObject({ kind: 'option', allowed: [{ id: '10100', name: 'Critical' }] });
    for (const field of [
      { fieldId: 'summary', name: 'Summary', type: 'string' },
      { fieldId: 'labels', name: 'Labels', type: 'array' },
      { fieldId: 'customfield_10020', name: 'Notes', type: 'string' },
      { fieldId: 'number', name: 'Not custom', type: 'number' },
    ]) {
      expect(defaultableField(field)).toBeUndefined();
    }
  });
});
