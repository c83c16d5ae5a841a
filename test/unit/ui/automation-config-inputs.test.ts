/**
 * What the Automation action form saves before the admin changes anything, and how it tells the
 * two actions apart: the rule's issue and identity as smart values, every other choice open.
 */
import {
  actionKindOf,
  EXECUTION_SMART_VALUE,
  listOf,
  withDefaults,
} from '../../../static/automation-config/config-inputs';

describe('the Automation action form’s inputs', () => {
  it('starts a sub-task rule on the triggering epic, all sub-tasks, every child', () => {
    expect(withDefaults('subtasks', {})).toEqual({
      epicKey: '{{issue.key}}',
      templateId: '',
      items: '',
      issueTypes: '',
      statuses: '',
      labels: '',
      executionId: EXECUTION_SMART_VALUE,
      ruleName: '{{rule.name}}',
    });
  });

  it('starts a breakdown rule on the triggering issue, with a new epic', () => {
    expect(withDefaults('breakdown', {})).toEqual({
      issueKey: '{{issue.key}}',
      templateId: '',
      reuseCurrentEpic: false,
      executionId: EXECUTION_SMART_VALUE,
      ruleName: '{{rule.name}}',
    });
  });

  it('keeps what the rule saved over the defaults', () => {
    const saved = { epicKey: '{{issue.parent.key}}', templateId: 'payments', items: 'contract' };
    expect(withDefaults('subtasks', saved)).toMatchObject(saved);
  });

  it('knows the action by its module key, else by the inputs it saved', () => {
    expect(actionKindOf('break-down-issue', {})).toBe('breakdown');
    expect(actionKindOf('generate-template-subtasks', { issueKey: 'X' })).toBe('subtasks');
    expect(actionKindOf(undefined, { issueKey: '{{issue.key}}' })).toBe('breakdown');
    expect(actionKindOf(undefined, {})).toBe('subtasks');
  });

  it('reads a comma-separated choice as its values', () => {
    expect(listOf(' contract, ,errors ')).toEqual(['contract', 'errors']);
    expect(listOf('')).toEqual([]);
    expect(listOf(true)).toEqual([]);
  });
});
