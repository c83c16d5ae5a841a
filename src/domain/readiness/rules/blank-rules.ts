import { FILL_IN } from '../../suggestions/wording';
import { serviceLabel, servicePath, type ReadinessRule } from '../readiness-rule';

/** Accepted suggestions leave blanks ("within ___ ms") for numbers only the team can choose. */
export const blankLeftToFill: ReadinessRule = {
  id: 'blank-left-to-fill',
  title: 'Blanks left by suggestions are filled in',
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) => [
      ...service.successCriteria.flatMap((criterion, c) =>
        criterion.statement.includes(FILL_IN)
          ? [
              {
                message: `The success criterion "${criterion.statement.trim()}" of ${serviceLabel(service, s)} has a blank to fill in`,
                path: `${servicePath(s)}.successCriteria[${String(c)}].statement`,
              },
            ]
          : [],
      ),
      ...service.failSafes.flatMap((safe, f) =>
        safe.note.includes(FILL_IN)
          ? [
              {
                message: `The fail-safe "${safe.note.trim()}" of ${serviceLabel(service, s)} has a blank to fill in`,
                path: `${servicePath(s)}.failSafes[${String(f)}].note`,
              },
            ]
          : [],
      ),
    ]),
};
