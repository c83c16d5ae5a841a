import { Box } from '@atlaskit/primitives';
import type AtlaskitSelect from '@atlaskit/select';
import { lazy, Suspense } from 'react';
import { FieldShell } from './FieldShell';
import { useReadOnly } from './read-only';

// Jira's select (react-select underneath) is the panel's largest component: it loads when the
// first select is shown, not with the panel.
// (`lazy` drops the select's generic props; the cast gives them back.)
const Select = lazy(() => import('@atlaskit/select')) as unknown as typeof AtlaskitSelect;

export interface SelectOption<V extends string | number> {
  value: V;
  label: string;
}

export interface SelectInputProps<V extends string | number> {
  path: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  helper?: string | undefined;
}

/** A single choice among fixed options, with Jira's select. */
export function SelectInput<V extends string | number>(props: SelectInputProps<V>) {
  const { path, label, value, options, onChange, helper } = props;
  const selected = options.find((option) => option.value === value) ?? null;
  const readOnly = useReadOnly();
  return (
    <FieldShell path={path} label={label} helper={helper}>
      {({ id, describedBy, invalid }) => (
        // Until the select arrives its value shows as text, not as a control that would do nothing.
        <Suspense fallback={<Box aria-busy="true">{selected?.label ?? ''}</Box>}>
          <Select<SelectOption<V>>
            inputId={id}
            descriptionId={describedBy}
            isInvalid={invalid}
            isDisabled={readOnly}
            options={options}
            value={selected}
            menuPlacement="auto"
            onChange={(option) => {
              if (option) onChange(option.value);
            }}
          />
        </Suspense>
      )}
    </FieldShell>
  );
}
