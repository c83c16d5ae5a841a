import type { ReadinessRuleId } from '../../readiness/readiness-rule-ids';
import type { TemplateInput } from '../template-schema';

type ExtraInput = NonNullable<TemplateInput['extras']>[number];

/**
 * The gates the built-in templates make blocking: without these a team would get tickets no
 * one can build from. The softer rules (vague wording, unmeasurable outcome, …) stay warnings.
 */
export const DEFAULT_BLOCKERS: ReadinessRuleId[] = [
  'feature-title-missing',
  'feature-title-only',
  'no-services',
  'service-without-name',
  'service-without-input',
  'service-without-output',
  'service-without-failure-mode',
  'service-without-success-criterion',
  'duplicate-service-name',
  'input-from-unknown-service',
  'dependency-cycle',
  'failure-status-not-error',
  'failure-status-contradicts-condition',
];

export const SPIKE_EXTRA: ExtraInput = {
  key: 'spike',
  name: 'Spike',
  include: { when: 'spike', kinds: ['prototype', 'openapi-sketch'] },
  summary: 'Spike for {{feature.title}} ({{spike.kind}}, {{spike.timebox}})',
  sections: [
    { kind: 'why' },
    { kind: 'spike', heading: 'What' },
    { kind: 'open-questions', heading: 'Questions the spike answers' },
  ],
};

export const SIGN_OFF_EXTRA: ExtraInput = {
  key: 'e2e-sign-off',
  name: 'End-to-end sign-off',
  summary: 'End-to-end sign-off of {{feature.title}}',
  sections: [
    { kind: 'feature-goal' },
    { kind: 'scenario-checklist', heading: 'Scenarios to walk through' },
    { kind: 'all-success-criteria', heading: 'Success criteria, per service' },
  ],
};

export const EPIC_PART: TemplateInput['epic'] = {
  summary: '{{feature.title}}',
  sections: [
    { kind: 'feature-goal' },
    { kind: 'stakeholders' },
    { kind: 'scenarios' },
    { kind: 'open-questions' },
    { kind: 'spike' },
    { kind: 'services-overview' },
  ],
};

/**
 * The story of a service names the service alone: its purpose is the first thing its
 * description says, and a purpose in the summary chains colons ("pets: Covers: …").
 */
export const SERVICE_STORY_SUMMARY = 'Build the {{service.name}} service';

/** How the built-in items read under an epic's child story (the epic action). */
export const CHILD_CONTRACT = {
  summary: 'Define the API contract of {{service.name}}',
  sections: [
    {
      kind: 'text' as const,
      heading: 'What',
      text: 'Write down every request, response and event this story adds or changes, with an example of each, and publish them where the teams that call it look for contracts.',
    },
    {
      kind: 'checklist' as const,
      heading: 'Done when',
      items: [
        'Each request and response the story adds or changes has a schema and an example',
        'The teams that call it have reviewed the contract',
        'The contract is published with the service (its OpenAPI document or event catalogue)',
      ],
    },
  ],
};

export const CHILD_ERRORS = {
  summary: 'Handle the failures of {{service.name}}',
  sections: [
    {
      kind: 'text' as const,
      heading: 'Failures to handle',
      text: 'List each way this story can fail as a table of condition, HTTP status and behaviour, agree it with the teams that call it, and make the code answer that way.',
    },
    {
      kind: 'checklist' as const,
      heading: 'Done when',
      items: [
        'Every failure answers with a status a client can act on and a body that says what went wrong',
        'A retryable failure says so, with Retry-After where a wait helps',
        'A test covers each failure in the table',
      ],
    },
  ],
};

export const CHILD_VALIDATION = {
  summary: 'Validate {{service.name}} against its acceptance criteria',
  sections: [{ kind: 'acceptance-criteria' as const }],
};
