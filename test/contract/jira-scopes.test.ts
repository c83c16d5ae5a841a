import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.join(__dirname, '..', '..');
const operationsDir = path.join(root, 'src', 'jira', 'operations');

interface SpecOperation {
  operationId?: string;
  'x-atlassian-oauth2-scopes'?: { scopes: string[]; state: string }[];
}
const spec = JSON.parse(
  readFileSync(path.join(root, 'vendor', 'atlassian', 'jira-platform-openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, SpecOperation>> };
const byOperationId = new Map<string, SpecOperation>();
for (const methods of Object.values(spec.paths)) {
  for (const operation of Object.values(methods)) {
    if (operation.operationId) byOperationId.set(operation.operationId, operation);
  }
}

/** Every Jira operation the app's client declares (`operation: '<operationId>'`), by file. */
const declared = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) =>
    [...readFileSync(path.join(operationsDir, file), 'utf8').matchAll(/operation: '([^']+)'/g)].map(
      (match) => ({ file, operationId: match[1] ?? '' }),
    ),
  );

const manifestScopes = (
  parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
    permissions: { scopes: string[] };
  }
).permissions.scopes;

describe("the Jira operations src/jira declares, against Atlassian's spec", () => {
  it('finds the operations (the scan itself works)', () => {
    expect(declared.map((d) => d.operationId)).toContain('createIssues');
  });

  it.each(declared)('$operationId ($file) is an operation of the spec', ({ operationId }) => {
    expect(byOperationId.has(operationId)).toBe(true);
  });

  it.each(declared)(
    '$operationId ($file) needs no classic scope that manifest.yml does not ask for',
    ({ operationId }) => {
      const current = (byOperationId.get(operationId)?.['x-atlassian-oauth2-scopes'] ?? []).filter(
        (s) => s.state === 'Current',
      );
      const needed = current.flatMap((s) => s.scopes);
      expect(needed.filter((scope) => !manifestScopes.includes(scope))).toEqual([]);
    },
  );
});
