import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The project files `file` imports (type-only imports too: they tie the modules' designs). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    const base = path.resolve(path.dirname(file), specifier);
    const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base];
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    return found ? [found] : [];
  });
}

/** Each cycle found by a depth-first walk, as `a -> b -> a`. */
function cyclesIn(files: readonly string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(loop.map((f) => path.relative(ROOT, f)).join(' -> '));
      } else if (state.get(next) === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (state.get(file) === undefined) visit(file);
  return cycles;
}

describe('imports', () => {
  it('finds a cycle when there is one, type-only imports included (the scan itself works)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cycle-'));
    writeFileSync(path.join(dir, 'server.ts'), "import { admin } from './admin/api';\n");
    const admin = path.join(dir, 'admin');
    mkdirSync(admin);
    writeFileSync(path.join(admin, 'api.ts'), "import type { Server } from '../server';\n");
    expect(cyclesIn(sourceFiles(dir))).toEqual([
      expect.stringMatching(
        /api\.ts -> .*server\.ts -> .*api\.ts$|server\.ts -> .*api\.ts -> .*server\.ts$/,
      ),
    ]);
  });

  it.each(['src', 'dev', 'static'])('form no cycle in %s/', (folder) => {
    expect(cyclesIn(sourceFiles(path.join(ROOT, folder)))).toEqual([]);
  });
});
