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
import { faultResponse } from './faults/fault-response';
import type { FaultRule, FaultState } from './faults/fault-rule';
import { foreignHostRefusal, loopbackHosts, otherPageRefusal } from '../shared/loopback-guard';
import { answerJiraRequest, type Answer } from './http/answer-request';
import { authenticate } from './http/authenticate';
import { jiraError, type JiraResponse } from './http/jira-response';
import { parseBody, readRaw } from './http/read-body';
import { TemplateMatcher } from './http/route-match';
import { ROUTES, type Route } from './http/routes';
import { send } from './http/send';
import { JiraStore } from './jira-store';
import { PERMISSIONS, roleOf } from './permissions';
import { RequestLog, type RequestLogEntry } from './log/request-log';
import { emulatedIssue, type EmulatedIssue } from './render/emulated-issue';
import { issueTypeIcon } from './images/issue-type-icons';
import type { AccountChange, JiraEmulator, JiraEmulatorOptions } from './jira-emulator';
import { AccountChanges, REPORT_ACCOUNTS_PATH } from './privacy/report-accounts';
import { specValidator } from './spec/spec-validator';

export type { JiraEmulator, JiraEmulatorOptions } from './jira-emulator';

class Emulator implements JiraEmulator {
  private readonly store: JiraStore;
  private readonly faultBook = new FaultBook();
  private readonly log = new RequestLog();
  private readonly matcher = new TemplateMatcher(ROUTES);
  private readonly violations: string[] = [];
  private readonly accountChanges = new AccountChanges();
  private readonly extraHosts: readonly string[];
  private server: Server | undefined;
  /** Aborted on close, so injected latency does not keep a stopped emulator's process alive. */
  private closing = new AbortController();
  private baseUrl = '';
  private readonly validateResponses: boolean;
  private readonly logTo: (line: string) => void;
  private readonly now: () => number;

  constructor(options: JiraEmulatorOptions) {
    this.validateResponses = options.validateResponses ?? true;
    this.logTo = options.logTo ?? ((line) => process.stderr.write(`${line}\n`));
    this.now = options.now ?? Date.now;
    this.extraHosts = (options.allowedHosts ?? []).map((host) => host.toLowerCase());
    this.store = new JiraStore(this.now);
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
    this.closing.abort();
    this.closing = new AbortController();
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
    this.accountChanges.reset();
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

  setGlobalPermission(accountId: string, permission: string, granted: boolean): void {
    if (roleOf(accountId) === undefined) throw new Error(`no account ${accountId}`);
    if (PERMISSIONS[permission]?.type !== 'GLOBAL')
      throw new Error(`${permission} is not a global permission`);
    this.store.permissions.setGlobal(accountId, permission, granted);
  }

  setSearchLag(ms: number): void {
    this.store.setSearchLag(ms);
  }

  searchLag(): number {
    return this.store.searchLag();
  }

  setAccountChange(accountId: string, change: AccountChange | null): void {
    this.accountChanges.set(accountId, change);
  }

  personalDataReports(): string[][] {
    return this.accountChanges.reported();
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
    // Checked once the body is read: answering mid-upload makes the client see a reset.
    const refusal = this.refusalOf(method, req);
    if (refusal) {
      send(res, jiraError(refusal.status, [refusal.message]));
      return;
    }
    if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
      send(res, handleAdmin(this, method, url, parseBody(raw, req.headers['content-type'])));
      return;
    }
    if (method === 'POST' && url.pathname.replace(/\/$/, '') === REPORT_ACCOUNTS_PATH) {
      const account = authenticate(req.headers);
      const response = this.accountChanges.answer(
        parseBody(raw, req.headers['content-type']),
        account?.kind === 'app',
      );
      this.log.record({
        method,
        path: url.pathname,
        endpoint: `${method} ${REPORT_ACCOUNTS_PATH}`,
        status: response.status,
        account: account?.accountId ?? null,
        ms: Math.round(performance.now() - started),
      });
      send(res, response);
      return;
    }
    const icon = method === 'GET' ? issueTypeIcon(url.pathname) : undefined;
    if (icon !== undefined) {
      // Not a REST call: not counted, faulted or validated, as Jira's static images are not.
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
      res.end(icon);
      return;
    }
    const candidates = this.matcher.matchAll(url.pathname);
    const match = candidates.find((m) => m.entry.method === method);
    const decision = this.faultBook.decide(method, url.pathname, match?.entry.template);
    if (decision.latencyMs > 0) {
      try {
        await sleep(decision.latencyMs, undefined, { signal: this.closing.signal });
      } catch {
        return; // Closed while waiting: the connection is gone, nothing to answer.
      }
    }

    const answer: Answer = decision.status
      ? {
          response: faultResponse(decision.status, this.now()),
          route: match?.entry,
          account: authenticate(req.headers)?.accountId ?? null,
        }
      : answerJiraRequest(this.store, {
          method,
          url,
          headers: req.headers,
          raw,
          baseUrl: `http://${req.headers.host ?? '127.0.0.1'}`,
          match,
          pathServed: candidates.length > 0,
        });
    const fault = decision.status
      ? 'status'
      : decision.dropResponse
        ? 'dropResponse'
        : decision.latencyMs > 0
          ? 'latency'
          : undefined;
    const endpoint = `${method} ${answer.route?.template ?? url.pathname}`;
    if (answer.invalid !== undefined)
      this.logTo(`Jira emulator: invalid request ${endpoint}: ${answer.invalid}`);
    // An injected status is not Jira's answer, so only real answers are held to the spec.
    if (this.validateResponses && answer.route && !decision.status)
      this.checkResponse(endpoint, method, answer.route, answer.response);
    this.log.record({
      method,
      path: url.pathname,
      endpoint,
      status: answer.response.status,
      account: answer.account,
      ms: Math.round(performance.now() - started),
      ...(fault !== undefined ? { fault } : {}),
      ...(answer.invalid !== undefined ? { invalid: answer.invalid } : {}),
    });
    if (fault === 'dropResponse') {
      // "Applied but response lost": the work is done, the caller only sees the connection die.
      req.socket.destroy();
      return;
    }
    send(res, answer.response);
  }

  /**
   * The dev host's door rules (`dev/shared/loopback-guard.ts`): only its own Host, so a
   * rebinding name reaches nothing; and no write another page sent (a cross-site form posting
   * `/__emulator/reset`). Reads stay open to pages: a browser shows them nothing without CORS,
   * and the host page's frames load the issue type icons from here.
   */
  private refusalOf(method: string, req: IncomingMessage) {
    const port = this.server ? (this.server.address() as AddressInfo).port : undefined;
    const hosts = [...(port === undefined ? [] : loopbackHosts(port)), ...this.extraHosts];
    const foreignHost = foreignHostRefusal(req.headers, hosts, 'The Jira emulator');
    if (foreignHost) return foreignHost;
    if (method === 'GET' || method === 'HEAD') return null;
    return otherPageRefusal(req.headers, hosts, 'The Jira emulator');
  }

  private checkResponse(
    endpoint: string,
    method: string,
    route: Route,
    response: JiraResponse,
  ): void {
    const problems = specValidator()
      .operation(method, route.template)
      .checkResponse(response.status, response.body);
    for (const problem of problems) {
      const message = `${endpoint} → ${response.status}: ${problem}`;
      this.violations.push(message);
      this.logTo(`Jira emulator: response violates the spec: ${message}`);
    }
  }
}

export function createJiraEmulator(options: JiraEmulatorOptions = {}): JiraEmulator {
  return new Emulator(options);
}
