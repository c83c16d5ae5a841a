import type { TemplateInput } from '../template-schema';
import {
  DEFAULT_BLOCKERS,
  EPIC_PART,
  SERVICE_STORY_SUMMARY,
  SIGN_OFF_EXTRA,
  SPIKE_EXTRA,
} from './shared-parts';

/** Epic → story per service → one sub-task per endpoint, carrying its own criteria. */
export const ENDPOINT_PER_SUBTASK: TemplateInput = {
  id: 'endpoint-per-subtask',
  name: 'Endpoint per sub-task',
  version: 1,
  description:
    'An epic for the feature, a story per service, and one sub-task per endpoint with the success criteria tied to it and the failures it must answer.',
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
      key: 'endpoint',
      name: 'Endpoint',
      role: 'subtask',
      perEndpoint: true,
      summary: '{{endpoint.method}} {{endpoint.path}}: {{endpoint.summary}}',
      sections: [
        { kind: 'why' },
        { kind: 'endpoint', heading: 'What' },
        { kind: 'endpoint-openapi', heading: 'Contract (OpenAPI)' },
        { kind: 'failure-modes', heading: 'Failures {{service.name}} answers' },
        { kind: 'status-guidance' },
        { kind: 'endpoint-success-criteria', heading: 'Done when' },
      ],
    },
  ],
  extras: [SPIKE_EXTRA, SIGN_OFF_EXTRA],
  labels: ['backend-breakdown'],
  readiness: { blockers: DEFAULT_BLOCKERS },
};
