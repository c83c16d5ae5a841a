import type { TemplateInput } from '../template-schema';
import {
  CHILD_CONTRACT,
  CHILD_ERRORS,
  CHILD_VALIDATION,
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
      { kind: 'why' },
      { kind: 'service-summary' },
      { kind: 'inputs' },
      { kind: 'outputs' },
      { kind: 'endpoints' },
      { kind: 'failure-modes' },
      { kind: 'fail-safes' },
      { kind: 'success-criteria', heading: 'Done when' },
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
      summary: 'Define the {{service.contractParts}} of {{service.name}}',
      sections: [
        { kind: 'why' },
        {
          kind: 'text',
          heading: 'What',
          text: 'Agree on the {{service.contractParts}} below with the services and clients that depend on {{service.name}}, and publish them so that each can build against them.',
        },
        { kind: 'inputs' },
        { kind: 'outputs' },
        { kind: 'endpoints' },
        { kind: 'service-openapi', heading: 'Endpoints in OpenAPI' },
        {
          kind: 'checklist',
          heading: 'Done when',
          items: [
            'Each of the {{service.contractParts}} above has a schema and an example',
            'The teams that depend on {{service.name}} have reviewed them',
          ],
        },
      ],
      child: CHILD_CONTRACT,
    },
    {
      key: 'errors',
      name: 'Error handling',
      role: 'subtask',
      include: { when: 'service-has', part: 'failureModes' },
      summary: 'Handle the failures of {{service.name}}',
      sections: [
        { kind: 'why' },
        { kind: 'failure-modes', heading: 'Failures and their HTTP statuses' },
        { kind: 'status-guidance' },
        { kind: 'fail-safes' },
        { kind: 'failure-checklist' },
      ],
      child: CHILD_ERRORS,
    },
    {
      key: 'validation',
      name: 'Validation',
      role: 'subtask',
      include: { when: 'service-has', part: 'successCriteria' },
      summary: 'Validate {{service.name}} against its success criteria',
      sections: [{ kind: 'why' }, { kind: 'success-criteria', heading: 'Done when' }],
      child: CHILD_VALIDATION,
    },
  ],
  extras: [SPIKE_EXTRA, SIGN_OFF_EXTRA],
  labels: ['backend-breakdown'],
  readiness: { blockers: DEFAULT_BLOCKERS },
};
