import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const RUN = path.join(__dirname, '..', '..', '..', 'src', 'run');
const DECIDE = path.join(RUN, 'decide');
const SRC = path.dirname(RUN);

/**
 * What a decision may run: the domain, the other decisions, the run record's shape and the
 * stage's error type. Never storage, Jira, the steps or a package (`@forge/*`, `node:*`).
 */
const MAY_RUN = [
  path.join(SRC, 'domain'),
  DECIDE,
  path.join(RUN, 'run'),
  path.join(RUN, 'executor-errors'),
];

/** Modules a file loads when it runs: `import type` names a shape and loads nothing. */
function runtimeImports(text: string): string[] {
  const found = text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms);
  return [...found].map((match) => match[1] ?? '');
}

const mayRun = (target: string) =>
  MAY_RUN.some((allowed) => target === allowed || target.startsWith(allowed + path.sep));

describe('src/run/decide', () => {
  it('holds pure decisions: its files load no storage, no Jira client, no step and no package', () => {
    const files = readdirSync(DECIDE).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const breaches = files.flatMap((name) => {
      const file = path.join(DECIDE, name);
      return runtimeImports(readFileSync(file, 'utf8'))
        .filter((source) => !source.startsWith('.') || !mayRun(path.resolve(DECIDE, source)))
        .map((source) => `${name} imports ${source}`);
    });
    expect(breaches).toEqual([]);
  });

  it('tells a runtime import from a type-only one', () => {
    expect(
      runtimeImports(
        [
          "import type { A } from '../steps/reconcile';",
          "import { b, type C } from '../records/run-store';",
          "import {\n  d,\n  e,\n} from '@forge/kvs';",
        ].join('\n'),
      ),
    ).toEqual(['../records/run-store', '@forge/kvs']);
  });
});
