import { fit, listWithVerb } from '../wording';
import { hasFailSafe } from '../coverage';
import { endpointLabel, isCreate } from '../endpoint-facts';
import type { SuggestionRule } from '../suggestion';

export const idempotencyKeyForCreates: SuggestionRule = {
  id: 'idempotency-key-for-creates',
  category: 'fail-safe',
  name: 'An idempotency key for creates a client may retry',
  why: 'A client that loses the answer to a create sends it again: with an Idempotency-Key the retry returns the first result instead of a duplicate.',
  suggest: ({ service }) => {
    const creates = service.endpoints.filter(isCreate).map(endpointLabel);
    const hint = 'idempotency-key';
    if (creates.length === 0 || hasFailSafe(service, 'idempotency-key', { id: hint })) return [];
    return [
      {
        subject: 'creates',
        title: 'Accept an Idempotency-Key on creates',
        because: `${listWithVerb(creates, 'creates', 'create')} something new, and a repeat creates it again`,
        changes: [
          {
            kind: 'add-fail-safe',
            serviceId: service.id,
            idHint: hint,
            value: {
              kind: 'idempotency-key',
              note: fit(
                `Clients send an Idempotency-Key header on ${creates.join(', ')}; keep each key with its answer for 24 h and answer a repeat with the first answer`,
              ),
            },
          },
        ],
      },
    ];
  },
};
