import { FAIL_SAFE_LABELS, statusLabel, type SuggestionChange } from '../../../src/domain';

/** One line per entry a suggestion adds, as the person will find it in the form. */
export function describeChange(change: SuggestionChange): string {
  switch (change.kind) {
    case 'add-failure-mode':
      return `Failure mode ${statusLabel(change.value.status)}: ${change.value.condition}. ${change.value.behaviour}.`;
    case 'add-fail-safe':
      return `${FAIL_SAFE_LABELS[change.value.kind]}: ${change.value.note}`;
    case 'add-success-criterion':
      return `Success criterion: ${change.value.statement}`;
    case 'add-input':
      return `Input: ${change.value.name} (${change.value.format})`;
    case 'add-output':
    case 'add-source-output':
      return `Output of ${change.serviceId}: ${change.value.name}, read by ${change.value.consumers.join(', ')}`;
    case 'set-output-consumers':
      return `Consumers: ${change.consumers.join(', ')}`;
    case 'add-open-question':
      return `Open question (Discovery): ${change.question}`;
  }
}
