/**
 * What the three actions accept, as Forge delivers it: the inputs declared in manifest.yml
 * (Automation sends the values its configuration form saved, smart values resolved; Rovo sends
 * what the agent extracted from the chat) and, from Rovo on an issue, a `context` object with the
 * issue it was opened on (developer.atlassian.com/platform/forge/manifest-reference/modules/rovo-action).
 *
 * Action inputs can only be strings, numbers or booleans, so lists arrive as comma-separated text.
 * Unknown fields are dropped; nothing here is trusted for authorization (who acts comes from the
 * invocation context, what they may do from Jira).
 */
import { z } from 'zod';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/;

/** "" and absent mean "not given": Automation saves an untouched optional field as "". */
const optionalText = (max: number) =>
  z
    .string()
    .max(max, `At most ${String(max)} characters`)
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** "Story, Task" → ["Story", "Task"]; at most 100 values of at most 255 characters. */
const commaList = optionalText(26_000).pipe(
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    )
    .pipe(
      z
        .array(z.string().max(255, 'Each value may have at most 255 characters'))
        .max(100, 'At most 100 values'),
    ),
);

/** Automation may hand a boolean input over as text. */
const flag = z
  .union([z.boolean(), z.enum(['true', 'false', ''])])
  .optional()
  .transform((value) => value === true || value === 'true');

const issueKey = optionalText(300).pipe(
  z.string().toUpperCase().regex(ISSUE_KEY, 'Give an issue key such as PAY-12').optional(),
);

const templateId = optionalText(64).pipe(
  z
    .string()
    .regex(/^[a-z0-9-]+$/, 'A template id has only lower-case letters, digits and dashes')
    .optional(),
);

/** Rovo's deterministic context of the issue the chat was opened on (numbers in Atlassian's example). */
const rovoContext = z
  .object({
    jira: z
      .object({
        issueKey: z.union([z.string(), z.number()]).optional(),
        issueId: z.union([z.string(), z.number()]).optional(),
      })
      .optional(),
  })
  .optional()
  .catch(undefined);

/** Which Automation rule and which of its executions delivered the call (see README). */
const origin = {
  executionId: optionalText(200),
  ruleName: optionalText(255),
};

export const generateSubtasksInput = z.object({
  epicKey: issueKey,
  templateId,
  items: commaList,
  issueTypes: commaList,
  statuses: commaList,
  labels: commaList,
  ...origin,
  context: rovoContext,
});

export const breakDownInput = z.object({
  issueKey,
  templateId,
  reuseCurrentEpic: flag,
  ...origin,
  context: rovoContext,
});

export const previewInput = z.object({
  issueKey,
  /** `subtasks` (the epic fan-out) or `breakdown`; absent: sub-tasks on an epic, else the breakdown. */
  kind: z
    .enum(['subtasks', 'breakdown', ''])
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  templateId,
  items: commaList,
  issueTypes: commaList,
  statuses: commaList,
  labels: commaList,
  reuseCurrentEpic: flag,
  context: rovoContext,
});

export type GenerateSubtasksInput = z.output<typeof generateSubtasksInput>;
export type BreakDownInput = z.output<typeof breakDownInput>;
export type PreviewInput = z.output<typeof previewInput>;

/**
 * The issue an action works on: the one named in its inputs, else the one Rovo's chat was
 * opened on. (Atlassian suggests exactly this order: inputs may be mistaken, so a malformed one
 * falls back to the context; neither is proof of anything, Jira decides what the user may see.)
 */
export function targetIssue(
  named: string | undefined,
  context: z.output<typeof rovoContext>,
): string | undefined {
  if (named) return named;
  const fromContext = context?.jira?.issueKey ?? context?.jira?.issueId;
  if (fromContext === undefined) return undefined;
  const text = String(fromContext).trim().toUpperCase();
  return ISSUE_KEY.test(text) || /^[1-9][0-9]{0,17}$/.test(text) ? text : undefined;
}
