import type { TemplateInput } from '../template-schema';
import {
  CHILD_VALIDATION,
  DEFAULT_BLOCKERS,
  EPIC_PART,
  SERVICE_STORY_SUMMARY,
  SIGN_OFF_EXTRA,
  SPIKE_EXTRA,
} from './shared-parts';

/** At-least-once delivery means every consumer meets these two, whatever the team wrote. */
const MESSAGING_FAILURES = [
  {
    condition: 'Poison message: an event that cannot be parsed or always fails processing',
    behaviour:
      'Move it to the dead-letter queue after the retry limit, alert, and keep consuming the rest',
  },
  {
    condition: 'Redelivery of an event that was already processed (at-least-once delivery)',
    behaviour: 'Recognise it by its event id and acknowledge it without a second effect',
  },
];

/** Inputs read as consumed events, outputs as published events, messaging failures built in. */
export const EVENT_DRIVEN_SERVICE: TemplateInput = {
  id: 'event-driven-service',
  name: 'Event-driven service',
  version: 1,
  description:
    'For services that talk through events: inputs are consumed events, outputs are published events, and poison messages and redelivery are handled by design.',
  epic: EPIC_PART,
  service: {
    summary: SERVICE_STORY_SUMMARY,
    sections: [
      { kind: 'why' },
      { kind: 'service-summary' },
      { kind: 'inputs', heading: 'Consumed events' },
      { kind: 'outputs', heading: 'Published events' },
      { kind: 'endpoints' },
      { kind: 'failure-modes', standardFailures: MESSAGING_FAILURES },
      { kind: 'fail-safes' },
      { kind: 'success-criteria', heading: 'Done when' },
    ],
  },
  serviceItems: [
    {
      key: 'event-contract',
      name: 'Event contract',
      role: 'subtask',
      include: {
        when: 'any',
        rules: [
          { when: 'service-has', part: 'inputs' },
          { when: 'service-has', part: 'outputs' },
        ],
      },
      summary: 'Define the events {{service.name}} consumes and publishes',
      sections: [
        { kind: 'why' },
        {
          kind: 'text',
          heading: 'What',
          text: 'Publish the schema of each event below (name, version, payload) where the producers and consumers of {{service.name}} find it.',
        },
        { kind: 'inputs', heading: 'Consumed events' },
        { kind: 'outputs', heading: 'Published events' },
        {
          kind: 'checklist',
          heading: 'Done when',
          items: [
            'Each event has a published schema with a version and an example payload',
            'Its producers and consumers have reviewed the schemas',
          ],
        },
      ],
      child: {
        summary: 'Define the events of {{service.name}}',
        sections: [
          {
            kind: 'text',
            heading: 'What',
            text: 'Name each event this story consumes or publishes and publish its schema (name, version, payload) where its producers and consumers find it.',
          },
          {
            kind: 'checklist',
            heading: 'Done when',
            items: [
              'Each event has a published schema with a version and an example payload',
              'Its producers and consumers have reviewed the schemas',
            ],
          },
        ],
      },
    },
    {
      key: 'consumer',
      name: 'Consumer',
      role: 'subtask',
      include: { when: 'service-has', part: 'inputs' },
      summary: 'Consume events in {{service.name}} idempotently',
      sections: [
        { kind: 'why' },
        { kind: 'inputs', heading: 'Consumed events' },
        {
          kind: 'checklist',
          heading: 'Done when',
          items: [
            'Processing the same event twice has the effect of processing it once (keyed by event id)',
            'Events about the same entity are applied in order, or order provably does not matter',
            'An event is acknowledged only after its effect is stored',
          ],
        },
      ],
    },
    {
      key: 'publisher',
      name: 'Publisher',
      role: 'subtask',
      include: { when: 'service-has', part: 'outputs' },
      summary: 'Publish events from {{service.name}}',
      sections: [
        { kind: 'why' },
        { kind: 'outputs', heading: 'Published events' },
        {
          kind: 'checklist',
          heading: 'Done when',
          items: [
            'An event is published if and only if its state change is committed (transactional outbox)',
            'Each event carries an id, a type, a schema version and the time it happened',
          ],
        },
      ],
    },
    {
      key: 'poison-messages',
      name: 'Poison messages and redelivery',
      role: 'subtask',
      include: { when: 'service-has', part: 'inputs' },
      summary: 'Poison messages and redelivery in {{service.name}}',
      sections: [
        { kind: 'why' },
        { kind: 'failure-modes', standardFailures: MESSAGING_FAILURES },
        { kind: 'fail-safes' },
        {
          kind: 'checklist',
          heading: 'Done when',
          items: [
            'A message that keeps failing lands in the dead-letter queue with the error that stopped it',
            'Redeliveries back off and do not hold up the messages behind them',
            'Someone is alerted when the dead-letter queue is not empty, and can replay it',
          ],
        },
      ],
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
  labels: ['backend-breakdown', 'event-driven'],
  readiness: { blockers: DEFAULT_BLOCKERS },
};
