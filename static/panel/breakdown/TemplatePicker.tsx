import { Label } from '@atlaskit/form';
import { Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { ResolverOutput } from '../../../src/contract';

type TemplateSummary = ResolverOutput<'template/list'>['templates'][number];
interface Option {
  value: string;
  label: string;
}

/** Which template shapes the breakdown; its description says what it creates. */
export function TemplatePicker({
  templates,
  value,
  onChange,
}: {
  templates: readonly TemplateSummary[];
  value: string;
  onChange: (templateId: string) => void;
}) {
  const options: Option[] = templates.map((t) => ({ value: t.id, label: t.name }));
  const chosen = templates.find((t) => t.id === value);
  return (
    <Stack space="space.050">
      <Label htmlFor="template-picker">Template</Label>
      <Select<Option>
        inputId="template-picker"
        descriptionId="template-description"
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        onChange={(option) => {
          if (option) onChange(option.value);
        }}
      />
      <div id="template-description">
        <Text color="color.text.subtle">{chosen?.description ?? ''}</Text>
      </div>
    </Stack>
  );
}
