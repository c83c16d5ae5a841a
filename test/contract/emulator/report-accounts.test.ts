/**
 * Atlassian's personal data reporting API as the emulator serves it (dev/emulator/README.md):
 * what `@forge/api`'s `privacy.reportPersonalData` sends and what it expects back.
 */
import { SEED_USERS } from '../../../dev/emulator';
import { useEmulator } from './emulator-harness';

const jira = useEmulator();
const ADA = SEED_USERS.admin.accountId;
const MAX = SEED_USERS.member.accountId;

const report = (accounts: unknown, as: 'app' | 'member' = 'app') =>
  jira.call('POST', '/app/report-accounts', { as, body: { accounts } });
const account = (accountId: string, updatedAt = '2031-01-01T00:00:00.000Z') => ({
  accountId,
  updatedAt,
});
const admin = (body: unknown) => jira.call('POST', '/__emulator/accounts', { as: 'nobody', body });

describe('POST /app/report-accounts', () => {
  it('answers 204 when no reported account needs anything', async () => {
    const reply = await report([account(ADA), account(MAX)]);
    expect(reply.status).toBe(204);
    expect(reply.body).toBeUndefined();
  });

  it('answers closed accounts, and updated ones changed after the reported time', async () => {
    expect((await admin({ accountId: ADA, status: 'closed' })).status).toBe(204);
    const changedAt = Date.parse('2031-01-02T00:00:00Z');
    await admin({ accountId: MAX, status: 'updated', at: changedAt });
    const before = await report([account(ADA), account(MAX)]);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      accounts: [
        { accountId: ADA, status: 'closed' },
        { accountId: MAX, status: 'updated' },
      ],
    });
    // Reported as refreshed after the change: nothing to do for that account any more.
    const after = await report([account(MAX, '2031-01-03T00:00:00.000Z')]);
    expect(after.status).toBe(204);
    await admin({ accountId: ADA, status: 'active' });
    expect((await report([account(ADA)])).status).toBe(204);
    expect(jira.emulator.personalDataReports()).toEqual([[ADA, MAX], [MAX], [ADA]]);
  });

  it('takes at most 90 accounts, at least one, each with an ISO updatedAt', async () => {
    const many = Array.from({ length: 91 }, (_, i) => account(`557058:${i}`));
    const statuses = [
      (await report(many)).status,
      (await report(many.slice(0, 90))).status,
      (await report([])).status,
      (await report([{ accountId: ADA, updatedAt: 'yesterday' }])).status,
    ];
    expect(statuses).toEqual([400, 204, 400, 400]);
    expect(jira.emulator.personalDataReports()).toHaveLength(1);
  });

  it('answers only the app (a person cannot report for it)', async () => {
    expect((await report([account(ADA)], 'member')).status).toBe(403);
  });
});
