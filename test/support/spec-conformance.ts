import type { JiraEmulator } from '../../dev/emulator';

/**
 * Fails when any request the code under test sent to the emulator broke Atlassian's OpenAPI
 * spec, or any response the emulator sent did. Called when a suite's emulator stops, so every
 * integration and browser test holds the app's Jira traffic to the spec.
 */
export function assertSpecConformingTraffic(emulator: JiraEmulator): void {
  const invalid = emulator
    .requestLog()
    .filter((entry) => entry.invalid !== undefined)
    .map((entry) => `request ${entry.endpoint}: ${entry.invalid ?? ''}`);
  const violations = emulator.responseViolations().map((v) => `response: ${v}`);
  const problems = [...invalid, ...violations];
  if (problems.length > 0) {
    throw new Error(`Jira traffic broke Atlassian's OpenAPI spec:\n${problems.join('\n')}`);
  }
}
