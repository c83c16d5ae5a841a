import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useCallback, useRef, type ReactNode } from 'react';
import { fieldId } from './field-id';
import { useFieldProblems } from './field-problems';
import { useReadOnly } from './read-only';
import { useListFocus } from './use-list-focus';

const itemStyle = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.150'),
};

export interface ListSectionProps<T> {
  /** The draft path of the list, e.g. `discovery.stakeholders`. */
  path: string;
  title: string;
  /** What one entry is called, for "Add …" and "Remove …". */
  noun: string;
  items: readonly T[];
  limit: number;
  description?: string;
  emptyText: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderItem: (item: T, index: number) => ReactNode;
  keyOf: (item: T, index: number) => string;
}

/** A titled list of draft entries, each removable, with an add button that stops at the schema limit. */
export function ListSection<T>(props: ListSectionProps<T>) {
  const { path, title, noun, items, limit, description, emptyText } = props;
  const problems = useFieldProblems(path);
  const full = items.length >= limit;
  const readOnly = useReadOnly();
  const sectionRef = useRef<HTMLElement>(null);
  const addId = `${fieldId(path)}-add`;
  const rowAt = useCallback(
    (index: number) =>
      sectionRef.current?.querySelector(
        `[data-list-row="${CSS.escape(`${path}[${String(index)}]`)}"]`,
      ) ?? null,
    [path],
  );
  const addButton = useCallback(() => document.getElementById(addId), [addId]);
  const focus = useListFocus(items.length, rowAt, addButton);
  return (
    <section ref={sectionRef} id={fieldId(path)} tabIndex={-1} aria-label={title}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h4">
          {title}
        </Heading>
        {description ? <Text color="color.text.subtle">{description}</Text> : null}
        {problems.map((message) => (
          <Text key={message} color="color.text.danger">
            {message}
          </Text>
        ))}
        {items.length === 0 ? <Text color="color.text.subtlest">{emptyText}</Text> : null}
        {items.map((item, index) => (
          <div
            key={props.keyOf(item, index)}
            style={itemStyle}
            data-list-row={`${path}[${String(index)}]`}
          >
            <Stack space="space.100">
              {props.renderItem(item, index)}
              {readOnly ? null : (
                <Inline alignInline="end">
                  <Button
                    appearance="subtle"
                    spacing="compact"
                    onClick={() => {
                      focus.removed(index);
                      props.onRemove(index);
                    }}
                  >
                    {`Remove ${noun} ${String(index + 1)}`}
                  </Button>
                </Inline>
              )}
            </Stack>
          </div>
        ))}
        {readOnly ? null : (
          <Inline space="space.100" alignBlock="center">
            <Button
              id={addId}
              isDisabled={full}
              onClick={() => {
                focus.added();
                props.onAdd();
              }}
            >
              {`Add ${noun}`}
            </Button>
            {full ? (
              <Text color="color.text.subtle">{`At most ${String(limit)} ${title.toLowerCase()}.`}</Text>
            ) : null}
          </Inline>
        )}
      </Stack>
    </section>
  );
}
