import { DRAFT_LIMITS, type ScenarioExample } from '../../../src/domain';
import { SelectInput } from '../fields/SelectInput';
import { TextAreaInput } from '../fields/TextAreaInput';
import { TextInput } from '../fields/TextInput';

const KIND_OPTIONS = [
  { value: 'given-when-then' as const, label: 'Given / When / Then' },
  { value: 'text' as const, label: 'Free text' },
];

/** One concrete example of a user scenario: Given/When/Then, or free text. */
export function ExampleEditor({
  path,
  label,
  example,
  onChange,
}: {
  path: string;
  label: string;
  example: ScenarioExample;
  onChange: (next: ScenarioExample) => void;
}) {
  return (
    <>
      <SelectInput
        path={`${path}.kind`}
        label={`${label} form`}
        value={example.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => {
          if (kind === example.kind) return;
          onChange(
            kind === 'text'
              ? { kind: 'text', text: '' }
              : { kind: 'given-when-then', given: '', when: '', then: '' },
          );
        }}
      />
      {example.kind === 'text' ? (
        <TextAreaInput
          path={`${path}.text`}
          label={`${label} text`}
          value={example.text}
          maxLength={DRAFT_LIMITS.text}
          onChange={(text) => {
            onChange({ ...example, text });
          }}
        />
      ) : (
        (['given', 'when', 'then'] as const).map((part) => (
          <TextInput
            key={part}
            path={`${path}.${part}`}
            label={`${label}: ${part}`}
            value={example[part]}
            maxLength={DRAFT_LIMITS.line}
            onChange={(value) => {
              onChange({ ...example, [part]: value });
            }}
          />
        ))
      )}
    </>
  );
}
