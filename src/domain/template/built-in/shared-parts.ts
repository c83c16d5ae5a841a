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
  summary: 'Spike ({{spike.kind}}, {{spike.timebox}}): {{feature.title}}',
  sections: [{ kind: 'spike' }, { kind: 'open-questions', heading: 'Questions the spike answers' }],
};

export const SIGN_OFF_EXTRA: ExtraInput = {
  key: 'e2e-sign-off',
  name: 'End-to-end sign-off',
  summary: 'End-to-end sign-off: {{feature.title}}',
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

export const SERVICE_STORY_SUMMARY = '{{service.name}}: {{service.primaryFunction}}';
