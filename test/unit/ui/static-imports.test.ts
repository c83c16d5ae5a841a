import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');
/** The Custom UI, and the dev host's page (it renders the UI's frames as Jira would). */
const UI_DIRS = ['static', path.join('dev', 'host', 'page')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'build' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier a file names: static imports, re-exports and dynamic `import()`. */
const specifiers = (text: string) =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'([^']+)'/g)].map((m) => m[1] ?? '');

/** Whether a file of `src` is one the UI may use: the contract (`src/contract*.ts`) or the domain. */
function allowed(target: string): boolean {
  const relative = path.relative(SRC, target).split(path.sep).join('/');
  return (
    /^contract(-[a-z-]+)?(\.[jt]s)?$/.test(relative) ||
    relative === 'domain' ||
    relative.startsWith('domain/')
  );
}

describe('the Custom UI reaches the server only through the contract', () => {
  it('imports nothing from src but src/contract* and src/domain', () => {
    const reaching = UI_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      specifiers(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.resolve(path.dirname(file), spec))
        .filter((target) => target.startsWith(SRC + path.sep) && !allowed(target))
        .map((target) => `${path.relative(ROOT, file)} imports ${path.relative(ROOT, target)}`),
    );
    expect(reaching).toEqual([]);
  });

  it('would notice a reach into the run stage', () => {
    expect(allowed(path.join(SRC, 'run', 'run'))).toBe(false);
    expect(allowed(path.join(SRC, 'resolvers', 'openapi', 'x'))).toBe(false);
    expect(allowed(path.join(SRC, 'contract'))).toBe(true);
    expect(allowed(path.join(SRC, 'contract-run'))).toBe(true);
    expect(allowed(path.join(SRC, 'domain', 'fan-out', 'epic-child'))).toBe(true);
  });
});
