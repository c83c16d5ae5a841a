/**
 * One app environment, by value: only its adapters reach Forge's storage, Jira requests and
 * queue, and only its builders make clients, stores and ids. Everything else takes them from the
 * environment (`src/app-environment.ts`), so tests and the dev host can hand in their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const FILES = sourceFiles(SRC).map((file) => ({
  name: path.relative(SRC, file).split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

/** The names a file imports from `module` (`default` for a default import), types included. */
function importedFrom(text: string, module: string): string[] {
  const pattern = new RegExp(
    String.raw`import\s+(type\s+)?([^;]*?)\s+from\s+'${module.replace('/', '\\/')}'`,
    'g',
  );
  return [...text.matchAll(pattern)].flatMap((match) => {
    const clause = match[2] ?? '';
    const names: string[] = [];
    const braces = /\{([\s\S]*)\}/.exec(clause);
    if (braces) {
      for (const part of (braces[1] ?? '').split(',')) {
        const name = part
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim();
        if (name) names.push(name);
      }
    }
    const outside = clause
      .replace(/\{[\s\S]*\}/, '')
      .replace(/,/g, ' ')
      .trim();
    if (outside.startsWith('*')) names.push('*');
    else if (outside) names.push('default');
    return names;
  });
}

/** Who may use what; `*` stands for any file. */
const DOORS: { module: string; names: '*' | readonly string[]; files: readonly string[] }[] = [
  // The one door to app storage.
  { module: '@forge/kvs', names: '*', files: ['storage/run-kvs.ts'] },
  // Jira requests (asUser/asApp, requestJira) go through the one transport adapter…
  { module: '@forge/api', names: '*', files: ['jira/jira-transport.ts'] },
  // …routes and types are only descriptions of a request, usable anywhere in src/jira…
  {
    module: '@forge/api',
    names: ['route', 'Route', 'APIResponse', 'RequestInit'],
    files: ['*'],
  },
  // …and how long the invocation has left is read where the environment is built.
  { module: '@forge/api', names: ['getAppContext'], files: ['run/run-environment.ts'] },
  // …and Atlassian's personal data reporting is handed in where the app environment is built.
  { module: '@forge/api', names: ['privacy'], files: ['app-environment.ts'] },
  // The one door to the queue.
  { module: '@forge/events', names: '*', files: ['run/run-queue.ts'] },
];

function allowed(module: string, name: string, file: string): boolean {
  return DOORS.some(
    (door) =>
      door.module === module &&
      (door.names === '*' || door.names.includes(name)) &&
      (door.files.includes('*') || door.files.includes(file)),
  );
}

/** Calls that make what the environment carries; only its builders (and src/jira, for clients) make them. */
const BUILDERS = ['app-environment.ts', 'run/run-environment.ts'];
const MADE_ONLY_BY_BUILDERS: { call: RegExp; also?: RegExp }[] = [
  { call: /\bcreateDraftStore\(/ },
  { call: /\bcreateTemplateStore\(/ },
  { call: /\bcreateRunStore\(/ },
  { call: /\bcreateLatestRunIndex\(/ },
  { call: /\bcreatePlanClaims\(/ },
  { call: /\bcreateChildrenSnapshotStore\(/ },
  // The run stage's environment is built only as part of the app's.
  { call: /\bforgeRunEnvironment\(/ },
  { call: /\brandomUUID\b/ },
  { call: /\bforgeKvs\b/, also: /^storage\/run-kvs\.ts$/ },
  { call: /\bforgeRunQueue\(/, also: /^run\/run-queue\.ts$/ },
  {
    call: /\btransportFor\b|\basUserTransport\b|\basAppTransport\b/,
    also: /^jira\/jira-transport\.ts$/,
  },
  { call: /\bcreateJiraClient\(|\bcreateJiraRequester\(/, also: /^jira\// },
];

/** Declarations (`export function createRunStore(`) are not calls. */
const calls = (text: string, pattern: RegExp) =>
  text
    .split('\n')
    .filter((line) => pattern.test(line) && !/^\s*(export\s+)?(async\s+)?function\s/.test(line))
    .filter((line) => !/^\s*(\*|\/\/|import\b)/.test(line) && !/^\s*}? ?from '/.test(line));

describe('the app environment is the only way to the world', () => {
  it('Forge storage, Jira requests and the queue are imported only by their adapters', () => {
    const strays = FILES.flatMap(({ name, text }) =>
      ['@forge/kvs', '@forge/api', '@forge/events'].flatMap((module) =>
        importedFrom(text, module)
          .filter((imported) => !allowed(module, imported, name))
          .map((imported) => `${name} imports ${imported} from ${module}`),
      ),
    );
    expect(strays).toEqual([]);
  });

  it('clients, stores, claims and ids are made only where the environment is built', () => {
    const strays = FILES.flatMap(({ name, text }) =>
      MADE_ONLY_BY_BUILDERS.flatMap(({ call, also }) =>
        BUILDERS.includes(name) || also?.test(name)
          ? []
          : calls(text, call).map((line) => `${name}: ${line.trim()}`),
      ),
    );
    expect(strays).toEqual([]);
  });

  it('sees the imports it guards (the scan itself works)', () => {
    const kvsAdapter = FILES.find((file) => file.name === 'storage/run-kvs.ts')!;
    expect(importedFrom(kvsAdapter.text, '@forge/kvs')).toEqual(
      expect.arrayContaining(['kvs', 'ForgeKvsAPIError']),
    );
    const transport = FILES.find((file) => file.name === 'jira/jira-transport.ts')!;
    expect(importedFrom(transport.text, '@forge/api')).toContain('default');
    expect(importedFrom("import api, { asUser } from '@forge/api';", '@forge/api')).toEqual([
      'asUser',
      'default',
    ]);
    expect(importedFrom("import { kvs } from '@forge/kvs';", '@forge/kvs')).toEqual(['kvs']);
    expect(allowed('@forge/kvs', 'kvs', 'resolvers/draft-resolvers.ts')).toBe(false);
    expect(calls('  const store = createRunStore(env.kv);', /\bcreateRunStore\(/)).toHaveLength(1);
  });
});
