/**
 * Atlassian's ADF JSON schema (draft-04, vendored in `vendor/atlassian/`): Jira rejects a
 * description that is not a valid document, and so does the emulator.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

const ADF_SCHEMA_FILE = path.join(__dirname, '../../../vendor/atlassian/adf-full.schema.json');

let validate: ValidateFunction | undefined;

export function isValidAdf(document: unknown): boolean {
  if (!validate) {
    const ajv = new Ajv04({ strict: false });
    ajv.addSchema(JSON.parse(readFileSync(ADF_SCHEMA_FILE, 'utf8')) as object, 'adf');
    const compiled = ajv.getSchema('adf#/definitions/doc_node');
    if (!compiled) throw new Error('the ADF schema has no #/definitions/doc_node');
    validate = compiled;
  }
  return validate(document);
}
