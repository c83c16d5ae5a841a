/** The local Jira Cloud emulator: see README.md in this folder. */
export { createJiraEmulator } from './emulator';
export type { AccountChange, JiraEmulator, JiraEmulatorOptions } from './jira-emulator';
export type { FaultRule, FaultState } from './faults/fault-rule';
export type { RequestLogEntry } from './log/request-log';
export type { EmulatedIssue, EmulatedIssueLink } from './render/emulated-issue';
export { ACCOUNT_HEADER } from './http/authenticate';
export {
  APP_ACCOUNT_ID,
  SEED_ISSUES,
  SEED_LINK_TYPES,
  SEED_PROJECTS,
  SEED_USERS,
  type SeedUser,
} from './seed';
