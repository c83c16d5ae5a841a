import { appEnvironment } from '../../../src/app-environment';
import { DraftConflictError } from '../../../src/storage/draft-store';
import { aDraft } from '../../support/draft-builders';
import { startLocalForge, type LocalForge } from '../../support/local-forge';

let forge: LocalForge;
/** The drafts of the app environment, as the resolvers get them. */
const { getDraft, saveDraft } = appEnvironment().drafts;

beforeAll(async () => {
  forge = await startLocalForge();
});

afterAll(async () => {
  await forge.stop();
});

const ADMIN = '5b10a2844c20165700ede21a';
const MEMBER = '5b10a2844c20165700ede21b';

describe('the draft store (app storage through @forge/kvs)', () => {
  it('keeps exactly one of two saves based on the same version, and refuses the other', async () => {
    const ours = aDraft({ featureTitle: 'Checkout revamp (ours)' });
    const theirs = aDraft({ featureTitle: 'Checkout revamp (theirs)' });
    const results = await Promise.allSettled([
      forge.runAs('member', () => saveDraft('20001', ours, 0, MEMBER)),
      forge.runAs('admin', () => saveDraft('20001', theirs, 0, ADMIN)),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const refusal = (lost[0] as PromiseRejectedResult).reason as unknown;
    expect(refusal).toBeInstanceOf(DraftConflictError);

    const stored = await forge.runAs('member', () => getDraft('20001'));
    expect(stored?.version).toBe(1);
    const winner = (won[0] as PromiseFulfilledResult<{ savedBy: string }>).value.savedBy;
    expect(stored?.savedBy).toBe(winner);
    // The loser learns who won and when, even if the winner had only claimed the version yet.
    expect((refusal as DraftConflictError).saver).toEqual({
      currentVersion: 1,
      savedBy: winner,
      savedAt: stored?.savedAt,
    });
    expect(stored?.draft.discovery.featureTitle).toBe(
      winner === MEMBER ? ours.discovery.featureTitle : theirs.discovery.featureTitle,
    );
  });

  it('moves on from the version a save was based on, one at a time', async () => {
    const first = await forge.runAs('member', () => saveDraft('20002', aDraft(), 0, MEMBER));
    const second = await forge.runAs('member', () => saveDraft('20002', aDraft(), 1, MEMBER));
    expect([first.version, second.version]).toEqual([1, 2]);
    await expect(
      forge.runAs('member', () => saveDraft('20002', aDraft(), 1, MEMBER)),
    ).rejects.toBeInstanceOf(DraftConflictError);
  });

  it('says who saved the version a stale save lost to, and when', async () => {
    const at = new Date('2026-11-29T14:02:00.000Z');
    await forge.runAs('admin', () => saveDraft('20004', aDraft(), 0, ADMIN, at));
    const stale = await forge
      .runAs('member', () => saveDraft('20004', aDraft(), 0, MEMBER))
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(DraftConflictError);
    expect((stale as DraftConflictError).saver).toEqual({
      currentVersion: 1,
      savedBy: ADMIN,
      savedAt: at.toISOString(),
    });
  });

  it('has no draft for an issue nobody saved one for', async () => {
    expect(await forge.runAs('member', () => getDraft('20003'))).toBeNull();
  });
});
