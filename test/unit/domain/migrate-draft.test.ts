import {
  DRAFT_SCHEMA_VERSION,
  DraftMigrationError,
  migrateDraft,
  type Draft,
} from '../../../src/domain';
import { aDraft } from '../../support/draft-builders';

function migrationError(stored: unknown): DraftMigrationError {
  try {
    migrateDraft(stored);
  } catch (error) {
    if (error instanceof DraftMigrationError) return error;
    throw error;
  }
  throw new Error('expected migrateDraft to throw');
}

describe('migrateDraft', () => {
  it('reads a stored draft of the current version as it was saved', () => {
    const stored: unknown = JSON.parse(JSON.stringify(aDraft()));
    expect(migrateDraft(stored)).toEqual(aDraft());
  });

  it('fills in the lists a stored draft left out', () => {
    const stored = {
      schemaVersion: DRAFT_SCHEMA_VERSION,
      discovery: { featureTitle: 'Payouts', problem: '', outcome: '' },
      scoping: {},
    };
    const draft: Draft = migrateDraft(stored);
    expect(draft.discovery.spike).toEqual({ kind: 'none' });
    expect(draft.scoping.services).toEqual([]);
  });

  it('refuses a draft saved by a newer version of the app', () => {
    const error = migrationError({ ...aDraft(), schemaVersion: DRAFT_SCHEMA_VERSION + 1 });
    expect(error.message).toMatch(/newer version of the app/);
  });

  it('refuses a draft without a schema version', () => {
    const { schemaVersion: _version, ...unversioned } = aDraft();
    expect(migrationError(unversioned).problems).toEqual([
      { path: 'schemaVersion', message: 'expected a positive integer' },
    ]);
  });

  it('says where a stored draft is invalid', () => {
    const stored = aDraft();
    stored.scoping.services[0]!.failureModes[0]!.status = 204;
    expect(migrationError(stored).problems).toEqual([
      {
        path: 'scoping.services[0].failureModes[0].status',
        message: 'A failure mode answers with a 4xx or 5xx status',
      },
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(migrationError('draft').message).toBe('A draft is an object');
  });
});
