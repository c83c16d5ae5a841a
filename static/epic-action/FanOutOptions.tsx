import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { EpicPreview, ResolverOutput } from '../../src/contract';
import { TemplatePicker } from '../panel/breakdown/TemplatePicker';

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
  onChange,
}: {
  id: string;
  label: string;
  values: readonly string[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const options = values.map((v) => ({ value: v, label: v }));
  return (
    <div style={filterStyle}>
      <Label htmlFor={id}>{label}</Label>
      <Select<Option, true>
        inputId={id}
        isMulti
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

/** Template, which of its sub-tasks, and which children. */
export function FanOutOptions({
  templates,
  templateId,
  onTemplate,
  preview,
  itemKeys,
  onItemKeys,
  filters,
  onFilters,
}: {
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
          <TemplatePicker templates={templates} value={templateId} onChange={onTemplate} />
        </div>
        {preview ? (
          <>
            <FilterSelect
              id="filter-types"
              label="Issue type"
              values={preview.facets.issueTypes}
              chosen={filters.issueTypes}
              onChange={(issueTypes) => {
                onFilters({ ...filters, issueTypes });
              }}
            />
            <FilterSelect
              id="filter-statuses"
              label="Status"
              values={preview.facets.statuses}
              chosen={filters.statuses}
              onChange={(statuses) => {
                onFilters({ ...filters, statuses });
              }}
            />
            <FilterSelect
              id="filter-labels"
              label="Label"
              values={preview.facets.labels}
              chosen={filters.labels}
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
            <Inline space="space.200" shouldWrap>
              {preview.items.map((item) => {
                const checked = itemKeys.includes(item.key);
                const last = checked && itemKeys.length === 1;
                return (
                  <Checkbox
                    key={item.key}
                    id={`item-${item.key}`}
                    label={item.name}
                    isChecked={checked}
                    isDisabled={last}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      onItemKeys(
                        preview.items
                          .map((i) => i.key)
                          .filter((k) => (k === item.key ? on : itemKeys.includes(k))),
                      );
                    }}
                  />
                );
              })}
            </Inline>
          )}
        </fieldset>
      ) : null}
    </Stack>
  );
}
