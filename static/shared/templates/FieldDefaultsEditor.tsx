import { Label } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { FieldDefaults } from '../../../src/domain';
import { EditField } from './EditField';

type AssigneeKind = 'none' | 'unassigned' | 'reporter' | 'runner' | 'user';
const ASSIGNEES: { value: AssigneeKind; label: string }[] = [
  { value: 'none', label: 'The project’s default' },
  { value: 'unassigned', label: 'Unassigned' },
  { value: 'reporter', label: 'The reporter of the issue' },
  { value: 'runner', label: 'The person who runs the breakdown' },
  { value: 'user', label: 'A chosen person (account id)' },
];

/** Priority, assignee, components and one number field (e.g. Story points) for an item. */
export function FieldDefaultsEditor({
  id,
  fields,
  onChange,
  problems,
  readOnly,
}: {
  id: string;
  fields: FieldDefaults;
  onChange: (fields: FieldDefaults) => void;
  problems: (path: string) => string[];
  readOnly: boolean;
}) {
  const assignee = fields.assignee?.kind ?? 'none';
  const number = fields.custom.find((c) => c.value.kind === 'number');
  const others = fields.custom.filter((c) => c !== number);
  const setNumber = (fieldId: string, value: string) => {
    const parsed = Number(value);
    const custom =
      fieldId.trim() === ''
        ? others
        : [
            ...others,
            {
              fieldId: fieldId.trim(),
              name: number?.name ?? '',
              value: { kind: 'number' as const, number: Number.isFinite(parsed) ? parsed : 0 },
            },
          ];
    onChange({ ...fields, custom });
  };
  return (
    <Stack space="space.100">
      <Inline space="space.200" shouldWrap>
        <Stack space="space.050">
          <Label htmlFor={`${id}-assignee`}>Assignee</Label>
          <Select
            inputId={`${id}-assignee`}
            isDisabled={readOnly}
            options={ASSIGNEES}
            value={ASSIGNEES.find((o) => o.value === assignee) ?? null}
            onChange={(option) => {
              const kind = option?.value ?? 'none';
              const { assignee: _drop, ...rest } = fields;
              onChange(
                kind === 'none'
                  ? rest
                  : kind === 'user'
                    ? { ...rest, assignee: { kind, accountId: 'choose-an-account-id' } }
                    : { ...rest, assignee: { kind } },
              );
            }}
          />
        </Stack>
        {fields.assignee?.kind === 'user' ? (
          <EditField
            id={`${id}-assignee-user`}
            label="Account id"
            value={fields.assignee.accountId}
            readOnly={readOnly}
            onChange={(accountId) => onChange({ ...fields, assignee: { kind: 'user', accountId } })}
          />
        ) : null}
        <EditField
          id={`${id}-priority`}
          label="Priority id"
          value={fields.priority?.id ?? ''}
          readOnly={readOnly}
          problems={problems('fields.priority')}
          onChange={(value) => {
            const { priority: _drop, ...rest } = fields;
            onChange(value.trim() ? { ...rest, priority: { id: value.trim() } } : rest);
          }}
        />
      </Inline>
      <Inline space="space.200" shouldWrap>
        <EditField
          id={`${id}-number-field`}
          label="Number field id (e.g. Story points)"
          value={number?.fieldId ?? ''}
          readOnly={readOnly}
          help="customfield_… as the project's create screen names it"
          problems={problems('fields.custom')}
          onChange={(fieldId) =>
            setNumber(fieldId, String(number?.value.kind === 'number' ? number.value.number : 0))
          }
        />
        <EditField
          id={`${id}-number-value`}
          label="Value"
          value={number?.value.kind === 'number' ? String(number.value.number) : ''}
          readOnly={readOnly || !number}
          onChange={(value) => setNumber(number?.fieldId ?? '', value)}
        />
      </Inline>
    </Stack>
  );
}
