import { bulkCreateIssues, mapBulkResponse } from '../../../src/jira/operations/bulk-create-issues';
import { createJiraRequester } from '../../../src/jira/jira-request';
import { fakeTransport, jsonResponse } from './fake-transport';

const elementError = (failedElementNumber: number, errors: Record<string, string>) => ({
  status: 400,
  failedElementNumber,
  elementErrors: { errorMessages: [], errors },
});

describe('bulk create', () => {
  it('maps failedElementNumber back to the element that failed, and created issues to the rest in order', () => {
    const results = mapBulkResponse(4, {
      issues: [
        { id: '1', key: 'SHOP-10' },
        { id: '2', key: 'SHOP-11' },
      ],
      errors: [
        elementError(1, { customfield_10050: 'Team is required.' }),
        elementError(3, { summary: 'Summary is too long.' }),
      ],
    });
    expect(results).toEqual([
      { ok: true, id: '1', key: 'SHOP-10' },
      { ok: false, status: 400, message: 'customfield_10050: Team is required.' },
      { ok: true, id: '2', key: 'SHOP-11' },
      { ok: false, status: 400, message: 'summary: Summary is too long.' },
    ]);
  });

  it("keeps Jira's per-element errors when it answers 400 because none was created", async () => {
    const transport = fakeTransport(() =>
      jsonResponse(400, {
        issues: [],
        errors: [elementError(0, { project: 'Project is required.' })],
      }),
    );
    const results = await bulkCreateIssues(createJiraRequester({ transport }), [{ fields: {} }]);
    expect(results).toEqual([{ ok: false, status: 400, message: 'project: Project is required.' }]);
  });

  it('refuses more than 50 issues in one call', async () => {
    const transport = fakeTransport(() => jsonResponse(201, { issues: [] }));
    await expect(
      bulkCreateIssues(
        createJiraRequester({ transport }),
        Array.from({ length: 51 }, () => ({ fields: {} })),
      ),
    ).rejects.toThrow(RangeError);
    expect(transport.calls).toHaveLength(0);
  });
});
