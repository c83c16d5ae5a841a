import {
  DRAFT_LIMITS,
  FAIL_SAFE_KINDS,
  FAIL_SAFE_LABELS,
  newId,
  type FailSafe,
} from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

const KIND_OPTIONS = FAIL_SAFE_KINDS.map((kind) => ({
  value: kind,
  label: FAIL_SAFE_LABELS[kind],
}));

/** The safeguards that keep a service's failures contained. */
export function FailSafesEditor({
  path,
  failSafes,
  onChange,
}: {
  path: string;
  failSafes: FailSafe[];
  onChange: (next: FailSafe[]) => void;
}) {
  return (
    <ListSection
      path={path}
      title="Fail-safes"
      noun="fail-safe"
      items={failSafes}
      limit={DRAFT_LIMITS.failSafes}
      emptyText="No fail-safes yet."
      keyOf={(safe) => safe.id}
      onAdd={() => {
        onChange([
          ...failSafes,
          { id: newId('fail-safe', idsOf(failSafes)), kind: 'timeout', note: '' },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(failSafes, index));
      }}
      renderItem={(safe, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Fail-safe ${String(index + 1)}`;
        return (
          <>
            <SelectInput
              path={`${at}.kind`}
              label={`${label} kind`}
              value={safe.kind}
              options={KIND_OPTIONS}
              onChange={(kind) => {
                onChange(replaceAt(failSafes, index, { ...safe, kind }));
              }}
            />
            <TextInput
              path={`${at}.note`}
              label={`${label} note`}
              placeholder="e.g. Upstream calls time out after 2 s"
              value={safe.note}
              maxLength={DRAFT_LIMITS.line}
              onChange={(note) => {
                onChange(replaceAt(failSafes, index, { ...safe, note }));
              }}
            />
          </>
        );
      }}
    />
  );
}
