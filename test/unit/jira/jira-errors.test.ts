import { route } from '@forge/api';
import { z } from 'zod';
import { JiraHttpError, JiraNetworkError } from '../../../src/jira/jira-errors';
import { createJiraRequester } from '../../../src/jira/jira-request';
import { REDACTED, redactHeaders, redactPath } from '../../../src/jira/redact';
import { fakeTransport, jsonResponse } from './fake-transport';

describe('Jira errors', () => {
  it("carry the status, Jira's errorMessages and errors, and the request", async () => {
    const transport = fakeTransport(() =>
      jsonResponse(400, {
        errorMessages: ['Bad plan'],
        errors: { summary: 'You must specify a summary of the issue.' },
      }),
    );
    const jira = createJiraRequester({ transport });
    const error = await jira
      .send({
        operation: 'createIssues',
        method: 'POST',
        route: route`/rest/api/3/issue/bulk`,
        body: {},
        retry: 'never',
        answer: z.unknown(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraHttpError);
    const http = error as JiraHttpError;
    expect(http.status).toBe(400);
    expect(http.errorMessages).toEqual(['Bad plan']);
    expect(http.errors).toEqual({ summary: 'You must specify a summary of the issue.' });
    expect(http.request).toMatchObject({
      operation: 'createIssues',
      method: 'POST',
      path: '/rest/api/3/issue/bulk',
    });
    expect(http.jiraMessage).toBe('Bad plan; summary: You must specify a summary of the issue.');
  });

  it('redact authorization, cookies and tokens from recorded headers', () => {
    expect(
      redactHeaders({
        Authorization: 'Basic c2VjcmV0',
        Cookie: 'a=b',
        'X-Atlassian-Token': 'x',
        Accept: 'application/json',
      }),
    ).toEqual({
      Authorization: REDACTED,
      Cookie: REDACTED,
      'X-Atlassian-Token': REDACTED,
      Accept: 'application/json',
    });
  });

  it('redact token-like query parameters from the recorded path', () => {
    expect(redactPath('/rest/api/3/issue/SHOP-1?jwt=abc.def&fields=summary')).toBe(
      `/rest/api/3/issue/SHOP-1?jwt=${encodeURIComponent(REDACTED)}&fields=summary`,
    );
  });

  it('never put a secret in the message of a network error', async () => {
    const transport = fakeTransport(() => {
      throw new Error('socket hang up');
    });
    const jira = createJiraRequester({ transport, retryPolicy: { maxAttempts: 1 } });
    const error = (await jira
      .send({
        operation: 'getIssue',
        method: 'GET',
        route: route`/rest/api/3/issue/SHOP-1?access_token=${'s3cret'}`,
        retry: 'transient',
        answer: z.unknown(),
      })
      .catch((e: unknown) => e)) as JiraNetworkError;
    expect(error).toBeInstanceOf(JiraNetworkError);
    expect(error.message).toContain('socket hang up');
    expect(error.message).not.toContain('s3cret');
    expect(JSON.stringify(error.request)).not.toContain('s3cret');
  });
});
