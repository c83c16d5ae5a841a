/**
 * Size limits for everything a team types into a draft. They keep a stored draft far below
 * Forge KVS's value limit and keep every generated Jira field within what Jira accepts.
 */
export const DRAFT_LIMITS = {
  id: 64,
  title: 255,
  name: 120,
  line: 500,
  text: 4000,
  path: 500,
  stakeholders: 30,
  scenarios: 30,
  examplesPerScenario: 10,
  openQuestions: 50,
  services: 25,
  inputs: 30,
  outputs: 30,
  consumers: 20,
  endpoints: 30,
  failureModes: 30,
  failSafes: 20,
  successCriteria: 40,
  spikeTimeboxDays: 20,
} as const;
