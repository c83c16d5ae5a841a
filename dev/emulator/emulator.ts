/**
 * The Jira emulator: an HTTP front on the in-memory site that authenticates, injects faults,
 * validates each request (and its own response) against Atlassian's OpenAPI spec, and logs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleAdmin } from './admin/admin-api';
import { FaultBook } from './faults/fault-book';
import type { FaultDecision, FaultRule, FaultState } from './faults/fault-rule';
import { authenticate } from './http/authenticate';
import { jiraError, type JiraResponse } from './http/jira-response';
import { parseBody, readRaw, type BodyRead } from './http/read-body';
import { TemplateMatcher } from './http/route-match';
import { ROUTES, type Route } from './http/routes';
import { JiraStore } from './jira-store';
import { MSG } from './jira-messages';
import { RequestLog, type RequestLogEntry } from './log/request-log';
import { emulatedIssue, type EmulatedIssue } from './render/emulated-issue';
import { specValidator } from './spec/spec-validator';

export interface JiraEmulatorOptions {
  /** Check every response against the spec and record violations (default true). */
  validateResponses?: boolean;
  /** Where invalid requests, violations and emulator errors are reported (default stderr). */
  logTo?: (line: string) => void;
}

export interface JiraEmulator {
  /** Starts listening on loopback; resolves to the base URL, e.g. `http://127.0.0.1:43123`. */
  listen(port?: number, host?: '127.0.0.1'): Promise<string>;
  close(): Promise<void>;
  /** The base URL once listening. */
  readonly url: string;
  /** Serves one request, so another server can mount the emulator (`/rest/api/3/…`, `/__emulator/…`). */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Back to the seed: issues, permissions, required fields; clears faults, log and violations. */
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
  /** Spec violations found in the emulator's own responses, and emulator errors. */
  responseViolations(): string[];
  issues(projectKey?: string): EmulatedIssue[];
}

interface Outcome {
  response: JiraResponse;
  route?: Route;
  account: string | null;
  invalid?: string;
  fault?: RequestLogEntry['fault'];
}

function faultResponse(status: NonNullable<FaultDecision['status']>): JiraResponse {
  const headers: Record<string, string> =
    status.retryAfterSeconds !== undefined
      ? { 'retry-after': String(status.retryAfterSeconds) }
      : {};
  if (status.code === 429)
    return { status: 429, headers, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } };
  if (status.code === 500)
    return { status: 500, headers, body: { errorMessages: ['Internal server error'], errors: {} } };
  // Gateways in front of Jira answer 502/503 in plain text, not Jira JSON.
  return {
    status: status.code,
    headers,
    body: status.code === 502 ? 'Bad Gateway' : 'Service Unavailable',
  };
}

function bodyProblem(read: BodyRead): JiraResponse | undefined {
  switch (read.kind) {
    case 'malformed':
      return jiraError(400, [MSG.invalidPayload]);
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

function send(res: ServerResponse, response: JiraResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | undefined;
  if (typeof response.body === 'string') {
    headers['content-type'] = 'text/plain;charset=UTF-8';
    payload = response.body;
  } else if (response.body !== undefined) {
    headers['content-type'] = 'application/json;charset=UTF-8';
    payload = JSON.stringify(response.body);
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

class Emulator implements JiraEmulator {
  private readonly store = new JiraStore();
  private readonly faultBook = new FaultBook();
  private readonly log = new RequestLog();
  private readonly matcher = new TemplateMatcher(ROUTES);
  private readonly violations: string[] = [];
  private server: Server | undefined;
  private baseUrl = '';
  private readonly validateResponses: boolean;
  private readonly logTo: (line: string) => void;

  constructor(options: JiraEmulatorOptions) {
    this.validateResponses = options.validateResponses ?? true;
    this.logTo = options.logTo ?? ((line) => process.stderr.write(`${line}\n`));
  }

  get url(): string {
    if (this.baseUrl === '')
      throw new Error('the Jira emulator is not listening; call listen() first');
    return this.baseUrl;
  }

  async listen(port = 0, host: '127.0.0.1' = '127.0.0.1'): Promise<string> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    this.server = server;
    this.baseUrl = `http://${host}:${(server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.serve(req, res).catch((error: unknown) => {
      const message = `Jira emulator error on ${req.method ?? '?'} ${req.url ?? '?'}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      this.violations.push(message);
      this.logTo(message);
      if (!res.headersSent) send(res, jiraError(500, ['The Jira emulator failed; see its log.']));
      else res.destroy();
    });
  }

  reset(): void {
    this.store.reset();
    this.faultBook.clear();
    this.log.clear();
    this.violations.length = 0;
  }

  addFault(rule: FaultRule): string {
    return this.faultBook.add(rule);
  }

  clearFaults(): void {
    this.faultBook.clear();
  }

  removeFault(id: string): boolean {
    return this.faultBook.remove(id);
  }

  faults(): FaultState[] {
    return this.faultBook.list();
  }

  requestLog(): RequestLogEntry[] {
    return this.log.entries();
  }

  counts(): Record<string, number> {
    return this.log.counts();
  }

  clearLog(): void {
    this.log.clear();
  }

  setRequiredField(
    projectKey: string,
    issueTypeId: string,
    fieldId: string,
    required: boolean,
  ): void {
    const project = this.store.project(projectKey);
    if (!project) throw new Error(`no project ${projectKey}`);
    if (!project.issueTypes.some((t) => t.id === issueTypeId))
      throw new Error(`no issue type ${issueTypeId} in ${projectKey}`);
    this.store.setRequired(project.id, issueTypeId, fieldId, required);
  }

  setPermission(accountId: string, projectKey: string, permission: string, granted: boolean): void {
    const project = this.store.project(projectKey);
    if (!project) throw new Error(`no project ${projectKey}`);
    this.store.permissions.set(accountId, project.id, permission, granted);
  }

  responseViolations(): string[] {
    return [...this.violations];
  }

  issues(projectKey?: string): EmulatedIssue[] {
    const project = projectKey === undefined ? undefined : this.store.project(projectKey);
    if (projectKey !== undefined && !project) throw new Error(`no project ${projectKey}`);
    return this.store
      .allIssues()
      .filter((i) => project === undefined || i.projectId === project.id)
      .map((i) => emulatedIssue(this.store, i));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const raw = await readRaw(req);
    if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
      send(res, handleAdmin(this, method, url, parseBody(raw, req.headers['content-type'])));
      return;
    }
    const baseUrl = `http://${req.headers.host ?? '127.0.0.1'}`;
    const candidates = this.matcher.matchAll(url.pathname);
    const match = candidates.find((m) => m.entry.method === method);
    const decision = this.faultBook.decide(method, url.pathname, match?.entry.template);
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);

    const outcome = this.answer(
      req,
      method,
      url,
      raw,
      decision,
      match,
      baseUrl,
      candidates.length > 0,
    );
    const endpoint = `${method} ${outcome.route?.template ?? url.pathname}`;
    if (outcome.invalid !== undefined)
      this.logTo(`Jira emulator: invalid request ${endpoint}: ${outcome.invalid}`);
    if (this.validateResponses && outcome.route && outcome.fault !== 'status') {
      const problems = specValidator()
        .operation(method, outcome.route.template)
        .checkResponse(outcome.response.status, outcome.response.body);
      for (const problem of problems) {
        const message = `${endpoint} → ${outcome.response.status}: ${problem}`;
        this.violations.push(message);
        this.logTo(`Jira emulator: response violates the spec: ${message}`);
      }
    }
    this.log.record({
      method,
      path: url.pathname,
      endpoint,
      status: outcome.response.status,
      account: outcome.account,
      ms: Math.round(performance.now() - started),
      ...(outcome.fault !== undefined ? { fault: outcome.fault } : {}),
      ...(outcome.invalid !== undefined ? { invalid: outcome.invalid } : {}),
    });
    if (outcome.fault === 'dropResponse') {
      // "Applied but response lost": the work is done, the caller only sees the connection die.
      req.socket.destroy();
      return;
    }
    send(res, outcome.response);
  }

  private answer(
    req: IncomingMessage,
    method: string,
    url: URL,
    raw: Buffer | 'too-large',
    decision: FaultDecision,
    match: ReturnType<TemplateMatcher<Route>['matchAll']>[number] | undefined,
    baseUrl: string,
    pathKnown: boolean,
  ): Outcome {
    const account = authenticate(req.headers);
    const accountId = account?.accountId ?? null;
    const route = match?.entry;
    const withFault = decision.dropResponse
      ? ('dropResponse' as const)
      : decision.latencyMs > 0
        ? ('latency' as const)
        : undefined;
    if (decision.status)
      return {
        response: faultResponse(decision.status),
        route,
        account: accountId,
        fault: 'status',
      };
    if (!match || !route) {
      const response = pathKnown
        ? jiraError(405, [`Method ${method} is not allowed for ${url.pathname}.`])
        : jiraError(404, [`The Jira emulator does not serve ${method} ${url.pathname}.`]);
      return { response, account: accountId, fault: withFault };
    }
    if (!account)
      return {
        response: jiraError(401, [MSG.unauthenticated]),
        route,
        account: null,
        fault: withFault,
      };
    const body = parseBody(raw, req.headers['content-type']);
    const problem = bodyProblem(body);
    if (problem)
      return {
        response: problem,
        route,
        account: accountId,
        fault: withFault,
        invalid: 'the body is not JSON',
      };
    const value = body.kind === 'json' ? body.value : undefined;
    const check = specValidator()
      .operation(method, route.template)
      .checkRequest({ query: url.searchParams, body: value }, MSG.invalidPayload);
    if (!check.ok)
      return {
        response: jiraError(400, [check.message]),
        route,
        account: accountId,
        fault: withFault,
        invalid: check.detail,
      };
    const response = route.handler({
      store: this.store,
      account,
      params: match.params,
      query: check.query,
      body: value,
      baseUrl,
    });
    return { response, route, account: accountId, fault: withFault };
  }
}

export function createJiraEmulator(options: JiraEmulatorOptions = {}): JiraEmulator {
  return new Emulator(options);
}
