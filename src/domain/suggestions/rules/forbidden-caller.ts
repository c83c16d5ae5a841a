import { hasFailureMode } from '../coverage';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const forbiddenCaller: SuggestionRule = {
  id: 'forbidden-caller',
  category: 'failure-mode',
  name: '403 for a caller without permission',
  why: 'Knowing who calls is not the same as allowing it: a known caller without the right permission gets 403.',
  suggest: ({ service }) => {
    const hint = 'no-permission';
    if (service.authenticated !== true || service.endpoints.length === 0) return [];
    if (hasFailureMode(service, [403], { id: hint })) return [];
    return [
      {
        subject: 'caller',
        title: '403 when the caller has no permission',
        because: 'The service is marked as requiring authentication',
        changes: [
          addFailureMode(
            service.id,
            hint,
            403,
            'The caller is authenticated but has no permission for this action',
            'Answer 403 without saying more than needed; answer 404 where the caller may not know the resource exists',
          ),
        ],
      },
    ];
  },
};
