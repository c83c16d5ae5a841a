import { ErrorMessage, Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import { AsyncSelect } from '@atlaskit/select';
import { useEffect, useState } from 'react';
import { personName, searchPeople, type Person } from './people';

interface Option {
  value: string;
  label: string;
}

/**
 * Chooses a person by name, as Jira's user pickers do: type part of a name or email, pick from
 * what Jira's user search finds. A saved choice shows the person's name, never their account id.
 */
export function UserPicker({
  id,
  label,
  accountId,
  readOnly,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  /** The chosen person; empty before a choice. */
  accountId: string;
  readOnly: boolean;
  problems: string[];
  onChange: (person: Person) => void;
}) {
  const [name, setName] = useState<string | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);
  useEffect(() => {
    if (accountId === '') return;
    let live = true;
    void personName(accountId).then(
      (found) => live && setName(found),
      () => live && setName(null),
    );
    return () => {
      live = false;
    };
  }, [accountId]);
  const value: Option | null =
    accountId === '' ? null : { value: accountId, label: name ?? 'A person you cannot see' };
  const errorId = `${id}-error`;
  const messages = [
    ...problems,
    ...(searchFailed ? ['Jira’s user search did not answer; try typing again.'] : []),
    ...(accountId === '' && !readOnly ? ['Choose a person'] : []),
  ];
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <AsyncSelect<Option>
        inputId={id}
        menuPlacement="auto"
        isDisabled={readOnly}
        placeholder="Type a name or email"
        noOptionsMessage={({ inputValue }) =>
          inputValue.trim() === '' ? 'Type to search people' : 'No one you can see matches'
        }
        cacheOptions
        defaultOptions={false}
        loadOptions={async (query) => {
          try {
            const people = await searchPeople(query);
            setSearchFailed(false);
            return people.map((p) => ({ value: p.accountId, label: p.displayName }));
          } catch {
            setSearchFailed(true);
            return [];
          }
        }}
        value={value}
        descriptionId={messages.length > 0 ? errorId : undefined}
        onChange={(option) => {
          if (!option) return;
          setName(option.label);
          onChange({ accountId: option.value, displayName: option.label });
        }}
      />
      {messages.length > 0 ? (
        <div id={errorId}>
          <ErrorMessage>{messages.join('; ')}</ErrorMessage>
        </div>
      ) : null}
    </Stack>
  );
}
