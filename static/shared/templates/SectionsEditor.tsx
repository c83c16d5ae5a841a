import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { DescriptionSection } from '../../../src/domain';
import { EditField } from './EditField';

const KIND_LABELS: Record<string, string> = {
  text: 'Text',
  checklist: 'Checklist',
  why: 'Why: the outcome, the service, the epic',
  'failure-modes': 'Failure modes and their statuses',
  'feature-goal': 'The feature’s goal',
  stakeholders: 'Stakeholders',
  scenarios: 'User scenarios',
  'scenario-checklist': 'Scenarios as a checklist',
  'open-questions': 'Open questions',
  spike: 'The spike',
  'services-overview': 'Services overview',
  'all-success-criteria': 'Every success criterion',
  'service-summary': 'What the service is for',
  inputs: 'Inputs',
  outputs: 'Outputs',
  endpoints: 'Endpoints',
  'status-guidance': 'HTTP status guidance',
  'fail-safes': 'Fail-safes',
  'success-criteria': 'Success criteria',
  endpoint: 'The endpoint',
  'endpoint-success-criteria': 'The endpoint’s success criteria',
  'endpoint-openapi': 'The endpoint’s OpenAPI fragment',
  'failure-checklist': 'Each failure as a box to tick',
  'acceptance-criteria': 'The story’s acceptance criteria (epic action)',
  'service-openapi': 'The service’s endpoints in OpenAPI',
};

/**
 * An item's description, section by section: headings, texts and checklist lines are patterns
 * (placeholders allowed, checked live); the data sections render the draft as they are.
 */
export function SectionsEditor({
  id,
  sections,
  onChange,
  problems,
  readOnly,
}: {
  id: string;
  sections: DescriptionSection[];
  onChange: (sections: DescriptionSection[]) => void;
  problems: (path: string) => string[];
  readOnly: boolean;
}) {
  const update = (index: number, section: DescriptionSection) =>
    onChange(sections.map((s, i) => (i === index ? section : s)));
  return (
    <Stack space="space.100">
      <Text weight="medium">Description</Text>
      {sections.length === 0 ? <Text color="color.text.subtle">No description.</Text> : null}
      {sections.map((section, index) => {
        const at = `sections[${index}]`;
        const label = KIND_LABELS[section.kind] ?? section.kind;
        return (
          <Stack key={index} space="space.050">
            <Inline space="space.100" alignBlock="center">
              <Text>
                {index + 1}. {label}
              </Text>
              {readOnly ? null : (
                <Button
                  appearance="subtle"
                  spacing="compact"
                  onClick={() => onChange(sections.filter((_, i) => i !== index))}
                >
                  Remove section {index + 1}
                </Button>
              )}
            </Inline>
            {section.kind === 'text' ? (
              <EditField
                id={`${id}-section-${index}-text`}
                label={`Section ${index + 1} text`}
                value={section.text}
                readOnly={readOnly}
                problems={problems(`${at}.text`)}
                onChange={(text) => update(index, { ...section, text })}
              />
            ) : null}
            {section.kind === 'checklist' ? (
              <EditField
                id={`${id}-section-${index}-items`}
                label={`Section ${index + 1} checklist (one line per "|")`}
                value={section.items.join(' | ')}
                readOnly={readOnly}
                problems={problems(`${at}.items`)}
                onChange={(text) =>
                  update(index, {
                    ...section,
                    items: text
                      .split('|')
                      .map((line) => line.trim())
                      .filter(Boolean),
                  })
                }
              />
            ) : null}
            {problems(`${at}.kind`).map((message) => (
              <Text key={message} color="color.text.danger">
                {message}
              </Text>
            ))}
          </Stack>
        );
      })}
      {readOnly ? null : (
        <Inline>
          <Button
            spacing="compact"
            onClick={() => onChange([...sections, { kind: 'text', text: '{{item.name}}' }])}
          >
            Add a text section
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
