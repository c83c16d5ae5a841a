import {
  DRAFT_LIMITS,
  newId,
  statusLabel,
  type Service,
  type SuccessCriterion,
} from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

/** Select values for "what this criterion checks": `endpoint:<id>`, `failure-mode:<id>` or ''. */
function targetOptions(service: Service): { value: string; label: string }[] {
  return [
    { value: '', label: 'The service as a whole' },
    ...service.endpoints.map((e) => ({
      value: `endpoint:${e.id}`,
      label: `Endpoint ${e.method} ${e.path || e.id}`,
    })),
    ...service.failureModes.map((f) => ({
      value: `failure-mode:${f.id}`,
      label: `Failure ${statusLabel(f.status)}: ${f.condition || f.id}`,
    })),
  ];
}

function withTarget(criterion: SuccessCriterion, value: string): SuccessCriterion {
  const { tiedTo: _dropped, ...rest } = criterion;
  const [kind, id] = value.split(/:(.*)/s);
  if ((kind === 'endpoint' || kind === 'failure-mode') && id)
    return { ...rest, tiedTo: { kind, id } };
  return rest;
}

/** Testable statements that say when the service is done. */
export function CriteriaEditor({
  path,
  service,
  onChange,
}: {
  path: string;
  service: Service;
  onChange: (next: SuccessCriterion[]) => void;
}) {
  const criteria = service.successCriteria;
  const options = targetOptions(service);
  return (
    <ListSection
      path={path}
      title="Success criteria"
      noun="criterion"
      items={criteria}
      limit={DRAFT_LIMITS.successCriteria}
      description="Measurable statements, e.g. “POST /orders answers 201 within 300 ms at p95”."
      emptyText="No success criteria yet."
      keyOf={(criterion) => criterion.id}
      onAdd={() => {
        onChange([...criteria, { id: newId('criterion', idsOf(criteria)), statement: '' }]);
      }}
      onRemove={(index) => {
        onChange(removeAt(criteria, index));
      }}
      renderItem={(criterion, index) => {
        const at = `${path}[${String(index)}]`;
        const label = `Criterion ${String(index + 1)}`;
        const current = criterion.tiedTo ? `${criterion.tiedTo.kind}:${criterion.tiedTo.id}` : '';
        return (
          <>
            <TextInput
              path={`${at}.statement`}
              label={`${label} statement`}
              value={criterion.statement}
              maxLength={DRAFT_LIMITS.line}
              onChange={(statement) => {
                onChange(replaceAt(criteria, index, { ...criterion, statement }));
              }}
            />
            <SelectInput
              path={`${at}.tiedTo`}
              label={`${label} checks`}
              value={options.some((o) => o.value === current) ? current : ''}
              options={options}
              onChange={(value) => {
                onChange(replaceAt(criteria, index, withTarget(criterion, value)));
              }}
            />
          </>
        );
      }}
    />
  );
}
