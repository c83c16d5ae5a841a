import { currentInvocation } from './invocation';

/** Which Forge identity a Jira call is made as: `asUser()` or `asApp()`. */
export type JiraProvider = 'user' | 'app';

/** One `requestJira` call as `@forge/api` hands it to `__forge_fetch__`. */
export interface JiraRequest {
  readonly provider: JiraProvider;
  /** The account passed to `asUser(accountId)`, when the app named one explicitly. */
  readonly accountId?: string;
  /** The REST path, e.g. `/rest/api/3/myself`. */
  readonly path: string;
  readonly init?: RequestInit;
}

/** Where Jira calls go: the local emulator, or a real Jira Cloud site. */
export interface JiraTarget {
  readonly kind: 'emulator' | 'real-site';
  readonly baseUrl: string;
  request(request: JiraRequest): Promise<Response>;
}

/** The emulator's identity header; its value is an account id, or `app` for `asApp()`. */
export const EMULATOR_ACCOUNT_HEADER = 'x-emulator-account-id';
export const EMULATOR_APP_ACCOUNT = 'app';

/** `asUser()` was called where Forge has no user to act for. */
export class NoUserToActForError extends Error {
  override readonly name = 'NoUserToActForError';
}

/** Some, but not all, of the variables that select a real Jira site are set. */
export class IncompleteJiraSiteConfigError extends Error {
  override readonly name = 'IncompleteJiraSiteConfigError';
  constructor(readonly missing: readonly string[]) {
    super(
      `Real-site mode needs JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN together; ` +
        `missing: ${missing.join(', ')}. Unset all three to use the local Jira emulator.`,
    );
  }
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function send(baseUrl: string, request: JiraRequest, headers: Headers): Promise<Response> {
  return fetch(`${baseUrl}${request.path}`, { ...request.init, headers });
}

/** The account the emulator should see for an `asUser()` call made in the current invocation. */
function userAccountFor(request: JiraRequest): string {
  if (request.accountId !== undefined) return request.accountId;
  const invocation = currentInvocation();
  if (invocation?.kind === 'consumer') {
    throw new NoUserToActForError(
      `asUser() was called in a queue consumer, where Forge provides no user ` +
        `(the event was pushed by ${invocation.accountId ?? 'nobody'}). ` +
        `Use asApp() and re-check that user's permission first.`,
    );
  }
  if (invocation?.accountId === undefined) {
    throw new NoUserToActForError(
      `asUser() was called outside any invocation with a user ` +
        `(${request.init?.method ?? 'GET'} ${request.path}). ` +
        `Call app code through the function runtime's invoke(), or wrap it in runWithInvocation().`,
    );
  }
  return invocation.accountId;
}

/**
 * Jira calls go to the local emulator, which authenticates by a header: the current
 * invocation's user for `asUser()`, `app` for `asApp()`.
 */
export function emulatorTarget(baseUrl: string): JiraTarget {
  const base = withoutTrailingSlash(baseUrl);
  return {
    kind: 'emulator',
    baseUrl: base,
    request(request) {
      const account = request.provider === 'app' ? EMULATOR_APP_ACCOUNT : userAccountFor(request);
      const headers = new Headers(request.init?.headers);
      headers.set(EMULATOR_ACCOUNT_HEADER, account);
      return send(base, request, headers);
    },
  };
}

export interface RealSiteConfig {
  readonly baseUrl: string;
  readonly email: string;
  readonly apiToken: string;
}

/**
 * Jira calls go to a real Jira Cloud site with Basic auth (email + API token). The site sees
 * the token's owner for both `asUser()` and `asApp()`: permissions are that person's.
 */
export function realSiteTarget(config: RealSiteConfig): JiraTarget {
  const base = withoutTrailingSlash(config.baseUrl);
  const authorization = `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}`;
  return {
    kind: 'real-site',
    baseUrl: base,
    request(request) {
      const headers = new Headers(request.init?.headers);
      headers.set('authorization', authorization);
      return send(base, request, headers);
    },
  };
}

const SITE_VARIABLES = ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN'] as const;

const presentSiteVariables = (env: Readonly<Record<string, string | undefined>>) =>
  SITE_VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');

/**
 * Whether the environment asks for a real Jira site: any of the three variables set. A partial
 * set still counts, so that `jiraTargetFromEnv` refuses it instead of starting the emulator.
 */
export function realSiteRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return presentSiteVariables(env).length > 0;
}

/**
 * Real-site mode when `JIRA_BASE_URL`, `JIRA_EMAIL` and `JIRA_API_TOKEN` are all set, the
 * emulator at `emulatorUrl` when none is; a partial configuration is an error, never a silent
 * fallback to the emulator.
 */
export function jiraTargetFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  emulatorUrl: string,
): JiraTarget {
  const present = presentSiteVariables(env);
  if (present.length === 0) return emulatorTarget(emulatorUrl);
  if (present.length < SITE_VARIABLES.length) {
    throw new IncompleteJiraSiteConfigError(
      SITE_VARIABLES.filter((name) => !present.includes(name)),
    );
  }
  const baseUrl = (env.JIRA_BASE_URL ?? '').trim();
  const protocol = URL.canParse(baseUrl) ? new URL(baseUrl).protocol : undefined;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`JIRA_BASE_URL must be an http(s) URL such as https://your-site.atlassian.net`);
  }
  return realSiteTarget({
    baseUrl,
    email: (env.JIRA_EMAIL ?? '').trim(),
    apiToken: (env.JIRA_API_TOKEN ?? '').trim(),
  });
}
