import type { JiraStore } from '../jira-store';
import type { JiraResponse } from './jira-response';

/** Who is calling: a seeded user, or the Forge app acting as itself. */
export interface Account {
  kind: 'user' | 'app';
  accountId: string;
}

/** Everything a Jira endpoint handler needs about one request. */
export interface RequestContext {
  store: JiraStore;
  account: Account;
  /** Path parameters by their spec names, URI-decoded. */
  params: Record<string, string>;
  /** Query parameters the spec declares, coerced to their spec types. */
  query: Record<string, unknown>;
  body: unknown;
  /** Origin the caller used, e.g. `http://127.0.0.1:4010`; Jira's `self` links start with it. */
  baseUrl: string;
}

export type Handler = (ctx: RequestContext) => JiraResponse;
