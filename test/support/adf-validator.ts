/**
 * Holds ADF documents against Atlassian's own ADF JSON schema (vendored, draft-04). The
 * validator is compiled once per test process; `validateAdf` returns readable errors.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';

const SCHEMA_PATH = path.join(__dirname, '..', '..', 'vendor', 'atlassian', 'adf-full.schema.json');

const ajv = new Ajv({ allErrors: false, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

/** The schema's complaints about `doc` (empty when it is a valid ADF document). */
export function validateAdf(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
  );
}
