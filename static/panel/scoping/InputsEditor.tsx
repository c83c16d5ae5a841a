import {
  DRAFT_LIMITS,
  newId,
  type InputSource,
  type Service,
  type ServiceInput,
} from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

type SourceKind = InputSource['kind'];
const SOURCE_OPTIONS: { value: SourceKind; label: string }[] = [
  { value: 'client', label: 'The client (caller)' },
  { value: 'service', label: 'Another service of this breakdown' },
  { value: 'external', label: 'An external system' },
];

function sourceOf(kind: SourceKind, others: readonly Service[]): InputSource {
  if (kind === 'client') return { kind };
  if (kind === 'external') return { kind, system: '' };
  return { kind, serviceId: others[0]?.id ?? '' };
}

/** What a service reads, and where each input comes from: a service source makes a dependency. */
export function InputsEditor({
  path,
  inputs,
  otherServices,
  onChange,
}: {
  path: string;
  inputs: ServiceInput[];
  otherServices: readonly Service[];
  onChange: (next: ServiceInput[]) => void;
}) {
  return (
    <ListSection
      path={path}
      title="Inputs"
      noun="input"
      items={inputs}
      limit={DRAFT_LIMITS.inputs}
      emptyText="No inputs yet."
      keyOf={(input) => input.id}
      onAdd={() => {
        onChange([
          ...inputs,
          { id: newId('input', idsOf(inputs)), name: '', source: { kind: 'client' }, format: '' },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(inputs, index));
      }}
      renderItem={(input, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Input ${String(index + 1)}`;
        const set = (next: ServiceInput) => {
          onChange(replaceAt(inputs, index, next));
        };
        const source = input.source;
        const feeding = otherServices.find(
          (service) => source.kind === 'service' && service.id === source.serviceId,
        );
        return (
          <>
            <TextInput
              path={`${at}.name`}
              label={`${label} name`}
              value={input.name}
              maxLength={DRAFT_LIMITS.name}
              onChange={(name) => {
                set({ ...input, name });
              }}
            />
            <SelectInput
              path={`${at}.source.kind`}
              label={`${label} source`}
              value={source.kind}
              options={SOURCE_OPTIONS.filter(
                (option) => option.value !== 'service' || otherServices.length > 0,
              )}
              onChange={(kind) => {
                if (kind !== source.kind) set({ ...input, source: sourceOf(kind, otherServices) });
              }}
            />
            {source.kind === 'service' ? (
              <>
                <SelectInput
                  path={`${at}.source.serviceId`}
                  label={`${label} comes from service`}
                  value={source.serviceId}
                  options={otherServices.map((s) => ({ value: s.id, label: s.name || s.id }))}
                  onChange={(serviceId) => {
                    set({ ...input, source: { kind: 'service', serviceId } });
                  }}
                />
                {feeding && feeding.outputs.length > 0 ? (
                  <SelectInput
                    path={`${at}.source.outputId`}
                    label={`${label} is that service's output`}
                    value={source.outputId ?? ''}
                    options={[
                      { value: '', label: 'Not decided' },
                      ...feeding.outputs.map((o) => ({ value: o.id, label: o.name || o.id })),
                    ]}
                    onChange={(outputId) => {
                      const { serviceId } = source;
                      set({
                        ...input,
                        source:
                          outputId === ''
                            ? { kind: 'service', serviceId }
                            : { kind: 'service', serviceId, outputId },
                      });
                    }}
                  />
                ) : null}
              </>
            ) : null}
            {source.kind === 'external' ? (
              <TextInput
                path={`${at}.source.system`}
                label={`${label} external system`}
                value={source.system}
                maxLength={DRAFT_LIMITS.name}
                onChange={(system) => {
                  set({ ...input, source: { kind: 'external', system } });
                }}
              />
            ) : null}
            <TextInput
              path={`${at}.format`}
              label={`${label} format`}
              placeholder="e.g. JSON body, CSV upload, OrderPlaced event (Avro)"
              value={input.format}
              maxLength={DRAFT_LIMITS.line}
              onChange={(format) => {
                set({ ...input, format });
              }}
            />
          </>
        );
      }}
    />
  );
}
