/**
 * Size limits for everything a team types into a draft. The per-field and per-list limits keep
 * generated Jira fields sensible; `storedBytes` keeps a whole draft below Forge KVS's 240 KiB
 * value limit, which the others alone would not (30 scenarios of long examples would pass them).
 */
export const DRAFT_LIMITS = {
  storedBytes: 200 * 1024,
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
  /** Dismissed suggestions remembered per service; stale ones are pruned on each dismissal. */
  dismissedSuggestions: 100,
  suggestionId: 160,
  spikeTimeboxDays: 20,
  /** Plan items left out of the breakdown (`excludedItems`), and the length of one item's id. */
  excludedItems: 500,
  localId: 300,
} as const;
