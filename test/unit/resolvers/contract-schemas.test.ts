import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { ERROR_CODES, errorDetailsSchemas, resolvers } from '../../../src/contract';

const SRC = path.join(__dirname, '..', '..', '..', 'src');

/** Every schema nested in `schema` (objects, arrays, unions, optionals, lazies…), itself included. */
function kindsIn(schema: z.ZodType, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const children: unknown[] = [];
  for (const key of [
    'innerType',
    'element',
    'valueType',
    'keyType',
    'in',
    'out',
    'left',
    'right',
  ]) {
    if (def[key]) children.push(def[key]);
  }
  if (Array.isArray(def.options)) children.push(...(def.options as unknown[]));
  if (def.shape) children.push(...Object.values(def.shape as Record<string, unknown>));
  return [def.type, ...children.flatMap((child) => kindsIn(child as z.ZodType, seen))];
}

describe('the contract describes every answer', () => {
  it('has no z.custom in any of its files', () => {
    const files = readdirSync(SRC).filter((name) => /^contract(-[a-z-]+)?\.ts$/.test(name));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(readFileSync(path.join(SRC, file), 'utf8')).not.toMatch(/z\s*\.\s*custom\b/);
    }
  });

  it.each(Object.keys(resolvers) as (keyof typeof resolvers)[])(
    '%s: its output is a schema of real shapes, not a custom or any',
    (key) => {
      const kinds = kindsIn(resolvers[key].output);
      expect(kinds).not.toContain('custom');
      expect(kinds).not.toContain('any');
    },
  );

  it.each([...ERROR_CODES])('%s: its details have a schema', (code) => {
    const kinds = kindsIn(errorDetailsSchemas[code]);
    expect(kinds).not.toContain('custom');
    expect(kinds).not.toContain('any');
  });
});
