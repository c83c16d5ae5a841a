import { soak } from '../../support/fault-soak';

describe('a seeded fault soak', () => {
  it('ends every run with each planned issue exactly once under rate limits, 5xx, lost answers and search lag', async () => {
    const report = await soak({ seed: 20261129, runs: 4, maxIssues: 60 });

    expect(report.faultsApplied).toBeGreaterThan(0);
    expect(report.runs.map((r) => r.status)).toEqual(report.runs.map(() => 'succeeded'));
    expect(report.duplicates).toBe(0);
    expect(report.missing).toBe(0);
  });
});
