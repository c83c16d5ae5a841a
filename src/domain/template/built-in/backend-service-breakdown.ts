import type { TemplateInput } from '../template-schema';
import {
  DEFAULT_BLOCKERS,
  EPIC_PART,
  SERVICE_STORY_SUMMARY,
  SIGN_OFF_EXTRA,
  SPIKE_EXTRA,
} from './shared-parts';

/** The default: epic → story per service → sub-tasks for contract, error handling, validation. */
export const BACKEND_SERVICE_BREAKDOWN: TemplateInput = {
  id: 'backend-service-breakdown',
  name: 'Backend service breakdown',
  version: 1,
  description:
    'An epic for the feature, a story per service, and per service the sub-tasks for its contract, its error handling and its validation.',
  epic: EPIC_PART,
  service: {
    summary: SERVICE_STORY_SUMMARY,
    sections: [
      { kind: 'service-summary' },
      { kind: 'inputs' },
      { kind: 'outputs' },
      { kind: 'endpoints' },
      { kind: 'failure-modes' },
      { kind: 'fail-safes' },
      { kind: 'success-criteria' },
    ],
  },
  serviceItems: [
    {
      key: 'contract',
      name: 'Contract',
      role: 'subtask',
      include: {
        when: 'any',
        rules: [
          { when: 'service-has', part: 'inputs' },
          { when: 'service-has', part: 'outputs' },
          { when: 'service-has', part: 'endpoints' },
        ],
      },
      summary: 'Contract of {{service.name}}: inputs, outputs and endpoints',
      sections: [
        {
          kind: 'text',
          text: 'Agree on and publish the shapes below so that the services and clients that depend on {{service.name}} can build against them.',
        },
        { kind: 'inputs' },
        { kind: 'outputs' },
        { kind: 'endpoints' },
      ],
    },
    {
      key: 'errors',
      name: 'Error handling',
      role: 'subtask',
      include: { when: 'service-has', part: 'failureModes' },
      summary: 'Error handling of {{service.name}}: failures and their HTTP statuses',
      sections: [{ kind: 'failure-modes' }, { kind: 'status-guidance' }, { kind: 'fail-safes' }],
    },
    {
      key: 'validation',
      name: 'Validation',
      role: 'subtask',
      include: { when: 'service-has', part: 'successCriteria' },
      summary: 'Validate {{service.name}} against its success criteria',
      sections: [{ kind: 'success-criteria' }],
    },
  ],
  extras: [SPIKE_EXTRA, SIGN_OFF_EXTRA],
  labels: ['backend-breakdown'],
  readiness: { blockers: DEFAULT_BLOCKERS },
};
