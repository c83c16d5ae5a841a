import { z } from 'zod';
import { draftIdSchema } from './draft-id';
import { DRAFT_LIMITS as L } from './limits';

/** Free text may be empty while a team is still writing; readiness rules say what is missing. */
const text = (max: number) => z.string().max(max);

export const STAKEHOLDER_ROLES = [
  'product',
  'backend',
  'frontend',
  'qa',
  'ops',
  'security',
  'design',
  'data',
  'support',
  'other',
] as const;

export const stakeholderSchema = z.object({
  id: draftIdSchema,
  name: text(L.name),
  role: z.enum(STAKEHOLDER_ROLES),
});

/** A concrete example of a scenario: Given/When/Then, or free text when that reads better. */
export const scenarioExampleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('given-when-then'),
    given: text(L.line),
    when: text(L.line),
    then: text(L.line),
  }),
  z.object({ kind: z.literal('text'), text: text(L.text) }),
]);

export const userScenarioSchema = z.object({
  id: draftIdSchema,
  title: text(L.name),
  examples: z
    .array(scenarioExampleSchema)
    .min(1, 'A user scenario needs at least one concrete example')
    .max(L.examplesPerScenario),
});

export const openQuestionSchema = z.object({
  id: draftIdSchema,
  question: text(L.line),
  resolved: z.boolean(),
  answer: text(L.text).default(''),
});

export const SPIKE_KINDS = ['none', 'prototype', 'openapi-sketch'] as const;
export type SpikeKind = (typeof SPIKE_KINDS)[number];

/**
 * A spike's timebox is counted in days, in steps of half a day: the panel's label, its help
 * and these messages all say days.
 */
const timeboxDays = z
  .number({ error: 'Enter the timebox in days, e.g. 2 or 1.5' })
  .positive('A spike needs a timebox of at least half a day')
  .max(L.spikeTimeboxDays, `At most ${String(L.spikeTimeboxDays)} days`)
  // Checked exactly: zod's multipleOf tolerates float error, so 5e-324 passed as "half days".
  .refine((days) => Number.isInteger(days * 2), 'Whole or half days only, e.g. 1.5');

/** Whether the team explores before building, and for how long at most. */
export const spikeDecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('prototype'), timeboxDays, goal: text(L.line).default('') }),
  z.object({ kind: z.literal('openapi-sketch'), timeboxDays, goal: text(L.line).default('') }),
]);

export const discoverySchema = z.object({
  featureTitle: text(L.title),
  /** The problem to solve, or the goal to reach. */
  problem: text(L.text),
  /** The intended outcome, stated so someone can measure it. */
  outcome: text(L.text),
  stakeholders: z.array(stakeholderSchema).max(L.stakeholders).default([]),
  scenarios: z.array(userScenarioSchema).max(L.scenarios).default([]),
  openQuestions: z.array(openQuestionSchema).max(L.openQuestions).default([]),
  spike: spikeDecisionSchema.default({ kind: 'none' }),
});

export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type StakeholderRole = Stakeholder['role'];
export type ScenarioExample = z.infer<typeof scenarioExampleSchema>;
export type UserScenario = z.infer<typeof userScenarioSchema>;
export type OpenQuestion = z.infer<typeof openQuestionSchema>;
export type SpikeDecision = z.infer<typeof spikeDecisionSchema>;
export type Discovery = z.infer<typeof discoverySchema>;
