import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const DOMAIN = path.join(__dirname, '..', '..', '..', 'src', 'domain');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] ?? '');

/**
 * Pure libraries (no I/O, no globals) that run the same in a Forge function and in the browser:
 * zod, and `yaml` for reading a pasted OpenAPI document (`openapi/document-text.ts`; Scalar's
 * Swagger upgrader is loaded there dynamically, also pure).
 */
const PURE_LIBRARIES = new Set(['zod', 'yaml']);

describe('src/domain', () => {
  it('imports only pure libraries and its own files, so resolvers and the browser UI can both use it', () => {
    const foreign = sourceFiles(DOMAIN).flatMap((file) =>
      importsOf(file)
        .filter((source) => !source.startsWith('.') && !PURE_LIBRARIES.has(source))
        .map((source) => `${path.relative(DOMAIN, file)} imports ${source}`),
    );
    expect(foreign).toEqual([]);
  });
});
