import { SEED_USERS } from '../../../dev/emulator';
import { useEmulator } from './emulator-harness';

const jira = useEmulator();

const link = (body: unknown, as: 'member' | 'viewer' = 'member') =>
  jira.post('/rest/api/3/issueLink', body, as);

describe('GET /rest/api/3/issueLinkType', () => {
  it('lists Jira’s default link types with their ids and directions', async () => {
    const reply = await jira.get('/rest/api/3/issueLinkType');
    expect(
      (reply.body.issueLinkTypes as Record<string, string>[]).map((t) => [
        t.id,
        t.name,
        t.inward,
        t.outward,
      ]),
    ).toEqual([
      ['10000', 'Blocks', 'is blocked by', 'blocks'],
      ['10001', 'Cloners', 'is cloned by', 'clones'],
      ['10002', 'Duplicate', 'is duplicated by', 'duplicates'],
      ['10003', 'Relates', 'relates to', 'relates to'],
    ]);
  });
});

describe('POST /rest/api/3/issueLink', () => {
  it('links from the inward issue, as Jira does: inward SHOP-2, outward SHOP-3 reads "SHOP-2 blocks SHOP-3"', async () => {
    const reply = await link({
      type: { name: 'Blocks' },
      inwardIssue: { key: 'SHOP-2' },
      outwardIssue: { key: 'SHOP-3' },
    });
    expect(reply.status).toBe(201);
    const blocker = await jira.get('/rest/api/3/issue/SHOP-2?fields=issuelinks');
    expect(blocker.body.fields.issuelinks).toEqual([
      expect.objectContaining({
        type: expect.objectContaining({ name: 'Blocks' }),
        outwardIssue: expect.objectContaining({ key: 'SHOP-3' }),
      }),
    ]);
    const blocked = await jira.get('/rest/api/3/issue/SHOP-3?fields=issuelinks');
    expect(blocked.body.fields.issuelinks[0].inwardIssue.key).toBe('SHOP-2');
  });

  it('answers a duplicate link as created and keeps one link', async () => {
    const body = {
      type: { id: '10000' },
      inwardIssue: { key: 'SHOP-2' },
      outwardIssue: { key: 'SHOP-3' },
    };
    await link(body);
    expect((await link(body)).status).toBe(201);
    expect(jira.emulator.issues('SHOP').find((i) => i.key === 'SHOP-2')?.links).toHaveLength(1);
  });

  it('links issues of different projects', async () => {
    const reply = await link({
      type: { name: 'Relates' },
      outwardIssue: { key: 'SHOP-2' },
      inwardIssue: { key: 'VENTAS-1' },
    });
    expect(reply.status).toBe(201);
  });

  it('answers 404 for an unknown link type', async () => {
    const reply = await link({
      type: { name: 'Depends' },
      outwardIssue: { key: 'SHOP-2' },
      inwardIssue: { key: 'SHOP-3' },
    });
    expect(reply.status).toBe(404);
    expect(reply.body.errorMessages).toEqual(["No issue link type with name 'Depends' found."]);
  });

  it('answers 404 when an end does not exist', async () => {
    const reply = await link({
      type: { name: 'Blocks' },
      outwardIssue: { key: 'SHOP-2' },
      inwardIssue: { key: 'SHOP-99' },
    });
    expect(reply.status).toBe(404);
  });

  it('answers 404 to a user without Link issues', async () => {
    const reply = await link(
      { type: { name: 'Blocks' }, outwardIssue: { key: 'SHOP-2' }, inwardIssue: { key: 'SHOP-3' } },
      'viewer',
    );
    expect(reply.status).toBe(404);
  });

  it('needs Link issues in the project of the outwardIssue (the "from" issue), not the inwardIssue', async () => {
    jira.emulator.setPermission(SEED_USERS.member.accountId, 'VENTAS', 'LINK_ISSUES', false);
    const intoVentas = await link({
      type: { name: 'Relates' },
      inwardIssue: { key: 'SHOP-2' },
      outwardIssue: { key: 'VENTAS-1' },
    });
    expect(intoVentas.status).toBe(404);
    expect(intoVentas.body.errorMessages).toEqual([
      'You do not have permission to link issues in this project.',
    ]);
    const fromShop = await link({
      type: { name: 'Relates' },
      inwardIssue: { key: 'VENTAS-1' },
      outwardIssue: { key: 'SHOP-2' },
    });
    expect(fromShop.status).toBe(201);
  });

  it('needs Browse projects for both issues', async () => {
    jira.emulator.setPermission(SEED_USERS.member.accountId, 'VENTAS', 'BROWSE_PROJECTS', false);
    const reply = await link({
      type: { name: 'Relates' },
      inwardIssue: { key: 'VENTAS-1' },
      outwardIssue: { key: 'SHOP-2' },
    });
    expect(reply.status).toBe(404);
    expect(reply.body.errorMessages).toEqual([
      'Issue does not exist or you do not have permission to see it.',
    ]);
  });

  it('refuses to link an issue to itself', async () => {
    const reply = await link({
      type: { name: 'Blocks' },
      outwardIssue: { key: 'SHOP-2' },
      inwardIssue: { key: 'SHOP-2' },
    });
    expect(reply.status).toBe(400);
  });
});
