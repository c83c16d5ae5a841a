import TextArea from '@atlaskit/textarea';
import { FieldShell } from './FieldShell';

export interface TextAreaInputProps {
  path: string;
  label: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  helper?: string;
  placeholder?: string;
}

/** A multi-line text field of the draft. */
export function TextAreaInput(props: TextAreaInputProps) {
  const { path, label, value, maxLength, onChange, helper, placeholder } = props;
  return (
    <FieldShell path={path} label={label} helper={helper}>
      {({ id, describedBy, invalid }) => (
        <TextArea
          id={id}
          value={value}
          maxLength={maxLength}
          minimumRows={2}
          resize="vertical"
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
