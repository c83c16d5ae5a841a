import { hasFailureMode } from '../coverage';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const unauthenticatedCaller: SuggestionRule = {
  id: 'unauthenticated-caller',
  category: 'failure-mode',
  name: '401 for a caller without valid credentials',
  why: 'An authenticated service meets missing and expired tokens every day: they answer 401 with WWW-Authenticate, before any other check.',
  suggest: ({ service }) => {
    const hint = 'not-authenticated';
    if (service.authenticated !== true || service.endpoints.length === 0) return [];
    if (hasFailureMode(service, [401], { id: hint })) return [];
    return [
      {
        subject: 'caller',
        title: '401 when the caller is not authenticated',
        because: 'The service is marked as requiring authentication',
        changes: [
          addFailureMode(
            service.id,
            hint,
            401,
            'The caller is not authenticated: the token is missing, invalid or expired',
            'Answer 401 with a WWW-Authenticate header and nothing about the resource',
          ),
        ],
      },
    ];
  },
};
