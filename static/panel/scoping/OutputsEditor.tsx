import { DRAFT_LIMITS, newId, type ServiceOutput } from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { TextInput } from '../fields/TextInput';
import { ConsumersInput } from './ConsumersInput';

/** What a service produces and who reads it. */
export function OutputsEditor({
  path,
  outputs,
  onChange,
}: {
  path: string;
  outputs: ServiceOutput[];
  onChange: (next: ServiceOutput[]) => void;
}) {
  return (
    <ListSection
      path={path}
      title="Outputs"
      noun="output"
      items={outputs}
      limit={DRAFT_LIMITS.outputs}
      emptyText="No outputs yet."
      keyOf={(output) => output.id}
      onAdd={() => {
        onChange([...outputs, { id: newId('output', idsOf(outputs)), name: '', consumers: [] }]);
      }}
      onRemove={(index) => {
        onChange(removeAt(outputs, index));
      }}
      renderItem={(output, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Output ${String(index + 1)}`;
        return (
          <>
            <TextInput
              path={`${at}.name`}
              label={`${label} name`}
              value={output.name}
              maxLength={DRAFT_LIMITS.name}
              onChange={(name) => {
                onChange(replaceAt(outputs, index, { ...output, name }));
              }}
            />
            <ConsumersInput
              path={`${at}.consumers`}
              label={`${label} consumers`}
              consumers={output.consumers}
              onChange={(consumers) => {
                onChange(replaceAt(outputs, index, { ...output, consumers }));
              }}
            />
          </>
        );
      }}
    />
  );
}
