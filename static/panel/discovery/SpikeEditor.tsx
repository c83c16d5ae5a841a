import Textfield from '@atlaskit/textfield';
import { DRAFT_LIMITS, type SpikeDecision, type SpikeKind } from '../../../src/domain';
import { FieldShell } from '../fields/FieldShell';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

const KIND_OPTIONS: { value: SpikeKind; label: string }[] = [
  { value: 'none', label: 'No spike: build straight away' },
  { value: 'prototype', label: 'Prototype first' },
  { value: 'openapi-sketch', label: 'Sketch the API (OpenAPI) first' },
];

const path = 'discovery.spike';

/** Whether the team explores before building, and the timebox of that spike. */
export function SpikeEditor({
  spike,
  onChange,
}: {
  spike: SpikeDecision;
  onChange: (next: SpikeDecision) => void;
}) {
  return (
    <>
      <SelectInput
        path={`${path}.kind`}
        label="Spike decision"
        value={spike.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => {
          if (kind === spike.kind) return;
          if (kind === 'none') onChange({ kind });
          else {
            const timeboxDays = spike.kind === 'none' ? 2 : spike.timeboxDays;
            const goal = spike.kind === 'none' ? '' : spike.goal;
            onChange({ kind, timeboxDays, goal });
          }
        }}
      />
      {spike.kind === 'none' ? null : (
        <>
          <FieldShell
            path={`${path}.timeboxDays`}
            label="Spike timebox (days)"
            helper={`Whole or half days (e.g. 1.5), at most ${String(DRAFT_LIMITS.spikeTimeboxDays)} days.`}
          >
            {({ id, describedBy, invalid }) => (
              <Textfield
                id={id}
                type="number"
                min={0.5}
                max={DRAFT_LIMITS.spikeTimeboxDays}
                step={0.5}
                isInvalid={invalid}
                aria-describedby={describedBy}
                value={Number.isFinite(spike.timeboxDays) ? String(spike.timeboxDays) : ''}
                onChange={(event) => {
                  onChange({ ...spike, timeboxDays: Number(event.currentTarget.value) });
                }}
              />
            )}
          </FieldShell>
          <TextInput
            path={`${path}.goal`}
            label="Spike goal"
            value={spike.goal}
            maxLength={DRAFT_LIMITS.line}
            onChange={(goal) => {
              onChange({ ...spike, goal });
            }}
          />
        </>
      )}
    </>
  );
}
