import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { CustomFieldDefault, FieldDefaults } from '../../../src/domain';
import { EditField } from './EditField';
import type { ScreenField } from './template-edit';

type AssigneeKind = 'none' | 'unassigned' | 'reporter' | 'runner' | 'user';
const ASSIGNEES: { value: AssigneeKind; label: string }[] = [
  { value: 'none', label: 'The project’s default' },
  { value: 'unassigned', label: 'Unassigned' },
  { value: 'reporter', label: 'The reporter of the issue' },
  { value: 'runner', label: 'The person who runs the breakdown' },
  { value: 'user', label: 'A chosen person (account id)' },
];

interface Option {
  value: string;
  label: string;
}

/** The number and select fields of a create screen (system fields have their own controls). */
const customFieldsOf = (screen: readonly ScreenField[]) =>
  screen.filter(
    (f) => f.fieldId.startsWith('customfield_') && (f.type === 'number' || f.type === 'option'),
  );

function Problems({ messages }: { messages: string[] }) {
  return (
    <>
      {messages.map((message) => (
        <Text key={message} color="color.text.danger">
          {message}
        </Text>
      ))}
    </>
  );
}

/**
 * Priority, assignee, components and number or select fields (e.g. Story points) for an item.
 * With the project's create `screen`, values are chosen from what the screen offers.
 */
export function FieldDefaultsEditor({
  id,
  fields,
  onChange,
  problems,
  readOnly,
  screen,
}: {
  id: string;
  fields: FieldDefaults;
  onChange: (fields: FieldDefaults) => void;
  problems: (path: string) => string[];
  readOnly: boolean;
  screen?: readonly ScreenField[] | undefined;
}) {
  const assignee = fields.assignee?.kind ?? 'none';
  const field = (fieldId: string) => screen?.find((f) => f.fieldId === fieldId);
  const priorityField = field('priority');
  const componentsField = field('components');
  const offered = screen ? customFieldsOf(screen) : [];
  const custom = fields.custom[0];
  const setCustom = (next: CustomFieldDefault | null) =>
    onChange({
      ...fields,
      custom: next ? [next, ...fields.custom.slice(1)] : fields.custom.slice(1),
    });

  const priorityOptions: Option[] = (priorityField?.allowed ?? []).map((a) => ({
    value: a.id,
    label: a.label,
  }));
  const componentOptions: Option[] = (componentsField?.allowed ?? []).map((a) => ({
    value: a.id,
    label: a.label,
  }));
  const customOptions: Option[] = offered.map((f) => ({ value: f.fieldId, label: f.name }));
  const chosenCustom = offered.find((f) => f.fieldId === custom?.fieldId);

  return (
    <Stack space="space.100">
      <Inline space="space.200" shouldWrap>
        <Stack space="space.050">
          <Label htmlFor={`${id}-assignee`}>Assignee</Label>
          <Select<Option>
            menuPlacement="auto"
            inputId={`${id}-assignee`}
            isDisabled={readOnly}
            options={ASSIGNEES}
            value={ASSIGNEES.find((o) => o.value === assignee) ?? null}
            onChange={(option) => {
              const kind = (option?.value ?? 'none') as AssigneeKind;
              const { assignee: _drop, ...rest } = fields;
              onChange(
                kind === 'none'
                  ? rest
                  : kind === 'user'
                    ? { ...rest, assignee: { kind, accountId: '' } }
                    : { ...rest, assignee: { kind } },
              );
            }}
          />
          <Problems messages={problems('fields.assignee')} />
        </Stack>
        {fields.assignee?.kind === 'user' ? (
          <EditField
            id={`${id}-assignee-user`}
            label="Account id"
            value={fields.assignee.accountId}
            readOnly={readOnly}
            problems={problems('fields.assignee.accountId')}
            onChange={(accountId) => onChange({ ...fields, assignee: { kind: 'user', accountId } })}
          />
        ) : null}
        {screen ? (
          <Stack space="space.050">
            <Label htmlFor={`${id}-priority`}>Priority</Label>
            <Select<Option>
              menuPlacement="auto"
              inputId={`${id}-priority`}
              isDisabled={readOnly || (!priorityField && !fields.priority)}
              isClearable
              placeholder={priorityField ? 'The project’s default' : 'Not on this create screen'}
              options={priorityOptions}
              value={priorityOptions.find((o) => o.value === fields.priority?.id) ?? null}
              onChange={(option) => {
                const { priority: _drop, ...rest } = fields;
                onChange(option ? { ...rest, priority: { id: option.value } } : rest);
              }}
            />
            <Problems messages={problems('fields.priority')} />
          </Stack>
        ) : (
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
        )}
        {screen && componentsField ? (
          <Stack space="space.050">
            <Label htmlFor={`${id}-components`}>Components</Label>
            <Select<Option, true>
              menuPlacement="auto"
              inputId={`${id}-components`}
              isMulti
              isDisabled={readOnly}
              placeholder="The template’s components"
              options={componentOptions}
              value={componentOptions.filter((o) =>
                (fields.components ?? []).some((c) => c.id === o.value),
              )}
              onChange={(chosen) => {
                const { components: _drop, ...rest } = fields;
                onChange(
                  chosen.length > 0
                    ? { ...rest, components: chosen.map((o) => ({ id: o.value })) }
                    : rest,
                );
              }}
            />
            <Problems messages={problems('fields.components')} />
          </Stack>
        ) : null}
      </Inline>
      <Inline space="space.200" shouldWrap>
        {screen ? (
          <Stack space="space.050">
            <Label htmlFor={`${id}-custom-field`}>Number or select field</Label>
            <Select<Option>
              menuPlacement="auto"
              inputId={`${id}-custom-field`}
              isDisabled={readOnly || (customOptions.length === 0 && !custom)}
              isClearable
              placeholder={customOptions.length > 0 ? 'None' : 'None on this create screen'}
              options={customOptions}
              value={customOptions.find((o) => o.value === custom?.fieldId) ?? null}
              onChange={(option) => {
                const chosen = offered.find((f) => f.fieldId === option?.value);
                setCustom(
                  chosen
                    ? {
                        fieldId: chosen.fieldId,
                        name: chosen.name,
                        value:
                          chosen.type === 'option'
                            ? { kind: 'option', id: chosen.allowed?.[0]?.id ?? '0' }
                            : { kind: 'number', number: 0 },
                      }
                    : null,
                );
              }}
            />
          </Stack>
        ) : (
          <EditField
            id={`${id}-custom-field`}
            label="Number field id (e.g. Story points)"
            value={custom?.fieldId ?? ''}
            readOnly={readOnly}
            help="customfield_… as each project's create screen names it"
            onChange={(fieldId) =>
              setCustom(
                fieldId.trim()
                  ? {
                      fieldId: fieldId.trim(),
                      name: custom?.name ?? '',
                      value: custom?.value ?? { kind: 'number', number: 0 },
                    }
                  : null,
              )
            }
          />
        )}
        {custom && custom.value.kind === 'option' && chosenCustom ? (
          <Stack space="space.050">
            <Label htmlFor={`${id}-custom-value`}>{custom.name || custom.fieldId}</Label>
            <Select<Option>
              menuPlacement="auto"
              inputId={`${id}-custom-value`}
              isDisabled={readOnly}
              options={(chosenCustom.allowed ?? []).map((a) => ({ value: a.id, label: a.label }))}
              value={
                (chosenCustom.allowed ?? [])
                  .map((a) => ({ value: a.id, label: a.label }))
                  .find((o) => custom.value.kind === 'option' && o.value === custom.value.id) ??
                null
              }
              onChange={(option) => {
                if (option) setCustom({ ...custom, value: { kind: 'option', id: option.value } });
              }}
            />
          </Stack>
        ) : custom ? (
          <EditField
            id={`${id}-custom-value`}
            label={custom.name || 'Value'}
            value={custom.value.kind === 'number' ? String(custom.value.number) : custom.value.id}
            readOnly={readOnly}
            onChange={(text) => {
              const number = Number(text);
              if (text.trim() !== '' && Number.isFinite(number)) {
                setCustom({ ...custom, value: { kind: 'number', number } });
              }
            }}
          />
        ) : null}
      </Inline>
      <Problems messages={problems('fields.custom')} />
    </Stack>
  );
}
