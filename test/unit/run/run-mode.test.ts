import { chooseRunMode } from '../../../src/run/decide/run-mode';

describe('inline or queued', () => {
  it('runs a 41-issue plan inline on a site that answers in 150 ms', () => {
    expect(
      chooseRunMode({ itemsToCreate: 41, rounds: 5, latencyMs: 150, concurrency: 4 }).mode,
    ).toBe('inline');
  });

  it('queues a 300-issue plan however fast the site is', () => {
    expect(
      chooseRunMode({ itemsToCreate: 300, rounds: 5, latencyMs: 1, concurrency: 4 }).mode,
    ).toBe('queued');
  });

  it('queues a small plan when the site is slow enough to endanger the 25 s limit', () => {
    expect(
      chooseRunMode({ itemsToCreate: 41, rounds: 5, latencyMs: 1500, concurrency: 4 }).mode,
    ).toBe('queued');
  });
});
