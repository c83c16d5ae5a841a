import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { DRAFT_LIMITS } from '../../../src/domain';

/** Names a new service; its id is derived from this first name and stays when it is renamed. */
export function AddServiceForm({
  disabled,
  onAdd,
}: {
  disabled: boolean;
  onAdd: (name: string) => void;
}) {
  const [name, setName] = useState('');
  const add = () => {
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <Stack space="space.050">
        <Label htmlFor="new-service-name">New service name</Label>
        <Inline space="space.100" alignBlock="center">
          <Box>
            <Textfield
              id="new-service-name"
              value={name}
              maxLength={DRAFT_LIMITS.name}
              isDisabled={disabled}
              placeholder="e.g. Orders API"
              onChange={(event) => {
                setName(event.currentTarget.value);
              }}
            />
          </Box>
          <Button type="submit" isDisabled={disabled || name.trim() === ''}>
            Add service
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
