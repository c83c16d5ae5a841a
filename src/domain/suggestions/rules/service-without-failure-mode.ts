import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const serviceWithoutFailureMode: SuggestionRule = {
  id: 'service-without-failure-mode',
  category: 'gap',
  name: 'A service with no failure modes',
  why: 'Every service fails somehow; with no failure modes the error-handling ticket has nothing to build. Start with the unexpected fault.',
  suggest: ({ service }) =>
    service.failureModes.length > 0
      ? []
      : [
          {
            subject: 'service',
            title: '500 for an unexpected fault',
            because: 'The service has no failure modes',
            changes: [
              addFailureMode(
                service.id,
                'unexpected-fault',
                500,
                'An unexpected fault inside the service (a bug, or a dependency failing in a way nobody planned for)',
                'Answer 500 with a problem+json body and a correlation id; log the fault, never leak internals',
              ),
            ],
          },
        ],
};
