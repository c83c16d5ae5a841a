import { createJiraRequester } from '../../../src/jira/jira-request';
import { jqlString, searchByJql } from '../../../src/jira/operations/search-by-jql';
import { fakeTransport, jsonResponse } from './fake-transport';

describe('search by JQL', () => {
  it('follows nextPageToken until Jira says the page is the last', async () => {
    const transport = fakeTransport((_, n) =>
      n === 1
        ? jsonResponse(200, {
            issues: [{ id: '1', key: 'SHOP-1' }],
            nextPageToken: 'page-2',
            isLast: false,
          })
        : jsonResponse(200, {
            issues: [{ id: '2', key: 'SHOP-2', properties: { p: 1 } }],
            isLast: true,
          }),
    );
    const found = await searchByJql(createJiraRequester({ transport }), {
      jql: 'project = SHOP',
      properties: ['p'],
    });
    expect(found.map((i) => i.key)).toEqual(['SHOP-1', 'SHOP-2']);
    expect(
      transport.calls.map((c) => (c.body as { nextPageToken?: string }).nextPageToken),
    ).toEqual([undefined, 'page-2']);
    expect(transport.calls[0]!.body).toMatchObject({ jql: 'project = SHOP', properties: ['p'] });
  });

  it('stops following pages once maxIssues were read', async () => {
    const transport = fakeTransport((_, n) =>
      jsonResponse(200, {
        issues: [{ id: String(2 * n - 1) }, { id: String(2 * n) }],
        nextPageToken: `page-${n + 1}`,
        isLast: false,
      }),
    );
    const found = await searchByJql(createJiraRequester({ transport }), {
      jql: 'parent = SHOP-1',
      maxIssues: 3,
    });
    expect(found.map((i) => i.id)).toEqual(['1', '2', '3', '4']);
    expect(transport.calls).toHaveLength(2);
  });

  it('quotes values so a plan id cannot change the query', () => {
    expect(jqlString('a" OR project = X')).toBe('"a\\" OR project = X"');
  });
});
