import { Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { DRAFT_PARTS, SERVICE_PARTS, type InclusionRule } from '../../../src/domain';

interface Option {
  value: string;
  label: string;
  rule: InclusionRule;
}

const WORDS: Record<string, string> = {
  inputs: 'inputs',
  outputs: 'outputs',
  endpoints: 'endpoints',
  failureModes: 'failure modes',
  failSafes: 'fail-safes',
  successCriteria: 'success criteria',
  dependencies: 'services it depends on',
  dependents: 'services depending on it',
  services: 'services',
  stakeholders: 'stakeholders',
  scenarios: 'user scenarios',
  openQuestions: 'open questions',
  unresolvedQuestions: 'unresolved questions',
};

/** The simple rules an admin picks from; anything else a file set stays as written. */
function optionsFor(scope: 'service' | 'feature'): Option[] {
  const always: Option = { value: 'always', label: 'Always', rule: { when: 'always' } };
  const draft = DRAFT_PARTS.map((part) => ({
    value: `draft-has:${part}`,
    label: `When the draft has ${WORDS[part] ?? part}`,
    rule: { when: 'draft-has' as const, part },
  }));
  const service = SERVICE_PARTS.map((part) => ({
    value: `service-has:${part}`,
    label: `When the service has ${WORDS[part] ?? part}`,
    rule: { when: 'service-has' as const, part },
  }));
  return scope === 'service' ? [always, ...service, ...draft] : [always, ...draft];
}

const keyOf = (rule: InclusionRule) =>
  rule.when === 'always'
    ? 'always'
    : rule.when === 'draft-has' || rule.when === 'service-has'
      ? `${rule.when}:${rule.part}`
      : 'custom';

/** When a template item is created, from the rules the form offers. */
export function InclusionPicker({
  id,
  rule,
  scope,
  readOnly,
  problems,
  onChange,
}: {
  id: string;
  rule: InclusionRule;
  scope: 'service' | 'feature';
  readOnly: boolean;
  problems: string[];
  onChange: (rule: InclusionRule) => void;
}) {
  const options = optionsFor(scope);
  const key = keyOf(rule);
  const custom: Option = { value: 'custom', label: 'A combined rule (kept as written)', rule };
  const all = key === 'custom' ? [...options, custom] : options;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>When to include it</Label>
      <Select<Option>
        menuPlacement="auto"
        inputId={id}
        isDisabled={readOnly}
        options={all}
        value={all.find((o) => o.value === key) ?? null}
        onChange={(option) => {
          if (option) onChange(option.rule);
        }}
      />
      {problems.map((message) => (
        <span key={message} style={{ color: 'var(--ds-text-danger, #AE2E24)' }}>
          {message}
        </span>
      ))}
    </Stack>
  );
}
