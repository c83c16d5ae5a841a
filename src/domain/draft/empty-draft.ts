import { DRAFT_SCHEMA_VERSION, type Draft } from './draft-schema';

/** The draft a panel starts from: nothing written yet, except perhaps the summary. */
export function emptyDraft(featureTitle = ''): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    discovery: {
      featureTitle,
      problem: '',
      outcome: '',
      stakeholders: [],
      scenarios: [],
      openQuestions: [],
      spike: { kind: 'none' },
    },
    scoping: { services: [] },
  };
}
