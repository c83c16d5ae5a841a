import { listWithVerb } from '../wording';
import { hasFailureMode } from '../coverage';
import { endpointLabel, takesBody } from '../endpoint-facts';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const malformedRequestBody: SuggestionRule = {
  id: 'malformed-request-body',
  category: 'failure-mode',
  name: '400 for a body that cannot be read',
  why: 'A body that does not parse, or has the wrong types, is the client’s mistake: say so with 400, never 500.',
  suggest: ({ service }) => {
    const withBody = service.endpoints.filter(takesBody).map(endpointLabel);
    const hint = 'malformed-body';
    if (withBody.length === 0 || hasFailureMode(service, [400], { id: hint })) return [];
    return [
      {
        subject: 'body',
        title: '400 when the request body is malformed',
        because: `${listWithVerb(withBody, 'takes', 'take')} a request body`,
        changes: [
          addFailureMode(
            service.id,
            hint,
            400,
            'The request body is malformed: it does not parse or has the wrong types',
            'Answer 400 with a problem+json body saying what could not be read',
          ),
        ],
      },
    ];
  },
};
