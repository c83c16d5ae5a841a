import { Checkbox } from '@atlaskit/checkbox';
import { fieldId } from './field-id';

/** A yes/no field of the draft. */
export function CheckboxInput({
  path,
  label,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Checkbox
      id={fieldId(path)}
      label={label}
      isChecked={checked}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
