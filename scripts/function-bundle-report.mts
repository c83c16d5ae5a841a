/**
 * Bundles the Forge functions (src/index.ts) as the Forge CLI does, for Node with every
 * dependency inlined, prints the bundle's size and its largest parts, and fails if UI, test, dev
 * or build-tool code got in: a resolver importing from static/ or test/ would ship it to every
 * customer's site.
 *
 *   tsx scripts/function-bundle-report.mts [entry]     (default src/index.ts)
 */
import { build, type Metafile } from 'esbuild';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');

/** Folders of this repository whose code must never run in a Forge function. */
const FORBIDDEN_FOLDERS = ['static/', 'test/', 'dev/', 'bench/', 'scripts/', 'vendor/'];

/**
 * Packages of the Custom UI, and the test, build and lint tools. (Not every devDependency: ajv
 * and tslib are also runtime dependencies of production packages.)
 */
const BANNED_PACKAGES = [
  'react',
  'react-dom',
  'scheduler',
  '@forge/bridge',
  '@atlaskit/*',
  '@emotion/*',
  'jest',
  'jest-*',
  '@jest/*',
  'fast-check',
  'playwright-core',
  'vite',
  '@vitejs/*',
  'esbuild',
  'eslint',
  '@eslint/*',
  'typescript-eslint',
  'prettier',
  'typescript',
  '@swc/*',
  'tsx',
  '@forge/manifest',
];

/** `node_modules/@scope/name/…` → `@scope/name`; null for the repository's own files. */
function packageOf(input: string): string | null {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
  return first?.startsWith('@') ? `${first}/${second ?? ''}` : (first ?? null);
}

function matches(name: string, pattern: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export interface BundleReport {
  bytes: number;
  /** Bytes in the output per package (`src` for the app's own code), largest first. */
  parts: [string, number][];
  /** What must not be in a function bundle (a package, or one of the repository's files), and why. */
  forbidden: string[];
}

export async function functionBundleReport(entry = 'src/index.ts'): Promise<BundleReport> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    write: false,
    metafile: true,
    outfile: 'out/index.js',
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined);
  if (!output) throw new Error('esbuild produced no output for the entry.');
  const parts = new Map<string, number>();
  const forbidden = new Set<string>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = packageOf(input);
    const part = pkg ?? input.split('/').slice(0, 2).join('/');
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    if (pkg === null) {
      const folder = FORBIDDEN_FOLDERS.find((f) => input.startsWith(f));
      if (folder) forbidden.add(`${input} (from ${folder}, not src/)`);
    } else if (BANNED_PACKAGES.some((p) => matches(pkg, p))) {
      forbidden.add(`${pkg} (a UI or development package)`);
    }
  }
  return {
    bytes: output.bytes,
    parts: [...parts.entries()].sort((a, b) => b[1] - a[1]),
    forbidden: [...forbidden].sort(),
  };
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const entry = process.argv[2] ?? 'src/index.ts';
  const report = await functionBundleReport(entry);
  console.log(`Forge function bundle of ${entry}: ${kib(report.bytes)}`);
  console.log('Largest parts:');
  for (const [part, bytes] of report.parts.slice(0, 15)) {
    console.log(`  ${kib(bytes).padStart(10)}  ${part}`);
  }
  if (report.forbidden.length > 0) {
    console.error(`\nNot allowed in a Forge function (${report.forbidden.length}):`);
    for (const line of report.forbidden) console.error(`  ${line}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
