import type { SuggestionRule } from '../suggestion';
import { upstreamFailureModes } from '../upstream-failure-mode';

export const upstreamTimeout: SuggestionRule = {
  id: 'upstream-timeout',
  category: 'failure-mode',
  name: '504 when an upstream does not answer in time',
  why: 'A slow upstream is worse than a dead one: bound the wait, and answer 504 when it runs out.',
  suggest: (context) =>
    upstreamFailureModes(context, {
      status: 504,
      what: 'does not answer in time',
      condition: (upstream) => `${upstream} does not answer in time (the call times out)`,
      behaviour: (upstream) =>
        `Answer 504 once the call to ${upstream} times out; the client may retry with the same Idempotency-Key`,
    }),
};
