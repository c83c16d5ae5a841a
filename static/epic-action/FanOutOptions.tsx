import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { EpicPreview, ResolverOutput } from '../../src/contract';

export interface Filters {
  issueTypes: string[];
  statuses: string[];
  labels: string[];
}

interface Option {
  value: string;
  label: string;
}

const filterStyle = { flex: '1 1 9rem', minWidth: '9rem' };
const templateStyle = { flex: '2 1 18rem', minWidth: '14rem' };

function FilterSelect({
  id,
  label,
  values,
  chosen,
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  values: readonly string[];
  chosen: readonly string[];
  readOnly: boolean;
  onChange: (values: string[]) => void;
}) {
  const options = values.map((v) => ({ value: v, label: v }));
  return (
    <div style={filterStyle}>
      <Label htmlFor={id}>{label}</Label>
      <Select<Option, true>
        inputId={id}
        isMulti
        isDisabled={readOnly}
        placeholder="Any"
        options={options}
        value={options.filter((o) => chosen.includes(o.value))}
        onChange={(picked) => {
          onChange(picked.map((o) => o.value));
        }}
      />
    </div>
  );
}

/**
 * Which template's sub-tasks go under the epic's children. Said in this action's own words: the
 * template's description tells what a whole breakdown makes, which this action does not.
 */
function FanOutTemplatePicker({
  templates,
  value,
  readOnly,
  onChange,
}: {
  templates: ResolverOutput<'template/list'>['templates'];
  value: string;
  readOnly: boolean;
  onChange: (templateId: string) => void;
}) {
  const options: Option[] = templates.map((t) => ({ value: t.id, label: t.name }));
  return (
    <Stack space="space.050">
      <Label htmlFor="template-picker">Template</Label>
      <Select<Option>
        inputId="template-picker"
        descriptionId="template-description"
        isDisabled={readOnly}
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        onChange={(option) => {
          if (option) onChange(option.value);
        }}
      />
      <div id="template-description">
        <Text color="color.text.subtle">
          Adds the template’s sub-task items under each child; the epic and its children stay as
          they are.
        </Text>
      </div>
    </Stack>
  );
}

/** Template, which of its sub-tasks, and which children. */
export function FanOutOptions({
  readOnly,
  templates,
  templateId,
  onTemplate,
  preview,
  itemKeys,
  onItemKeys,
  filters,
  onFilters,
}: {
  /** For someone who may not create issues (or before that is known): nothing to choose. */
  readOnly: boolean;
  templates: ResolverOutput<'template/list'>['templates'];
  templateId: string;
  onTemplate: (id: string) => void;
  preview: EpicPreview | null;
  itemKeys: string[];
  onItemKeys: (keys: string[]) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
}) {
  return (
    <Stack space="space.150">
      <Inline space="space.150" shouldWrap alignBlock="start">
        <div style={templateStyle}>
          <FanOutTemplatePicker
            templates={templates}
            value={templateId}
            readOnly={readOnly}
            onChange={onTemplate}
          />
        </div>
        {preview ? (
          <>
            <FilterSelect
              id="filter-types"
              label="Issue type"
              values={preview.facets.issueTypes}
              chosen={filters.issueTypes}
              readOnly={readOnly}
              onChange={(issueTypes) => {
                onFilters({ ...filters, issueTypes });
              }}
            />
            <FilterSelect
              id="filter-statuses"
              label="Status"
              values={preview.facets.statuses}
              chosen={filters.statuses}
              readOnly={readOnly}
              onChange={(statuses) => {
                onFilters({ ...filters, statuses });
              }}
            />
            <FilterSelect
              id="filter-labels"
              label="Label"
              values={preview.facets.labels}
              chosen={filters.labels}
              readOnly={readOnly}
              onChange={(labels) => {
                onFilters({ ...filters, labels });
              }}
            />
          </>
        ) : null}
      </Inline>
      {preview && preview.template.id === templateId ? (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend>
            <Text weight="medium">Sub-tasks to generate under each child</Text>
          </legend>
          {preview.items.length === 0 ? (
            <Text color="color.text.subtle">
              This template has no sub-task items that can go under an existing issue.
            </Text>
          ) : (
            <Stack space="space.100">
              {preview.items.map((item) => {
                const checked = itemKeys.includes(item.key);
                const last = checked && itemKeys.length === 1;
                return (
                  <Stack key={item.key} space="space.0">
                    <Checkbox
                      id={`item-${item.key}`}
                      label={item.name}
                      isChecked={checked}
                      isDisabled={readOnly || last}
                      aria-describedby={`item-${item.key}-about`}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        onItemKeys(
                          preview.items
                            .map((i) => i.key)
                            .filter((k) => (k === item.key ? on : itemKeys.includes(k))),
                        );
                      }}
                    />
                    <div id={`item-${item.key}-about`} style={{ paddingInlineStart: '28px' }}>
                      <Text size="small" color="color.text.subtle">
                        {item.description}
                      </Text>
                    </div>
                  </Stack>
                );
              })}
            </Stack>
          )}
          {preview.unavailable.length > 0 ? (
            <Box paddingBlockStart="space.150">
              <Stack space="space.050">
                <Text weight="medium">Not made here</Text>
                <ul style={{ margin: 0 }} aria-label="Template items this action cannot make">
                  {preview.unavailable.map((item) => (
                    <li key={item.name}>
                      <Text>{`${item.name}: ${item.reason}`}</Text>
                    </li>
                  ))}
                </ul>
              </Stack>
            </Box>
          ) : null}
        </fieldset>
      ) : null}
    </Stack>
  );
}
