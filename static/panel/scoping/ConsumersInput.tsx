import { useState } from 'react';
import { DRAFT_LIMITS } from '../../../src/domain';
import { TextInput } from '../fields/TextInput';

const parse = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * An output's consumers as one comma-separated line. The typed text is kept locally so a
 * trailing comma survives while the person is still typing the next name.
 */
export function ConsumersInput({
  path,
  label,
  consumers,
  onChange,
}: {
  path: string;
  label: string;
  consumers: string[];
  onChange: (next: string[]) => void;
}) {
  const [text, setText] = useState(consumers.join(', '));
  const shown =
    parse(text).join('\u0000') === consumers.join('\u0000') ? text : consumers.join(', ');
  return (
    <TextInput
      path={path}
      label={label}
      helper="Who reads this output, separated by commas."
      value={shown}
      maxLength={DRAFT_LIMITS.consumers * (DRAFT_LIMITS.name + 2)}
      onChange={(next) => {
        setText(next);
        onChange(parse(next));
      }}
    />
  );
}
