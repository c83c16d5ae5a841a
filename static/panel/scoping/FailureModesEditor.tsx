import {
  DRAFT_LIMITS,
  HTTP_STATUS_CATALOG,
  newId,
  statusInfo,
  statusLabel,
  type FailureMode,
} from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { CheckboxInput } from '../fields/CheckboxInput';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

const STATUS_OPTIONS = HTTP_STATUS_CATALOG.map((info) => ({
  value: info.status,
  label: statusLabel(info.status),
}));

/** How a service fails: the condition, the HTTP status it answers with, and what it does. */
export function FailureModesEditor({
  path,
  failureModes,
  onChange,
}: {
  path: string;
  failureModes: FailureMode[];
  onChange: (next: FailureMode[]) => void;
}) {
  return (
    <ListSection
      path={path}
      title="Failure modes"
      noun="failure mode"
      items={failureModes}
      limit={DRAFT_LIMITS.failureModes}
      emptyText="No failure modes yet."
      keyOf={(mode) => mode.id}
      onAdd={() => {
        onChange([
          ...failureModes,
          {
            id: newId('failure', idsOf(failureModes)),
            condition: '',
            status: 400,
            behaviour: '',
            retryable: false,
          },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(failureModes, index));
      }}
      renderItem={(mode, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Failure mode ${String(index + 1)}`;
        const set = (next: FailureMode) => {
          onChange(replaceAt(failureModes, index, next));
        };
        return (
          <>
            <TextInput
              path={`${at}.condition`}
              label={`${label} condition`}
              placeholder="e.g. The card is declined by the provider"
              value={mode.condition}
              maxLength={DRAFT_LIMITS.line}
              onChange={(condition) => {
                set({ ...mode, condition });
              }}
            />
            <SelectInput
              path={`${at}.status`}
              label={`${label} HTTP status`}
              value={mode.status}
              options={STATUS_OPTIONS}
              helper={statusInfo(mode.status)?.guidance}
              onChange={(status) => {
                set({
                  ...mode,
                  status,
                  retryable: statusInfo(status)?.retryable ?? mode.retryable,
                });
              }}
            />
            <TextInput
              path={`${at}.behaviour`}
              label={`${label} behaviour`}
              placeholder="What the service does and answers"
              value={mode.behaviour}
              maxLength={DRAFT_LIMITS.line}
              onChange={(behaviour) => {
                set({ ...mode, behaviour });
              }}
            />
            <CheckboxInput
              path={`${at}.retryable`}
              label={`${label} is retryable by the client`}
              checked={mode.retryable}
              onChange={(retryable) => {
                set({ ...mode, retryable });
              }}
            />
          </>
        );
      }}
    />
  );
}
