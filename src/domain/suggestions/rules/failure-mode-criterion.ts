import { fit, idHint, lowerFirst } from '../wording';
import { statusLabel } from '../../http/http-status-catalog';
import type { FailureMode } from '../../draft/scoping-schema';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

/** An imported condition reads "GET /pets/{petId}: Not Found"; keep its endpoint up front. */
const OPERATION_PREFIX = /^([A-Z]+ \/\S*):\s*(.+)$/;

/** "When the order named in the path ({id}) is not found, the answer is 404 Not Found". */
export function failureCriterionStatement(mode: FailureMode): string {
  const condition = mode.condition.trim().replace(/[.\s]+$/, '');
  const answer = statusLabel(mode.status);
  const imported = OPERATION_PREFIX.exec(condition);
  if (imported?.[1] !== undefined && imported[2] !== undefined) {
    return `${imported[1]} answers ${answer} when: ${lowerFirst(imported[2])}`;
  }
  if (condition === '') return `The failure answers ${answer}`;
  return `When ${lowerFirst(condition)}, the answer is ${answer}`;
}

export const failureModeCriterion: SuggestionRule = {
  id: 'failure-mode-criterion',
  category: 'success-criterion',
  name: 'A success criterion for each failure mode',
  why: 'A failure mode nothing checks is a gap: a test that provokes it and expects its status keeps the promise honest.',
  suggest: ({ service }) => {
    const checked = new Set(
      service.successCriteria.flatMap((c) =>
        c.tiedTo?.kind === 'failure-mode' ? [c.tiedTo.id] : [],
      ),
    );
    return service.failureModes.flatMap((mode): RuleSuggestion[] => {
      if (checked.has(mode.id)) return [];
      const statement = failureCriterionStatement(mode);
      return [
        {
          subject: mode.id,
          title: fit(statement, 160),
          because: `No success criterion is tied to the failure mode "${fit(mode.condition.trim() || mode.id, 120)}"`,
          changes: [
            {
              kind: 'add-success-criterion',
              serviceId: service.id,
              idHint: idHint(mode.id, 'checked'),
              value: { statement: fit(statement), tiedTo: { kind: 'failure-mode', id: mode.id } },
            },
          ],
        },
      ];
    });
  },
};
