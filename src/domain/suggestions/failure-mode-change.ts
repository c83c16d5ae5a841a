import { statusInfo } from '../http/http-status-catalog';
import type { SuggestionChange } from './suggestion';
import { fit } from './wording';

/** Adds a failure mode; whether a client may retry comes from the HTTP status catalog. */
export function addFailureMode(
  serviceId: string,
  hint: string,
  status: number,
  condition: string,
  behaviour: string,
): SuggestionChange {
  return {
    kind: 'add-failure-mode',
    serviceId,
    idHint: hint,
    value: {
      condition: fit(condition),
      status,
      behaviour: fit(behaviour),
      retryable: statusInfo(status)?.retryable ?? status >= 500,
    },
  };
}
