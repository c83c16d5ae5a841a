import { z } from 'zod';
import { createJiraClient, type JiraClient } from '../../../src/jira/jira-client';
import { JiraAnswerError } from '../../../src/jira/jira-errors';
import { getMyGlobalPermissions } from '../../../src/jira/operations/get-my-global-permissions';
import { getProject } from '../../../src/jira/operations/get-project';
import { asExpectedError } from '../../../src/resolvers/expected-errors';
import { fakeTransport, jsonResponse } from './fake-transport';

const clientAnswering = (status: number, body: unknown) =>
  createJiraClient({ transport: fakeTransport(() => jsonResponse(status, body)) });

/** Each read the app makes, and an answer of the wrong shape for it (a field it needs, mistyped). */
const READS: [string, (jira: JiraClient) => Promise<unknown>, unknown][] = [
  [
    'getProject',
    (jira) => getProject(jira.requester, 'SHOP'),
    { id: 10000, key: 'SHOP', name: 'Shop' },
  ],
  [
    'getMyGlobalPermissions',
    (jira) => getMyGlobalPermissions(jira.requester, ['ADMINISTER']),
    { permissions: [true] },
  ],
  ['getIssue', (jira) => jira.getIssue('SHOP-1'), { id: '1', fields: {} }],
  [
    'getCreateMetaIssueTypes',
    (jira) => jira.getCreateMetaIssueTypes('SHOP'),
    { issueTypes: [{ id: '1', hierarchyLevel: 'epic' }] },
  ],
  [
    'getCreateMetaFields',
    (jira) => jira.getCreateMetaFields('SHOP', '1'),
    { fields: [{ name: 'Summary' }] },
  ],
  ['getIssueLinkTypes', (jira) => jira.getIssueLinkTypes(), { issueLinkTypes: 'Blocks' }],
  [
    'searchByJql',
    (jira) => jira.searchByJql({ jql: 'project = SHOP' }),
    { issues: [{ id: 1 }], isLast: true },
  ],
  [
    'getMyPermissions',
    (jira) => jira.getMyPermissions('10000', ['CREATE_ISSUES']),
    { permissions: { CREATE_ISSUES: { havePermission: 'yes' } } },
  ],
  [
    'checkPermissions',
    (jira) => jira.checkPermissions({ accountId: 'a', projectId: '1', permissions: ['X'] }),
    { projectPermissions: [{ permission: 'X', projects: ['1'] }] },
  ],
  ['getMyAccountId', (jira) => jira.getMyAccountId(), { accountId: 7 }],
  ['getUserDisplayName', (jira) => jira.getUserDisplayName('a'), { displayName: ['Ana'] }],
  [
    'bulkCreateIssues',
    (jira) => jira.bulkCreateIssues([{ fields: {} }]),
    { issues: [{ id: 1, key: 'SHOP-1' }] },
  ],
  [
    'searchEpicChildren',
    (jira) => jira.searchEpicChildren('SHOP-1'),
    { issues: [{ id: '2', key: 'SHOP-2', fields: { summary: 'Orders' } }], isLast: true },
  ],
  [
    'getIssueProperty',
    (jira) => jira.getIssueProperty('SHOP-1', 'p', z.object({ planId: z.string() })),
    { key: 'p', value: { planId: 1 } },
  ],
];

describe("Jira's answers are read at src/jira with the shape each operation documents", () => {
  it.each(READS)(
    '%s names an answer of the wrong shape a JiraAnswerError',
    async (_, read, body) => {
      const error = await read(clientAnswering(200, body)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JiraAnswerError);
    },
  );

  it.each(READS)('%s names an answer that is not JSON', async (_, read) => {
    await expect(read(clientAnswering(200, 'Service is starting'))).rejects.toBeInstanceOf(
      JiraAnswerError,
    );
  });

  it('keeps what Jira adds and leaves out what its spec makes optional', async () => {
    const jira = clientAnswering(200, {
      id: '10000',
      key: 'SHOP',
      name: 'Shop',
      self: 'https://example.atlassian.net/rest/api/3/project/10000',
      projectTypeKey: 'software',
    });
    await expect(getProject(jira.requester, 'SHOP')).resolves.toEqual({
      id: '10000',
      key: 'SHOP',
      name: 'Shop',
      style: 'classic',
      issueTypes: [],
    });
  });

  it("reads createmeta's types under either name the spec gives the list", async () => {
    const jira = clientAnswering(200, {
      createMetaIssueType: [{ id: '1', name: 'Story', hierarchyLevel: 0, subtask: false }],
      total: 1,
    });
    await expect(jira.getCreateMetaIssueTypes('SHOP')).resolves.toEqual([
      { id: '1', name: 'Story', hierarchyLevel: 0, subtask: false },
    ]);
  });

  it('tells people Jira answered in a form the app could not read, as a Jira error', () => {
    const error = new JiraAnswerError(
      { operation: 'getProject', method: 'GET', path: '/rest/api/3/project/SHOP', headers: {} },
      200,
      'id',
      'Invalid input',
    );
    expect(asExpectedError(error)).toMatchObject({
      code: 'JIRA_ERROR',
      message: expect.stringMatching(/^Jira answered in a form Backend Breakdown could not read/),
    });
  });
});
