/**
 * What the Jira emulator offers its callers (tests, the dev stack, its own admin API), apart from
 * how it does it (`emulator.ts`), so the admin API can drive it without importing the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultRule, FaultState } from './faults/fault-rule';
import type { RequestLogEntry } from './log/request-log';
import type { AccountChange } from './privacy/report-accounts';
import type { EmulatedIssue } from './render/emulated-issue';

export type { AccountChange };

export interface JiraEmulatorOptions {
  /** Check every response against the spec and record violations (default true). */
  validateResponses?: boolean;
  /** Where invalid requests, violations and emulator errors are reported (default stderr). */
  logTo?: (line: string) => void;
  /** The site's clock in epoch ms (default `Date.now`): `created` and the search lag use it, so
   * tests can move time instead of sleeping. */
  now?: () => number;
  /**
   * More `host:port` names it answers as, besides its own loopback address: for a server that
   * mounts it with `handle`. Any other Host is refused (421), as the dev host refuses it.
   */
  allowedHosts?: readonly string[];
}

export interface JiraEmulator {
  /** Starts listening on loopback; resolves to the base URL, e.g. `http://127.0.0.1:43123`. */
  listen(port?: number, host?: '127.0.0.1'): Promise<string>;
  close(): Promise<void>;
  /** The base URL once listening. */
  readonly url: string;
  /** Serves one request, so another server can mount the emulator (`/rest/api/3/…`, `/__emulator/…`). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Back to the seed: issues, permissions, required fields, no search lag; clears faults, log
   * and violations. */
  reset(): void;
  /** Adds a fault rule (throws when it is malformed); returns its id. */
  addFault(rule: FaultRule): string;
  removeFault(id: string): boolean;
  clearFaults(): void;
  faults(): FaultState[];
  requestLog(): RequestLogEntry[];
  /** Requests per endpoint, keyed `METHOD template`, e.g. `POST /rest/api/3/issue/bulk`. */
  counts(): Record<string, number>;
  clearLog(): void;
  /** Makes a field required (or not) on one issue type's create screen at run time. */
  setRequiredField(
    projectKey: string,
    issueTypeId: string,
    fieldId: string,
    required: boolean,
  ): void;
  /** Grants or revokes one project permission of one account (e.g. take BROWSE_PROJECTS away). */
  setPermission(accountId: string, projectKey: string, permission: string, granted: boolean): void;
  /**
   * Grants or revokes a global permission (e.g. `ADMINISTER`, *Administer Jira*, which
   * `permissions/check` needs to look at another account) of a seeded user or the app (`app`).
   * Throws for an unknown account or a key that is not a global permission.
   */
  setGlobalPermission(accountId: string, permission: string, granted: boolean): void;
  /**
   * Search lag in ms (0 to 600 000; `reset` sets 0): an issue created while it is L stays out of
   * JQL search results until `now() >= created + L`, unless the search lists its id in
   * `reconcileIssues`. Throws a RangeError outside 0..600 000.
   */
  setSearchLag(ms: number): void;
  searchLag(): number;
  /**
   * How the personal data reporting API (`POST /app/report-accounts`) answers for one account:
   * `closed`, or `updated` at a time (epoch ms: reported `updatedAt`s before it answer
   * `updated`); null makes it an ordinary account again. `reset` clears them all.
   */
  setAccountChange(accountId: string, change: AccountChange | null): void;
  /** The account ids of each personal data report received since the last reset, in order. */
  personalDataReports(): string[][];
  /** Spec violations found in the emulator's own responses, and emulator errors. */
  responseViolations(): string[];
  issues(projectKey?: string): EmulatedIssue[];
}
