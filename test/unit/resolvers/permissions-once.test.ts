import { permissionsOnce } from '../../../src/resolvers/permissions-once';
import type { JiraClient } from '../../../src/jira/jira-client';

/** A Jira client whose `mypermissions` answers from `held`, counting the questions. */
function jiraHolding(held: Record<string, boolean>, fail = 0) {
  const asked: string[][] = [];
  let failures = fail;
  const jira = {
    getMyPermissions: (_projectId: string, permissions: readonly string[]) => {
      asked.push([...permissions]);
      if (failures-- > 0) return Promise.reject(new Error('Jira did not answer'));
      return Promise.resolve(Object.fromEntries(permissions.map((p) => [p, held[p] === true])));
    },
  } as unknown as JiraClient;
  return { jira, asked };
}

describe('permissionsOnce', () => {
  it('asks Jira once, for everything expected, and answers each question from it', async () => {
    const { jira, asked } = jiraHolding({ CREATE_ISSUES: true, DELETE_ISSUES: false });
    const ask = permissionsOnce(jira, '10000', ['CREATE_ISSUES', 'DELETE_ISSUES']);
    const [create, both] = await Promise.all([
      ask(['CREATE_ISSUES']),
      ask(['CREATE_ISSUES', 'DELETE_ISSUES']),
    ]);
    expect(create).toEqual({ CREATE_ISSUES: true });
    expect(both).toEqual({ CREATE_ISSUES: true, DELETE_ISSUES: false });
    expect(asked).toEqual([['CREATE_ISSUES', 'DELETE_ISSUES']]);
  });

  it('asks on its own for a permission it was not told to expect', async () => {
    const { jira, asked } = jiraHolding({ ADMINISTER_PROJECTS: true });
    const ask = permissionsOnce(jira, '10000', ['CREATE_ISSUES']);
    expect(await ask(['ADMINISTER_PROJECTS'])).toEqual({ ADMINISTER_PROJECTS: true });
    expect(asked).toEqual([['ADMINISTER_PROJECTS']]);
  });

  it('does not remember a failed question: the next one asks again', async () => {
    const { jira, asked } = jiraHolding({ CREATE_ISSUES: true }, 1);
    const ask = permissionsOnce(jira, '10000', ['CREATE_ISSUES']);
    await expect(ask(['CREATE_ISSUES'])).rejects.toThrow('Jira did not answer');
    expect(await ask(['CREATE_ISSUES'])).toEqual({ CREATE_ISSUES: true });
    expect(asked).toHaveLength(2);
  });
});
