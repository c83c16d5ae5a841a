import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import { fieldId } from './field-id';
import { useFieldProblems } from './field-problems';
import { useReadOnly } from './read-only';

// A fieldset only to disable the native control inside it, drawn as nothing.
const bareFieldset = { border: 0, margin: 0, padding: 0, minWidth: 0 };

export interface FieldShellProps {
  path: string;
  label: string;
  helper?: string | undefined;
  /** Renders the control with the ids and the invalid flag it must carry. */
  children: (control: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** A label, the control, helper text and the field's validation messages, wired for screen readers. */
export function FieldShell({ path, label, helper, children }: FieldShellProps) {
  const id = fieldId(path);
  const problems = useFieldProblems(path);
  const invalid = problems.length > 0;
  const readOnly = useReadOnly();
  const described = [helper ? `${id}-helper` : '', invalid ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      {readOnly ? (
        <fieldset disabled style={bareFieldset}>
          {children({ id, describedBy: described === '' ? undefined : described, invalid })}
        </fieldset>
      ) : (
        children({ id, describedBy: described === '' ? undefined : described, invalid })
      )}
      {helper ? (
        <div id={`${id}-helper`}>
          <HelperMessage>{helper}</HelperMessage>
        </div>
      ) : null}
      {invalid ? (
        <div id={`${id}-error`}>
          <ErrorMessage>{problems.join(' ')}</ErrorMessage>
        </div>
      ) : null}
    </Stack>
  );
}
