import {
  DRAFT_LIMITS,
  STAKEHOLDER_ROLES,
  newId,
  type Stakeholder,
  type StakeholderRole,
} from '../../../src/domain';
import { idsOf, removeAt, replaceAt } from '../draft/list-edits';
import { ListSection } from '../fields/ListSection';
import { SelectInput } from '../fields/SelectInput';
import { TextInput } from '../fields/TextInput';

const ROLE_LABELS: Record<StakeholderRole, string> = {
  product: 'Product',
  backend: 'Backend',
  frontend: 'Frontend',
  qa: 'QA',
  ops: 'Operations',
  security: 'Security',
  design: 'Design',
  data: 'Data',
  support: 'Support',
  other: 'Other',
};
const ROLE_OPTIONS = STAKEHOLDER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Who cares about the feature, and in which role. */
export function StakeholdersEditor({
  stakeholders,
  onChange,
}: {
  stakeholders: Stakeholder[];
  onChange: (next: Stakeholder[]) => void;
}) {
  const path = 'discovery.stakeholders';
  return (
    <ListSection
      path={path}
      title="Stakeholders"
      noun="stakeholder"
      items={stakeholders}
      limit={DRAFT_LIMITS.stakeholders}
      emptyText="No stakeholders yet."
      keyOf={(s) => s.id}
      onAdd={() => {
        onChange([
          ...stakeholders,
          { id: newId('stakeholder', idsOf(stakeholders)), name: '', role: 'product' },
        ]);
      }}
      onRemove={(index) => {
        onChange(removeAt(stakeholders, index));
      }}
      renderItem={(stakeholder, index) => (
        <>
          <TextInput
            path={`${path}[${String(index)}].name`}
            label={`Stakeholder ${String(index + 1)} name`}
            value={stakeholder.name}
            maxLength={DRAFT_LIMITS.name}
            onChange={(name) => {
              onChange(replaceAt(stakeholders, index, { ...stakeholder, name }));
            }}
          />
          <SelectInput
            path={`${path}[${String(index)}].role`}
            label={`Stakeholder ${String(index + 1)} role`}
            value={stakeholder.role}
            options={ROLE_OPTIONS}
            onChange={(role) => {
              onChange(replaceAt(stakeholders, index, { ...stakeholder, role }));
            }}
          />
        </>
      )}
    />
  );
}
