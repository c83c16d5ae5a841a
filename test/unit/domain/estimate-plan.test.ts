import { estimatePlan } from '../../../src/domain';

const levels = (count: number, level: 1 | 0 | -1) =>
  Array.from({ length: count }, () => ({ level }));

describe('estimatePlan', () => {
  it('counts issues per hierarchy level', () => {
    expect(
      estimatePlan([...levels(1, 1), ...levels(3, 0), ...levels(7, -1)]).issuesPerLevel,
    ).toEqual({
      '1': 1,
      '0': 3,
      '-1': 7,
    });
  });

  it('needs one bulk request per started 50 issues of each level', () => {
    expect(estimatePlan([...levels(1, 1), ...levels(50, 0), ...levels(51, -1)]).bulkRequests).toBe(
      4,
    );
  });

  it('needs no request for an empty plan', () => {
    expect(estimatePlan([]).bulkRequests).toBe(0);
  });
});
