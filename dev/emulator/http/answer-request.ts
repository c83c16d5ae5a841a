/**
 * Answers one Jira REST request: route, authenticate, read the body, validate against the spec,
 * then run the endpoint's handler. Faults are applied around this by the emulator.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { JiraStore } from '../jira-store';
import { MSG } from '../jira-messages';
import { specValidator } from '../spec/spec-validator';
import { authenticate } from './authenticate';
import { jiraError, type JiraResponse } from './jira-response';
import { parseBody, type BodyRead } from './read-body';
import type { TemplateMatch } from './route-match';
import type { Route } from './routes';

export interface JiraRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  raw: Buffer | 'too-large';
  /** Origin for `self` links. */
  baseUrl: string;
  /** The route for this method and path, if any. */
  match: TemplateMatch<Route> | undefined;
  /** Whether some route serves this path with another method (405 rather than 404). */
  pathServed: boolean;
}

export interface Answer {
  response: JiraResponse;
  route?: Route;
  account: string | null;
  /** Why the request broke the spec, when it did. */
  invalid?: string;
}

function bodyProblem(
  read: BodyRead,
  refuse: (message: string) => JiraResponse,
): JiraResponse | undefined {
  switch (read.kind) {
    case 'malformed':
      return refuse(MSG.invalidPayload);
    case 'unsupported-media-type':
      return jiraError(415, [
        'Unsupported Media Type: send JSON with Content-Type: application/json.',
      ]);
    case 'too-large':
      return jiraError(413, ['Request entity too large.']);
    default:
      return undefined;
  }
}

export function answerJiraRequest(store: JiraStore, request: JiraRequest): Answer {
  const { method, url, match } = request;
  const account = authenticate(request.headers);
  const accountId = account?.accountId ?? null;
  if (!match) {
    const response = request.pathServed
      ? jiraError(405, [`Method ${method} is not allowed for ${url.pathname}.`])
      : jiraError(404, [`The Jira emulator does not serve ${method} ${url.pathname}.`]);
    return { response, account: accountId };
  }
  const route = match.entry;
  if (!account) return { response: jiraError(401, [MSG.unauthenticated]), route, account: null };

  const refuse = route.refuse ?? ((message: string) => jiraError(400, [message]));
  const body = parseBody(request.raw, request.headers['content-type']);
  const problem = bodyProblem(body, refuse);
  if (problem)
    return { response: problem, route, account: accountId, invalid: `the body is ${body.kind}` };
  const value = body.kind === 'json' ? body.value : undefined;
  const check = specValidator()
    .operation(method, route.template)
    .checkRequest({ query: url.searchParams, body: value }, MSG.invalidPayload);
  if (!check.ok)
    return { response: refuse(check.message), route, account: accountId, invalid: check.detail };

  const response = route.handler({
    store,
    account,
    params: match.params,
    query: check.query,
    body: value,
    baseUrl: request.baseUrl,
  });
  return { response, route, account: accountId };
}
