import { ExecutorError } from '../../../src/run/executor-errors';
import { resolveItemIssueTypes } from '../../../src/run/decide/item-issue-types';
import { SHOP_ISSUE_TYPES, the41IssuePlan, VENTAS_ISSUE_TYPES } from '../../support/plan-builders';

describe('issue type resolution', () => {
  it('finds each role by hierarchy level on a project whose types have Spanish names', () => {
    const plan = the41IssuePlan({ projectId: '10002' });
    const types = resolveItemIssueTypes(plan, VENTAS_ISSUE_TYPES);
    expect(types.get('epic')?.name).toBe('Épica');
    expect(types.get('service:service-1')?.name).toBe('Historia');
    expect(types.get('service:service-1/contract')?.name).toBe('Subtarea');
  });

  it('keeps the type the plan names when the project still offers it at that level', () => {
    const plan = the41IssuePlan();
    for (const item of plan.items) if (item.role === 'standard') item.issueTypeId = '10002';
    expect(resolveItemIssueTypes(plan, SHOP_ISSUE_TYPES).get('service:service-2')?.name).toBe(
      'Task',
    );
  });

  it('fails before anything is created when the project has no sub-task type, naming the level', () => {
    const withoutSubtasks = SHOP_ISSUE_TYPES.filter((t) => t.hierarchyLevel !== -1);
    const error = (() => {
      try {
        resolveItemIssueTypes(the41IssuePlan(), withoutSubtasks);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExecutorError);
    expect(error).toMatchObject({
      code: 'MISSING_ISSUE_TYPE',
      message: expect.stringContaining('sub-task (hierarchy level -1)') as string,
    });
  });
});
