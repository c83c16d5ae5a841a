import { fit, idHint } from '../wording';
import { hasFailSafe } from '../coverage';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';
import { isEventInput } from '../upstreams';

export const deadLetterForEvents: SuggestionRule = {
  id: 'dead-letter-for-events',
  category: 'fail-safe',
  name: 'Dead-letter handling for event inputs',
  why: 'An event that always fails would block the queue or be lost: after a few tries it goes to a dead-letter queue that someone watches and can replay.',
  suggest: ({ service }) => {
    const events = service.inputs.filter(isEventInput);
    return events.flatMap((input): RuleSuggestion[] => {
      const name = input.name.trim() || input.id;
      const hint = idHint(input.id, 'dead letter');
      const onlyOne = events.length === 1;
      if (hasFailSafe(service, 'dead-letter-queue', { about: name, onlyOne, id: hint })) return [];
      return [
        {
          subject: input.id,
          title: `Dead-letter "${name}" when it keeps failing`,
          because: `The input "${name}" arrives as an event`,
          changes: [
            {
              kind: 'add-fail-safe',
              serviceId: service.id,
              idHint: hint,
              value: {
                kind: 'dead-letter-queue',
                note: fit(
                  `After 5 failed attempts, "${name}" goes to a dead-letter queue with its error; alert the team, who can replay it`,
                ),
              },
            },
          ],
        },
      ];
    });
  },
};
