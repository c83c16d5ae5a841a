/**
 * Where Jira requests go. Production code reaches Jira through `@forge/api` (as the user who
 * clicked, or as the app inside the async consumer); tests inject their own function, the same
 * way octokit's `request.fetch` is swapped.
 */
import api, { type APIResponse, type RequestInit, type Route } from '@forge/api';

export type JiraTransport = (route: Route, init: RequestInit) => Promise<APIResponse>;

/** Requests made as the user of the current invocation: Jira's permissions decide. */
export const asUserTransport: JiraTransport = (route, init) =>
  api.asUser().requestJira(route, init);

/** Requests made as the app itself: only where no user is present (the async consumer). */
export const asAppTransport: JiraTransport = (route, init) => api.asApp().requestJira(route, init);

export type Actor = 'user' | 'app';

export function transportFor(actor: Actor): JiraTransport {
  return actor === 'app' ? asAppTransport : asUserTransport;
}
