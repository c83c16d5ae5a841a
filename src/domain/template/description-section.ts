import { z } from 'zod';
import type { PatternScope } from './placeholders';

/** Section kinds that render draft data and need no options beyond a heading. */
export const DATA_SECTION_KINDS = [
  'why',
  'feature-goal',
  'stakeholders',
  'scenarios',
  'scenario-checklist',
  'open-questions',
  'spike',
  'services-overview',
  'all-success-criteria',
  'service-summary',
  'inputs',
  'outputs',
  'endpoints',
  'status-guidance',
  'fail-safes',
  'success-criteria',
  'endpoint',
  'endpoint-success-criteria',
  'endpoint-openapi',
  'failure-checklist',
  'acceptance-criteria',
  'service-openapi',
] as const;

export const TEMPLATE_TEXT_MAX = 2000;
export const patternSchema = z.string().max(TEMPLATE_TEXT_MAX);
const heading = patternSchema.optional();

/** A failure every service of this kind shares, listed after the team's own failure modes. */
export const standardFailureSchema = z.object({
  condition: z.string().min(1).max(500),
  behaviour: z.string().min(1).max(500),
});

/** One block of an item's description: a heading and what goes under it. */
export const descriptionSectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), heading, text: patternSchema.min(1) }),
  z.object({
    kind: z.literal('checklist'),
    heading,
    items: z.array(patternSchema.min(1)).min(1).max(20),
  }),
  z.object({
    kind: z.literal('failure-modes'),
    heading,
    standardFailures: z.array(standardFailureSchema).max(10).default([]),
  }),
  z.object({ kind: z.enum(DATA_SECTION_KINDS), heading }),
]);

export type DescriptionSection = z.infer<typeof descriptionSectionSchema>;
export type SectionKind = DescriptionSection['kind'];

/** The narrowest scope whose data a section renders. */
export const SECTION_SCOPE: Readonly<Record<SectionKind, PatternScope>> = {
  text: 'feature',
  checklist: 'feature',
  why: 'feature',
  'feature-goal': 'feature',
  stakeholders: 'feature',
  scenarios: 'feature',
  'scenario-checklist': 'feature',
  'open-questions': 'feature',
  spike: 'feature',
  'services-overview': 'feature',
  'all-success-criteria': 'feature',
  'service-summary': 'service',
  inputs: 'service',
  outputs: 'service',
  endpoints: 'service',
  'failure-modes': 'service',
  'status-guidance': 'service',
  'fail-safes': 'service',
  'success-criteria': 'service',
  endpoint: 'endpoint',
  'endpoint-success-criteria': 'endpoint',
  'endpoint-openapi': 'endpoint',
  'failure-checklist': 'service',
  'acceptance-criteria': 'service',
  'service-openapi': 'service',
};
