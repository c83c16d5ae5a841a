import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import * as index from '../../src/index';

const root = path.join(__dirname, '..', '..');

interface ValidationResult {
  success: boolean;
  errors?: { message: string; reference?: string; line?: number }[];
}

describe('manifest.yml', () => {
  it("passes @forge/manifest's own validation (schema, handlers, resources, scopes)", async () => {
    // validate() resolves handler and resource paths against the working directory.
    const previous = process.cwd();
    process.chdir(root);
    try {
      const { validate } = jest.requireActual<{
        validate: (lint: boolean, file: string) => Promise<ValidationResult>;
      }>('@forge/manifest');
      const result = await validate(false, 'manifest.yml');
      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(previous);
    }
  });

  it('asks for exactly the scopes the app uses', () => {
    const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
      permissions: { scopes: string[] };
    };
    expect([...manifest.permissions.scopes].sort()).toEqual([
      'read:jira-user',
      'read:jira-work',
      'report:personal-data',
      'storage:app',
      'write:jira-work',
    ]);
  });

  it('names only handlers that src/index.ts exports', () => {
    const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
      modules: { function: { handler: string }[] };
    };
    const exports = index as Record<string, unknown>;
    for (const { handler } of manifest.modules.function) {
      const exported = handler.replace(/^index\./, '');
      expect(typeof exports[exported]).toBe('function');
    }
  });
});
