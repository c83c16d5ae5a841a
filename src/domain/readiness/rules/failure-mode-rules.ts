import { isErrorStatus, statusInfo, statusLabel } from '../../http/http-status-catalog';
import { statusesImpliedBy } from '../../http/status-condition-hints';
import { serviceLabel, servicePath, type ReadinessRule, type RuleHit } from '../readiness-rule';
import type { Draft } from '../../draft/draft-schema';
import type { FailureMode, Service } from '../../draft/scoping-schema';

function eachFailureMode(
  draft: Draft,
  hit: (mode: FailureMode, service: Service, s: number) => string | null,
): RuleHit[] {
  return draft.scoping.services.flatMap((service, s) =>
    service.failureModes.flatMap((mode, f) => {
      const message = hit(mode, service, s);
      return message === null
        ? []
        : [{ message, path: `${servicePath(s)}.failureModes[${f}].status` }];
    }),
  );
}

/**
 * The draft schema already rejects these; the rule guards drafts checked before they are saved
 * (the UI checks readiness as the team types) and drafts built in code.
 */
export const failureStatusNotError: ReadinessRule = {
  id: 'failure-status-not-error',
  title: 'Failure modes answer with a 4xx or 5xx status',
  check: (draft) =>
    eachFailureMode(draft, (mode, service, s) =>
      isErrorStatus(mode.status)
        ? null
        : `The failure "${mode.condition.trim()}" of ${serviceLabel(service, s)} answers ${mode.status}, which is not an error status`,
    ),
};

export const failureStatusContradictsCondition: ReadinessRule = {
  id: 'failure-status-contradicts-condition',
  title: 'A failure mode’s status fits its condition',
  check: (draft) =>
    eachFailureMode(draft, (mode, service, s) => {
      const implied = statusesImpliedBy(mode.condition);
      if (implied === null || implied.has(mode.status) || !isErrorStatus(mode.status)) return null;
      const expected = [...implied].sort((a, b) => a - b).map(statusLabel);
      return `The failure "${mode.condition.trim()}" of ${serviceLabel(service, s)} answers ${statusLabel(mode.status)}; its wording suggests ${expected.join(' or ')}`;
    }),
};

export const failureStatusNotInCatalog: ReadinessRule = {
  id: 'failure-status-not-in-catalog',
  title: 'Failure modes use statuses from the HTTP status catalog',
  check: (draft) =>
    eachFailureMode(draft, (mode, service, s) =>
      !isErrorStatus(mode.status) || statusInfo(mode.status)
        ? null
        : `The failure "${mode.condition.trim()}" of ${serviceLabel(service, s)} answers ${mode.status}, a status clients rarely expect: prefer one from the catalog`,
    ),
};
