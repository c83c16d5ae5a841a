import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ScreenField } from '../../../src/contract';
import type { CustomFieldDefault, FieldDefaults } from '../../../src/domain';
import { EditField } from './EditField';
import { UserPicker } from './UserPicker';

type AssigneeKind = 'none' | 'unassigned' | 'reporter' | 'runner' | 'user';
const ASSIGNEES: { value: AssigneeKind; label: string }[] = [
  { value: 'none', label: 'The project’s default' },
  { value: 'unassigned', label: 'Unassigned' },
  { value: 'reporter', label: 'The reporter of the issue' },
  { value: 'runner', label: 'The person who runs the breakdown' },
  { value: 'user', label: 'A person you choose' },
];

interface Option {
  value: string;
  label: string;
}

const optionsOf = (field: ScreenField | undefined): Option[] =>
  (field?.allowed ?? []).map((a) => ({ value: a.id, label: a.name }));

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
 * Priority, assignee, components and number or select fields (e.g. Story points) for an item,
 * offered as the project's create `screen` for the item's type has them (from `template/screens`),
 * each value by name. The site library has no project: it offers the assignee, and leaves
 * priorities and custom fields, which differ per project, to each project's copy.
 */
export function FieldDefaultsEditor({
  id,
  fields,
  onChange,
  problems,
  readOnly,
  screen,
  typeName,
  hidden = false,
}: {
  id: string;
  fields: FieldDefaults;
  onChange: (fields: FieldDefaults) => void;
  problems: (path: string) => string[];
  readOnly: boolean;
  /** The create screen's fields a template may default; undefined for the site library. */
  screen?: readonly ScreenField[] | undefined;
  /** The issue type's name, for "Story's create screen has no …". */
  typeName?: string | undefined;
  /** While the project's screens load, nothing is offered (rather than the wrong things). */
  hidden?: boolean;
}) {
  if (hidden) return null;
  const library = screen === undefined;
  const field = (kind: ScreenField['kind']) => screen?.find((f) => f.kind === kind);
  const assigneeField = field('assignee');
  const priorityField = field('priority');
  const componentsField = field('components');
  const offered = (screen ?? []).filter((f) => f.kind === 'number' || f.kind === 'option');
  const assignee = fields.assignee?.kind ?? 'none';
  const custom = fields.custom[0];
  const setCustom = (next: CustomFieldDefault | null) =>
    onChange({
      ...fields,
      custom: next ? [next, ...fields.custom.slice(1)] : fields.custom.slice(1),
    });
  const priorityOptions = optionsOf(priorityField);
  const componentOptions = optionsOf(componentsField);
  const customOptions: Option[] = offered.map((f) => ({ value: f.fieldId, label: f.name }));
  const chosenCustom = offered.find((f) => f.fieldId === custom?.fieldId);
  const absent = [
    ...(library || assigneeField ? [] : ['Assignee']),
    ...(library || priorityField ? [] : ['Priority']),
    ...(library || componentsField ? [] : ['Components']),
  ];
  const screenName = typeName ? `${typeName}’s create screen` : 'The create screen';
  const clear = (key: 'assignee') => {
    const { [key]: _drop, ...rest } = fields;
    onChange(rest);
  };

  return (
    <Stack space="space.100">
      <Inline space="space.200" shouldWrap>
        {library || assigneeField || fields.assignee ? (
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
            <Problems messages={problems('fields.assignee').filter((m) => !/character/.test(m))} />
          </Stack>
        ) : null}
        {fields.assignee?.kind === 'user' ? (
          <UserPicker
            id={`${id}-assignee-user`}
            label="Person"
            accountId={fields.assignee.accountId}
            readOnly={readOnly}
            problems={[]}
            onChange={(person) =>
              onChange({ ...fields, assignee: { kind: 'user', accountId: person.accountId } })
            }
          />
        ) : null}
        {priorityField || (fields.priority && !library) ? (
          <Stack space="space.050">
            <Label htmlFor={`${id}-priority`}>Priority</Label>
            <Select<Option>
              menuPlacement="auto"
              inputId={`${id}-priority`}
              isDisabled={readOnly}
              isClearable
              placeholder="The project’s default"
              options={priorityOptions}
              value={priorityOptions.find((o) => o.value === fields.priority?.id) ?? null}
              onChange={(option) => {
                const { priority: _drop, ...rest } = fields;
                onChange(option ? { ...rest, priority: { id: option.value } } : rest);
              }}
            />
            <Problems messages={problems('fields.priority')} />
          </Stack>
        ) : null}
        {componentsField || (fields.components && !library) ? (
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
      {library ? (
        <Stack space="space.050">
          <Text color="color.text.subtle">
            Priorities, components and custom fields differ per project: a project sets them in its
            copy of this template.
          </Text>
          {!readOnly && (fields.priority || fields.components || fields.custom.length > 0) ? (
            <Inline space="space.100" alignBlock="center">
              <Text>This template sets some of them already; projects check them on use.</Text>
            </Inline>
          ) : null}
        </Stack>
      ) : (
        <Inline space="space.200" shouldWrap>
          <Stack space="space.050">
            <Label htmlFor={`${id}-custom-field`}>Number or select field</Label>
            <Select<Option>
              menuPlacement="auto"
              inputId={`${id}-custom-field`}
              isDisabled={readOnly || (customOptions.length === 0 && !custom)}
              isClearable
              placeholder={customOptions.length > 0 ? 'None' : 'None on this create screen'}
              options={customOptions}
              value={
                customOptions.find((o) => o.value === custom?.fieldId) ??
                (custom
                  ? { value: custom.fieldId, label: custom.name || 'A field not offered' }
                  : null)
              }
              onChange={(option) => {
                const chosen = offered.find((f) => f.fieldId === option?.value);
                setCustom(
                  chosen
                    ? {
                        fieldId: chosen.fieldId,
                        name: chosen.name,
                        value:
                          chosen.kind === 'option'
                            ? { kind: 'option', id: chosen.allowed?.[0]?.id ?? '0' }
                            : { kind: 'number', number: 0 },
                      }
                    : null,
                );
              }}
            />
          </Stack>
          {custom && custom.value.kind === 'option' && chosenCustom ? (
            <Stack space="space.050">
              <Label htmlFor={`${id}-custom-value`}>{chosenCustom.name}</Label>
              <Select<Option>
                menuPlacement="auto"
                inputId={`${id}-custom-value`}
                isDisabled={readOnly}
                options={optionsOf(chosenCustom)}
                value={
                  optionsOf(chosenCustom).find(
                    (o) => custom.value.kind === 'option' && o.value === custom.value.id,
                  ) ?? null
                }
                onChange={(option) => {
                  if (option) setCustom({ ...custom, value: { kind: 'option', id: option.value } });
                }}
              />
            </Stack>
          ) : custom && custom.value.kind === 'number' ? (
            <EditField
              id={`${id}-custom-value`}
              label={chosenCustom?.name ?? (custom.name || 'Value')}
              value={String(custom.value.number)}
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
      )}
      <Problems messages={problems('fields.custom')} />
      {!library && absent.length > 0 ? (
        <Text color="color.text.subtle" size="small">
          {`${screenName} has no ${absent.join(', ').replace(/, ([^,]*)$/, ' or $1')} field, so this template cannot set ${absent.length === 1 ? 'it' : 'them'}.`}
        </Text>
      ) : null}
      {!library && fields.assignee && !assigneeField ? (
        <Inline>
          {readOnly ? null : (
            <Button appearance="subtle" onClick={() => clear('assignee')}>
              Remove the assignee default
            </Button>
          )}
        </Inline>
      ) : null}
    </Stack>
  );
}
