import type { SuggestionRule } from '../suggestion';
import { upstreamFailureModes } from '../upstream-failure-mode';

export const upstreamBadGateway: SuggestionRule = {
  id: 'upstream-bad-gateway',
  category: 'failure-mode',
  name: '502 when an upstream answers with an error',
  why: 'An upstream that answers with an error or garbage is not the caller’s fault: answer 502 and keep the upstream’s details in the logs.',
  suggest: (context) =>
    upstreamFailureModes(context, {
      status: 502,
      what: 'answers with an error',
      condition: (upstream) =>
        `${upstream} answers with an error or an unreadable response (it is down or broken)`,
      behaviour: () =>
        'Answer 502 with a problem+json body; log the upstream’s answer, never pass it through',
    }),
};
