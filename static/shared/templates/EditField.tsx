import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';

/** A labelled text field with its problems under it, announced with the field. */
export function EditField({
  id,
  label,
  value,
  onChange,
  problems = [],
  help,
  readOnly = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems?: string[];
  help?: string;
  readOnly?: boolean;
}) {
  const describedBy = [problems.length > 0 ? `${id}-error` : '', help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        value={value}
        isReadOnly={readOnly}
        isInvalid={problems.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {help ? (
        <div id={`${id}-help`}>
          <HelperMessage>{help}</HelperMessage>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div id={`${id}-error`}>
          <ErrorMessage>{problems.join('; ')}</ErrorMessage>
        </div>
      ) : null}
    </Stack>
  );
}
