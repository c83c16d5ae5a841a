/**
 * Builds each Custom UI entry (static/<entry>) into static/<entry>/build, the folders manifest.yml
 * names as resources. Relative asset paths, because Forge serves each resource under its own path.
 */
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { build } from 'vite';

/** Stand-ins for Atlaskit modules that would ship code no entry runs (static/shared/build-stubs). */
const stub = (file: string): string =>
  path.join(import.meta.dirname, '..', 'static', 'shared', 'build-stubs', file);

export const UI_ENTRIES = [
  'panel',
  'epic-action',
  'settings',
  'admin',
  'automation-config',
] as const;

async function buildEntry(entry: string): Promise<void> {
  const root = path.join(import.meta.dirname, '..', 'static', entry);
  await build({
    root,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    // UI pieces shared by the entries (static/shared), imported as '@ui/…'.
    resolve: {
      alias: {
        '@ui': path.join(import.meta.dirname, '..', 'static', 'shared'),
        // No Statsig client runs in a Forge app: every Atlaskit feature gate is off.
        '@atlaskit/feature-gate-js-client/feature-gates': stub('feature-gates-off.ts'),
        // The plain Button without the deprecated shim's IconButton (and its tooltip).
        '@atlaskit/button/new': stub('button-new.ts'),
      },
    },
    build: {
      outDir: path.join(root, 'build'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2048,
      // Lists each chunk's static imports and CSS: how bench/ui.bench.ts measures what loads first.
      manifest: true,
    },
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const entry of UI_ENTRIES.filter((e) => only.length === 0 || only.includes(e))) {
    const started = Date.now();
    await buildEntry(entry);
    console.log(`built static/${entry}/build in ${Date.now() - started} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
