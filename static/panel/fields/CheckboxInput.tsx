import { Checkbox } from '@atlaskit/checkbox';
import { fieldId } from './field-id';
import { useReadOnly } from './read-only';

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
  const readOnly = useReadOnly();
  return (
    <Checkbox
      id={fieldId(path)}
      isDisabled={readOnly}
      label={label}
      isChecked={checked}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
