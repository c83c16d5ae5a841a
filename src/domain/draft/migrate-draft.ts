import { formatPath } from '../format-path';
import { HUMAN_MESSAGES } from '../validation/human-issue-message';
import { DRAFT_SCHEMA_VERSION, draftSchema, type Draft } from './draft-schema';

/** One problem with a stored draft, with the path of the offending value. */
export interface DraftProblem {
  path: string;
  message: string;
}

/** A stored draft that cannot be read as a current draft; `problems` says why. */
export class DraftMigrationError extends Error {
  override readonly name = 'DraftMigrationError';
  constructor(
    message: string,
    readonly problems: DraftProblem[],
  ) {
    super(message);
  }
}

/**
 * Steps that lift a stored draft from version N to N+1, keyed by N. Version 1 is the first
 * published shape, so there is no step yet; additive changes need none, because lists and
 * optional fields take defaults when a stored draft lacks them (so do a service's optional
 * `authenticated`, `publicFacing` and `dismissedSuggestions`, added after version 1).
 */
const MIGRATIONS: Readonly<
  Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored draft of this or any older schema version as a current `Draft`.
 * Throws `DraftMigrationError` for drafts from a newer app or that do not validate.
 */
export function migrateDraft(stored: unknown): Draft {
  if (!isRecord(stored)) {
    throw new DraftMigrationError('A draft is an object', [{ path: '', message: 'not an object' }]);
  }
  const version = stored.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DraftMigrationError('The draft has no schema version', [
      { path: 'schemaVersion', message: 'expected a positive integer' },
    ]);
  }
  if (version > DRAFT_SCHEMA_VERSION) {
    throw new DraftMigrationError(
      `The draft was saved by a newer version of the app (schema ${version}, this app reads up to ${DRAFT_SCHEMA_VERSION})`,
      [{ path: 'schemaVersion', message: `unknown version ${version}` }],
    );
  }
  let current = stored;
  for (let from = version; from < DRAFT_SCHEMA_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) {
      throw new DraftMigrationError(`No migration from draft schema ${from}`, [
        { path: 'schemaVersion', message: `no migration from ${from}` },
      ]);
    }
    current = { ...step(current), schemaVersion: from + 1 };
  }
  const parsed = draftSchema.safeParse(current, HUMAN_MESSAGES);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    throw new DraftMigrationError('The draft does not validate', problems);
  }
  return parsed.data;
}
