import { listWithVerb } from '../wording';
import { hasFailureMode } from '../coverage';
import { endpointLabel, takesBody } from '../endpoint-facts';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const invalidRequestBody: SuggestionRule = {
  id: 'invalid-request-body',
  category: 'failure-mode',
  name: '422 for a body that breaks a rule',
  why: 'A well-formed body can still be invalid (a negative quantity, an unknown currency): 422 tells the client which field to fix.',
  suggest: ({ service }) => {
    const withBody = service.endpoints.filter(takesBody).map(endpointLabel);
    const hint = 'invalid-body';
    if (withBody.length === 0 || hasFailureMode(service, [422], { id: hint })) return [];
    return [
      {
        subject: 'body',
        title: '422 when the request body is well-formed but invalid',
        because: `${listWithVerb(withBody, 'takes', 'take')} a request body`,
        changes: [
          addFailureMode(
            service.id,
            hint,
            422,
            'The request body is well-formed but invalid: a field breaks a rule',
            'Answer 422 with a problem+json body listing each field and the rule it breaks',
          ),
        ],
      },
    ];
  },
};
