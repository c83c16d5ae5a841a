import type { Template } from '../../../src/domain';

/**
 * What "Create template → Blank" starts from: an epic and an issue per service, no items yet.
 * Its id is made from the name when it is first saved.
 */
export const BLANK_TEMPLATE: Template = {
  id: 'new-template',
  name: 'New template',
  version: 1,
  description: '',
  issueTypeIds: {},
  epic: { summary: '{{feature.title}}', sections: [], labels: [], fields: { custom: [] } },
  service: {
    summary: '{{service.name}}: {{service.primaryFunction}}',
    sections: [],
    labels: [],
    fields: { custom: [] },
  },
  serviceItems: [],
  extras: [],
  labels: [],
  components: [],
  readiness: { blockers: [] },
};
