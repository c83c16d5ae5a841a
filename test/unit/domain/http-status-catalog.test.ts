import { HTTP_STATUS_CATALOG, statusInfo, statusesImpliedBy } from '../../../src/domain';

describe('HTTP_STATUS_CATALOG', () => {
  it('lists only 4xx and 5xx statuses, each once, in numeric order', () => {
    const statuses = HTTP_STATUS_CATALOG.map((info) => info.status);
    expect(statuses.every((status) => status >= 400 && status <= 599)).toBe(true);
    expect(statuses).toEqual([...new Set(statuses)].sort((a, b) => a - b));
  });

  it.each([404, 409, 422, 429, 503])(
    'gives %s a reason phrase and one line of guidance',
    (status) => {
      const info = statusInfo(status);
      expect(info?.reason).toMatch(/\w/);
      expect(info?.guidance).toMatch(/^[^\n]{10,}$/);
    },
  );

  it.each([429, 503])('tells a team to send Retry-After with %s', (status) => {
    expect(statusInfo(status)?.guidance).toContain('Retry-After');
  });

  it('marks rate limiting and unavailability as retryable and validation errors as not', () => {
    expect([429, 503, 422].map((status) => statusInfo(status)?.retryable)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('knows no entry for a status outside the catalog', () => {
    expect(statusInfo(200)).toBeUndefined();
  });
});

describe('statusesImpliedBy', () => {
  it('reads "not found" as 404 or 410', () => {
    expect([...(statusesImpliedBy('The order is not found') ?? [])]).toEqual([404, 410]);
  });

  it('reads a duplicate as a conflict', () => {
    expect(statusesImpliedBy('A customer with this email already exists')?.has(409)).toBe(true);
  });

  it('allows every status a condition names more than one way', () => {
    const implied = statusesImpliedBy('Invalid token');
    expect(implied?.has(401)).toBe(true);
    expect(implied?.has(422)).toBe(true);
  });

  it('reads credentials, missing or invalid, as a 401 (not a 400 for the word "invalid")', () => {
    expect(statusesImpliedBy('the caller presents no credentials, or invalid ones')?.has(401)).toBe(
      true,
    );
    expect(statusesImpliedBy('Invalid credentials')?.has(401)).toBe(true);
  });

  it('reads credentials lacking a scope or permission as a 403', () => {
    expect(
      statusesImpliedBy('the credentials lack the scope or permission this operation needs')?.has(
        403,
      ),
    ).toBe(true);
  });

  it('reads no wording into a path: a /duplicate endpoint is no conflict', () => {
    expect(
      statusesImpliedBy('POST /plans/{planId}/duplicate: Returned if the request is not valid'),
    ).toBeNull();
  });

  it('implies nothing for wording it has no hint for', () => {
    expect(statusesImpliedBy('The ledger is closed for the day')).toBeNull();
  });
});
