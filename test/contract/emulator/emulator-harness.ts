/**
 * Starts one Jira emulator per test file on a free loopback port, resets it before each test and
 * fails any test whose responses broke the spec. Tests talk to it over real HTTP.
 */
import {
  APP_ACCOUNT_ID,
  createJiraEmulator,
  SEED_USERS,
  type JiraEmulator,
  type JiraEmulatorOptions,
} from '../../../dev/emulator';

export type Caller = keyof typeof SEED_USERS | 'app' | 'nobody';

export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON, the raw text when not JSON, undefined when empty. */
  body: any;
}

export interface CallOptions {
  as?: Caller;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface EmulatorHarness {
  readonly emulator: JiraEmulator;
  readonly url: string;
  /** Invalid-request and violation lines the emulator logged during the current test. */
  readonly logLines: string[];
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  get(path: string, as?: Caller): Promise<Reply>;
  post(path: string, body: unknown, as?: Caller): Promise<Reply>;
}

export function accountIdOf(caller: Caller): string | undefined {
  if (caller === 'nobody') return undefined;
  return caller === 'app' ? APP_ACCOUNT_ID : SEED_USERS[caller].accountId;
}

/** `options`: e.g. an injected clock (`now`); responses are always validated. */
export function useEmulator(options: Pick<JiraEmulatorOptions, 'now'> = {}): EmulatorHarness {
  const logLines: string[] = [];
  const emulator = createJiraEmulator({
    ...options,
    validateResponses: true,
    logTo: (line) => logLines.push(line),
  });
  let url = '';

  beforeAll(async () => {
    url = await emulator.listen(0);
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(() => {
    emulator.reset();
    logLines.length = 0;
  });
  afterEach(() => {
    expect(emulator.responseViolations()).toEqual([]);
  });

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Reply> => {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const accountId = accountIdOf(options.as ?? 'member');
    if (accountId !== undefined) headers['x-emulator-account-id'] = accountId;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };

  return {
    emulator,
    get url() {
      return url;
    },
    logLines,
    call,
    get: (path, as) => call('GET', path, { as }),
    post: (path, body, as) => call('POST', path, { body, as }),
  };
}

/** A minimal valid ADF document. */
export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The `fields` of a create request in a seeded project. */
export const fieldsFor = (
  projectKey: string,
  issueTypeId: string,
  summary: string,
  extra: Record<string, unknown> = {},
) => ({
  project: { key: projectKey },
  issuetype: { id: issueTypeId },
  summary,
  ...extra,
});
