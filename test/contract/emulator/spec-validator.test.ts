/** The emulator's checks against Atlassian's OpenAPI spec, which no one here wrote. */
import { specValidator } from '../../../dev/emulator/spec/spec-validator';

const validator = specValidator();
const bulk = validator.operation('POST', '/rest/api/3/issue/bulk');
const getIssue = validator.operation('GET', '/rest/api/3/issue/{issueIdOrKey}');
const noQuery = new URLSearchParams();

describe('response checks', () => {
  it('accepts a bulk answer in the CreatedIssues shape', () => {
    expect(
      bulk.checkResponse(201, {
        issues: [{ id: '1', key: 'A-1', self: 'http://127.0.0.1/rest/api/3/issue/1' }],
        errors: [],
      }),
    ).toEqual([]);
  });

  it('reports a property the response schema does not allow', () => {
    expect(bulk.checkResponse(201, { issues: [], errors: [], total: 0 })).toEqual([
      expect.stringContaining('additional properties'),
    ]);
  });

  it('reports a success status the operation does not declare', () => {
    expect(getIssue.checkResponse(204, undefined)).toEqual([
      'status 204 is not declared by the spec',
    ]);
  });

  it('holds undescribed error bodies to Jira’s ErrorCollection', () => {
    expect(getIssue.checkResponse(404, { errorMessages: ['x'], errors: {} })).toEqual([]);
    expect(getIssue.checkResponse(404, { message: 'x' })).toEqual([
      expect.stringContaining('ErrorCollection'),
    ]);
  });

  it('checks formats: self must be a URI', () => {
    expect(getIssue.checkResponse(200, { id: '1', key: 'A-1', self: 'not a uri' })).toEqual([
      expect.stringContaining('self'),
    ]);
  });
});

describe('request checks', () => {
  it('refuses a read-only property in a request body', () => {
    const link = validator.operation('POST', '/rest/api/3/issueLink');
    const check = link.checkRequest(
      {
        query: noQuery,
        body: {
          type: { name: 'Blocks', self: 'http://x/1' },
          inwardIssue: { key: 'A-1' },
          outwardIssue: { key: 'A-2' },
        },
      },
      'invalid',
    );
    expect(check).toMatchObject({ ok: false, detail: expect.stringContaining('readOnly') });
  });

  it('coerces query parameters to their spec types, splitting comma lists', () => {
    const check = getIssue.checkRequest(
      {
        query: new URLSearchParams('fields=summary,parent&fields=labels&failFast=true'),
        body: undefined,
      },
      'invalid',
    );
    expect(check).toEqual({
      ok: true,
      query: { fields: ['summary', 'parent', 'labels'], failFast: true },
    });
  });

  it('requires a body where the spec requires one', () => {
    expect(bulk.checkRequest({ query: noQuery, body: undefined }, 'invalid')).toMatchObject({
      ok: false,
      message: 'invalid',
    });
  });

  it('knows only operations the spec has', () => {
    expect(() => validator.operation('PATCH', '/rest/api/3/issue/{issueIdOrKey}')).toThrow(
      /no operation/,
    );
  });
});
