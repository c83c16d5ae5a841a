/**
 * The Forge `action` modules (manifest.yml), for Automation rules and the Rovo agent. Each is a
 * thin entry into the engine the panel and the epic action use, never a second executor:
 *
 * - `generate-template-subtasks` → `applyEpicFanOut` (what `epic/apply` does)
 * - `break-down-issue`           → `applyIssuePlan` (what `plan/apply`, the panel's Create, does)
 * - `preview-breakdown`          → `previewEpicFanOut` / `previewIssuePlan` (`epic/preview`, `plan/preview`)
 *
 * An action parses its inputs, proves who acts and on which issue (`action-scope.ts`), calls the
 * engine function, and puts the outcome into words (`describe-answer.ts`). Expected failures
 * (no permission, no saved breakdown, bad input) answer `{ errors: [{ message }] }`, which
 * Automation shows in the rule's audit log and Rovo relays; anything else is thrown for Forge
 * to record.
 */
import type { z } from 'zod';
import { HUMAN_MESSAGES } from '../domain';
import { AppError } from '../resolvers/app-error';
import { applyEpicFanOut, previewEpicFanOut } from '../resolvers/epic-resolvers';
import { asExpectedError } from '../resolvers/expected-errors';
import { applyIssuePlan, previewIssuePlan } from '../resolvers/plan-resolvers';
import { effectiveDefaultId } from '../resolvers/template-source';
import type { AppEnvironment } from '../app-environment';
import type { RunView } from '../contract';
import {
  breakDownInput,
  generateSubtasksInput,
  previewInput,
  targetIssue,
  type GenerateSubtasksInput,
  type PreviewInput,
} from './action-inputs';
import { actionTarget, callerOf, type ActionTarget } from './action-scope';
import {
  describeBreakdownPreview,
  describeRun,
  describeSubtaskPreview,
  type BreakdownPreviewAnswer,
  type IssueRef,
  type RunAnswer,
  type SubtaskPreviewAnswer,
} from './describe-answer';
import { oncePerExecution } from './execution-claim';
import { recordRunOrigin, type RunOrigin } from '../storage/run-origin';

/** Automation's documented error answer: the rule stops and the messages go to its audit log. */
export interface ActionErrors {
  errors: { message: string }[];
}

export type ActionHandler<T> = (payload: unknown, context: unknown) => Promise<T | ActionErrors>;

export const ACTION_KEYS = [
  'generate-template-subtasks',
  'break-down-issue',
  'preview-breakdown',
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

function parseInput<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload ?? {}, HUMAN_MESSAGES);
  if (parsed.success) return parsed.data;
  const [first] = parsed.error.issues;
  const field = first?.path.join('.') ?? '';
  throw new AppError(
    'INVALID_INPUT',
    `The action's input${field ? ` "${field}"` : ''} was not accepted: ${first?.message ?? 'invalid'}.`,
  );
}

/** Runs one action; expected failures become Automation's error answer. */
async function answering<T>(work: () => Promise<T>): Promise<T | ActionErrors> {
  try {
    return await work();
  } catch (error) {
    const expected = asExpectedError(error);
    if (!expected) throw error;
    return { errors: [{ message: expected.message }] };
  }
}

const refOf = (target: ActionTarget): IssueRef => ({
  key: target.scope.issue?.key ?? '',
  summary: target.summary,
  url: target.browseUrl,
});

function originOf(input: {
  executionId?: string | undefined;
  ruleName?: string | undefined;
  context?: unknown;
}): Omit<RunOrigin, 'runId' | 'accountId' | 'at'> {
  if (input.executionId !== undefined || input.ruleName !== undefined) {
    return {
      via: 'automation',
      ...(input.ruleName === undefined ? {} : { ruleName: input.ruleName }),
      ...(input.executionId === undefined ? {} : { executionId: input.executionId }),
    };
  }
  return { via: input.context === undefined ? 'action' : 'rovo' };
}

/** The fan-out request the epic action would send, with the project's default template. */
async function fanOutRequest(
  env: AppEnvironment,
  input: Pick<GenerateSubtasksInput, 'templateId' | 'items' | 'issueTypes' | 'statuses' | 'labels'>,
  projectId: string,
) {
  return {
    templateId: input.templateId ?? (await effectiveDefaultId(env, projectId)),
    ...(input.items.length > 0 ? { itemKeys: input.items } : {}),
    filters: { issueTypes: input.issueTypes, statuses: input.statuses, labels: input.labels },
  };
}

export interface ActionHandlers {
  generateTemplateSubtasks: ActionHandler<RunAnswer>;
  breakDownIssue: ActionHandler<RunAnswer>;
  previewBreakdown: ActionHandler<SubtaskPreviewAnswer | BreakdownPreviewAnswer>;
}

export function createActionHandlers(env: AppEnvironment): ActionHandlers {
  /** Starts a run through `start`, once per rule execution, and says what it did. */
  async function started(
    actionKey: ActionKey,
    input: { executionId?: string | undefined; ruleName?: string | undefined; context?: unknown },
    target: ActionTarget,
    what: { noun: string; nouns: string; module: string },
    start: () => Promise<RunView>,
  ): Promise<RunAnswer> {
    const { answer, repeated } = await oncePerExecution(
      env.kv,
      env.now,
      actionKey,
      input.executionId,
      async () => {
        const before = env.now();
        const run = await start();
        await recordRunOrigin(env.kv, run, before, {
          ...originOf(input),
          runId: run.runId,
          accountId: target.scope.accountId,
          at: before,
        });
        return describeRun(run, refOf(target), what);
      },
    );
    return repeated ? { ...answer, repeated } : answer;
  }

  return {
    generateTemplateSubtasks: (payload, context) =>
      answering(async () => {
        const accountId = callerOf(context);
        const input = parseInput(generateSubtasksInput, payload);
        const target = await actionTarget(
          env,
          accountId,
          targetIssue(input.epicKey, input.context),
          'jira:issueAction',
        );
        const request = await fanOutRequest(env, input, target.scope.projectId);
        return started(
          'generate-template-subtasks',
          input,
          target,
          { noun: 'sub-task', nouns: 'sub-tasks', module: '"Generate template sub-tasks"' },
          () => applyEpicFanOut(env, target.scope, request),
        );
      }),

    breakDownIssue: (payload, context) =>
      answering(async () => {
        const accountId = callerOf(context);
        const input = parseInput(breakDownInput, payload);
        const target = await actionTarget(
          env,
          accountId,
          targetIssue(input.issueKey, input.context),
          'jira:issuePanel',
        );
        return started(
          'break-down-issue',
          input,
          target,
          { noun: 'issue', nouns: 'issues', module: 'the Backend Breakdown panel' },
          () =>
            applyIssuePlan(env, target.scope, {
              ...(input.templateId === undefined ? {} : { templateId: input.templateId }),
              reuseCurrentEpic: input.reuseCurrentEpic,
            }),
        );
      }),

    previewBreakdown: (payload, context) =>
      answering(async () => {
        const accountId = callerOf(context);
        const input: PreviewInput = parseInput(previewInput, payload);
        const issue = targetIssue(input.issueKey, input.context);
        const probe = await actionTarget(env, accountId, issue, 'jira:issuePanel');
        const kind = input.kind ?? (probe.hierarchyLevel === 1 ? 'subtasks' : 'breakdown');
        if (kind === 'subtasks') {
          const target: ActionTarget = {
            ...probe,
            scope: { ...probe.scope, moduleType: 'jira:issueAction' },
          };
          const request = await fanOutRequest(env, input, target.scope.projectId);
          const preview = await previewEpicFanOut(env, target.scope, request);
          return describeSubtaskPreview(preview, refOf(target));
        }
        const preview = await previewIssuePlan(env, probe.scope, {
          ...(input.templateId === undefined ? {} : { templateId: input.templateId }),
          reuseCurrentEpic: input.reuseCurrentEpic,
        });
        return describeBreakdownPreview(preview, refOf(probe));
      }),
  };
}
