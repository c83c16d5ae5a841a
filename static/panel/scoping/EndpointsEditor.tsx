import { DRAFT_LIMITS, HTTP_METHODS, newId, type Endpoint } from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

const METHOD_OPTIONS = HTTP_METHODS.map((method) => ({ value: method, label: method }));

/** The HTTP endpoints a service offers. */
export function EndpointsEditor({
  path,
  endpoints,
  onChange,
}: {
  path: string;
  endpoints: Endpoint[];
  onChange: (next: Endpoint[]) => void;
}) {
  return (
    <ListSection
      path={path}
      title="Endpoints"
      noun="endpoint"
      items={endpoints}
      limit={DRAFT_LIMITS.endpoints}
      emptyText="No endpoints yet."
      keyOf={(endpoint) => endpoint.id}
      onAdd={() => {
        onChange([
          ...endpoints,
          { id: newId('endpoint', idsOf(endpoints)), method: 'GET', path: '', summary: '' },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(endpoints, index));
      }}
      renderItem={(endpoint, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Endpoint ${String(index + 1)}`;
        const set = (next: Endpoint) => {
          onChange(replaceAt(endpoints, index, next));
        };
        return (
          <>
            <SelectInput
              path={`${at}.method`}
              label={`${label} method`}
              value={endpoint.method}
              options={METHOD_OPTIONS}
              onChange={(method) => {
                set({ ...endpoint, method });
              }}
            />
            <TextInput
              path={`${at}.path`}
              label={`${label} path`}
              placeholder="/orders/{id}"
              value={endpoint.path}
              maxLength={DRAFT_LIMITS.path}
              onChange={(value) => {
                set({ ...endpoint, path: value });
              }}
            />
            <TextInput
              path={`${at}.summary`}
              label={`${label} summary`}
              value={endpoint.summary}
              maxLength={DRAFT_LIMITS.line}
              onChange={(summary) => {
                set({ ...endpoint, summary });
              }}
            />
          </>
        );
      }}
    />
  );
}
