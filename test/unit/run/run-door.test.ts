import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const RUN = path.join(ROOT, 'src', 'run');
/** The run stage's only door: `src/run` itself resolves to this file. */
const DOOR = path.join(RUN, 'index');

/**
 * Production code that reads the run stage: the app's other layers and the dev stand-ins. Tests
 * and benches may open an inner module to test it directly.
 */
const PRODUCTION = ['src', 'dev'];

/** Production imports allowed past the door, and why: none. */
const ALLOWED = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a source text names: static imports, re-exports, dynamic imports, mocks. */
function specifiersOf(text: string): string[] {
  const found = text.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bjest\.mock\(\s*|\brequire\(\s*)['"]([^'"]+)['"]/g,
  );
  return [...found].map((match) => match[1] ?? '');
}

/** The inner run module `specifier` reaches from `file`, or undefined when it stays outside or uses the door. */
function pastTheDoor(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.resolve(path.dirname(file), specifier).replace(/\.(ts|tsx|js)$/, '');
  if (target === RUN || target === DOOR) return undefined;
  return target.startsWith(RUN + path.sep) ? target : undefined;
}

describe('src/run/index.ts is the only door into the run stage', () => {
  it('is the only run module production code imports', () => {
    const breaches = PRODUCTION.flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
      .filter((file) => !file.startsWith(RUN + path.sep))
      .flatMap((file) =>
        specifiersOf(readFileSync(file, 'utf8')).flatMap((specifier) => {
          const inner = pastTheDoor(file, specifier);
          return inner === undefined
            ? []
            : [`${path.relative(ROOT, file)} -> ${path.relative(ROOT, inner)}`];
        }),
      )
      .filter((breach) => !ALLOWED.has(breach));
    expect(breaches).toEqual([]);
  });

  it('tells the door from an inner module, however the path is written', () => {
    const resolver = path.join(ROOT, 'src', 'resolvers', 'run-view.ts');
    expect(pastTheDoor(resolver, '../run')).toBeUndefined();
    expect(pastTheDoor(resolver, '../run/index')).toBeUndefined();
    expect(pastTheDoor(resolver, '../domain')).toBeUndefined();
    expect(pastTheDoor(resolver, 'zod')).toBeUndefined();
    expect(pastTheDoor(resolver, '../run/steps/run-control')).toBe(
      path.join(RUN, 'steps', 'run-control'),
    );
    expect(pastTheDoor(resolver, '../run/run.ts')).toBe(path.join(RUN, 'run'));
    const devFile = path.join(ROOT, 'dev', 'host', 'server.ts');
    expect(pastTheDoor(devFile, '../../src/run/records/run-store')).toBe(
      path.join(RUN, 'records', 'run-store'),
    );
    // A sibling folder whose name starts like the stage's is not inside it.
    expect(pastTheDoor(resolver, '../run-extra/thing')).toBeUndefined();
  });

  it('reads every way a module can be named', () => {
    expect(
      specifiersOf(
        [
          "import { a } from '../run/x';",
          "import type { B } from '../run/y';",
          "export { c } from '../run/z';",
          "import '../run/side-effect';",
          "const m = await import('../run/lazy');",
          "jest.mock('../run/mocked');",
        ].join('\n'),
      ),
    ).toEqual([
      '../run/x',
      '../run/y',
      '../run/z',
      '../run/side-effect',
      '../run/lazy',
      '../run/mocked',
    ]);
  });
});
