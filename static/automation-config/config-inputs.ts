/**
 * What the action form saves: the inputs manifest.yml declares, as Automation stores them
 * (strings and booleans; lists comma-separated). Pure, so the form's rules are tested alone.
 */
export type ConfigInputs = Record<string, string | boolean>;

/** What a rule execution is identified by unless the admin types something else: the same on a
 * retried delivery of one execution, different for the next execution on the same issue. */
export const EXECUTION_SMART_VALUE = '{{rule.id}}:{{issue.id}}:{{issue.updated}}';

export type ActionKind = 'subtasks' | 'breakdown';

/** Which action the form configures: from the module key Forge gives it, else from the inputs. */
export function actionKindOf(moduleKey: unknown, inputs: ConfigInputs): ActionKind {
  if (moduleKey === 'break-down-issue') return 'breakdown';
  if (moduleKey === 'generate-template-subtasks') return 'subtasks';
  return 'issueKey' in inputs ? 'breakdown' : 'subtasks';
}

/** A new form's values: the rule's issue and identity as smart values, every other choice open. */
export function withDefaults(kind: ActionKind, saved: ConfigInputs): ConfigInputs {
  const issueInput = kind === 'subtasks' ? 'epicKey' : 'issueKey';
  return {
    [issueInput]: '{{issue.key}}',
    templateId: '',
    ...(kind === 'subtasks'
      ? { items: '', issueTypes: '', statuses: '', labels: '' }
      : { reuseCurrentEpic: false }),
    executionId: EXECUTION_SMART_VALUE,
    ruleName: '{{rule.name}}',
    ...saved,
  };
}

/** "a, b" ⇄ ["a", "b"] for the sub-task choice. */
export const listOf = (value: string | boolean | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : [];
