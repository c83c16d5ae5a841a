import Textfield from '@atlaskit/textfield';
import { FieldShell } from './FieldShell';

export interface TextInputProps {
  path: string;
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  helper?: string;
  placeholder?: string;
}

/** A one-line text field of the draft, with its schema limit as the input's maximum length. */
export function TextInput({
  path,
  label,
  value,
  maxLength,
  onChange,
  helper,
  placeholder,
}: TextInputProps) {
  return (
    <FieldShell path={path} label={label} helper={helper}>
      {({ id, describedBy, invalid }) => (
        <Textfield
          id={id}
          value={value}
          maxLength={maxLength}
          isInvalid={invalid}
          aria-describedby={describedBy}
          placeholder={placeholder}
          onChange={(event) => {
            onChange(event.currentTarget.value);
          }}
        />
      )}
    </FieldShell>
  );
}
