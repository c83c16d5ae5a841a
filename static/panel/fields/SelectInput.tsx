import Select from '@atlaskit/select';
import { FieldShell } from './FieldShell';

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
  return (
    <FieldShell path={path} label={label} helper={helper}>
      {({ id, describedBy, invalid }) => (
        <Select<SelectOption<V>>
          inputId={id}
          descriptionId={describedBy}
          isInvalid={invalid}
          options={options}
          value={options.find((option) => option.value === value) ?? null}
          menuPlacement="auto"
          onChange={(option) => {
            if (option) onChange(option.value);
          }}
        />
      )}
    </FieldShell>
  );
}
