import { isVagueStatement } from '../../text/measurable';
import { isBlank, serviceLabel, servicePath, type ReadinessRule } from '../readiness-rule';

/** A blank criterion is `blank-success-criterion`'s, which always blocks. */
export const vagueSuccessCriterion: ReadinessRule = {
  id: 'vague-success-criterion',
  title: 'Success criteria are testable statements',
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) =>
      service.successCriteria.flatMap((criterion, c) =>
        !isBlank(criterion.statement) && isVagueStatement(criterion.statement)
          ? [
              {
                message: `"${criterion.statement.trim()}" (${serviceLabel(service, s)}) is vague: add a number or bound someone can check`,
                path: `${servicePath(s)}.successCriteria[${c}].statement`,
              },
            ]
          : [],
      ),
    ),
};

export const criterionTiedToUnknownTarget: ReadinessRule = {
  id: 'criterion-tied-to-unknown-target',
  title: 'Success criteria are tied only to endpoints and failure modes of their service',
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) => {
      const endpoints = new Set(service.endpoints.map((endpoint) => endpoint.id));
      const failures = new Set(service.failureModes.map((mode) => mode.id));
      return service.successCriteria.flatMap((criterion, c) => {
        const target = criterion.tiedTo;
        if (!target) return [];
        const known = target.kind === 'endpoint' ? endpoints : failures;
        return known.has(target.id)
          ? []
          : [
              {
                message: `A success criterion of ${serviceLabel(service, s)} is tied to ${target.kind} "${target.id}", which the service does not have`,
                path: `${servicePath(s)}.successCriteria[${c}].tiedTo`,
              },
            ];
      });
    }),
};
