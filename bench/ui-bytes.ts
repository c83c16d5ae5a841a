/**
 * What each Custom UI entry costs to load, read from the build itself: Vite's manifest
 * (`static/<entry>/build/.vite/manifest.json`, written by scripts/build-ui.mts) names the entry
 * chunk, the chunks it imports statically and their CSS, which is everything the browser must
 * fetch before the entry runs. Lazy chunks (steps, Atlaskit pieces, theme files) are counted apart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface EntryBytes {
  entry: string;
  /** JS and CSS the entry loads before it runs (entry chunk, static imports, their CSS). */
  initial: Bytes;
  initialFiles: string[];
  /** Every JS and CSS file of the build, lazy ones included. */
  all: Bytes;
  /** Files whose content appears more than once in the build (the same code in two chunks). */
  duplicates: string[];
}

/**
 * Issue 10's first-load targets, gzip, in KB of 1,024 bytes: the panel carries the workflow's
 * first step; the other entries show a heading and a spinner while the rest loads.
 * `test/e2e/ui-first-load.test.ts` holds the build to them; `bench/ui.bench.ts` prints them.
 */
export const FIRST_LOAD_BUDGET_KB = {
  panel: 200,
  'epic-action': 120,
  settings: 120,
  admin: 120,
} as const;

export type UiEntry = keyof typeof FIRST_LOAD_BUDGET_KB;

const STATIC_DIR = path.join(__dirname, '..', 'static');

export function bytesOf(content: Buffer): Bytes {
  return { raw: content.length, gzip: gzipSync(content).length };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export function entryBytes(entry: string): EntryBytes {
  const build = path.join(STATIC_DIR, entry, 'build');
  if (!existsSync(path.join(build, '.vite', 'manifest.json')))
    throw new Error(`Build the UI first (npm run build): static/${entry}/build has no manifest.`);
  const manifest = JSON.parse(
    readFileSync(path.join(build, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const start = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!start) throw new Error(`The ${entry} build has no entry chunk.`);
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(start[0]);
  const read = (file: string): Buffer => readFileSync(path.join(build, file));
  const initial = [...files].map((file) => bytesOf(read(file))).reduce(add, { raw: 0, gzip: 0 });
  const assets = readdirSync(path.join(build, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => `assets/${file}`);
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  let all: Bytes = { raw: 0, gzip: 0 };
  for (const file of assets) {
    const content = read(file);
    all = add(all, bytesOf(content));
    const text = content.toString('utf8');
    const twin = seen.get(text);
    if (twin) duplicates.push(`${file} = ${twin}`);
    else seen.set(text, file);
  }
  return { entry, initial, initialFiles: [...files], all, duplicates };
}
