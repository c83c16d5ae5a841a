import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Label } from '@atlaskit/form';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { LazySectionMessage as SectionMessage } from '../LazySectionMessage';
import Select from '@atlaskit/select';
import { useEffect, useMemo, useState } from 'react';
import type {
  ResolverError as ResolverErrorData,
  ScreenIssueType,
  TemplateConflict,
  TemplateScreens,
} from '../../../src/contract';
import {
  KNOWN_PLACEHOLDERS,
  READINESS_RULES,
  buildPlan,
  fieldDefaultProblems,
  validateTemplate,
  type IssueRole,
  type IssueTypeInfo,
  type Template,
  type TemplateProblem,
} from '../../../src/domain';
import { confirmInModal } from '../confirm/confirm-dialog';
import { call } from '../invoke';
import { Loading } from '../Loading';
import { ResolverError } from '../ResolverError';
import { EditField } from './EditField';
import { FieldDefaultsEditor } from './FieldDefaultsEditor';
import { InclusionPicker } from './InclusionPicker';
import { SectionsEditor } from './SectionsEditor';
import { SAMPLE_DRAFT } from './sample-draft';
import { TemplateConflictMessage } from './TemplateConflictMessage';
import type { TemplateNames } from './template-differences';
import { normalisePath, problemsAt, splitList } from './template-edit';
import { idFromName, problemPlace } from './template-words';
import {
  asCreateScreens,
  previewTypes,
  screensByRole,
  useTemplateScreens,
} from './use-template-screens';

const ROLE_LABELS: Record<IssueRole, string> = {
  epic: 'Epic',
  standard: 'Service issues',
  subtask: 'Sub-tasks',
};
/** Types to preview with when the page has no project (the site library). */
const GENERIC_TYPES: IssueTypeInfo[] = [
  { id: '1', name: 'Epic', hierarchyLevel: 1, subtask: false },
  { id: '2', name: 'Story', hierarchyLevel: 0, subtask: false },
  { id: '3', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
];

/** Each item is a group: its fields are announced with its name. */
const FIELDSET = {
  border: '1px solid var(--ds-border, #091E4224)',
  borderRadius: 'var(--ds-border-radius, 4px)',
  padding: 'var(--ds-space-150, 12px)',
  margin: 0,
};
const LEGEND = { padding: '0 var(--ds-space-050, 4px)', fontWeight: 600 };

/** The first `item-<n>` key no item has yet (keys are part of each item's local id). */
function freeKey(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`item-${n}`)) return `item-${n}`;
}

/** A type's name with Jira's icon for it. */
function TypeName({ type }: { type: ScreenIssueType }) {
  return (
    <Inline space="space.050" alignBlock="center">
      {type.iconUrl ? <img src={type.iconUrl} alt="" width={16} height={16} /> : null}
      <Text>{type.name}</Text>
    </Inline>
  );
}

/** Edits one template with live validation and a live preview; saves from `baseVersion`. */
export function TemplateEditor({
  initial,
  baseVersion,
  isNew,
  takenIds,
  readOnly,
  onSaved,
  onCancel,
}: {
  initial: Template;
  baseVersion: number;
  isNew: boolean;
  /** Ids in use, so a new template's id (made from its name) is unlike them. */
  takenIds: readonly string[];
  readOnly: boolean;
  onSaved: (saved: Template) => void;
  onCancel: () => void;
}) {
  const [template, setTemplate] = useState<Template>(initial);
  const [base, setBase] = useState(baseVersion);
  const [serverProblems, setServerProblems] = useState<TemplateProblem[]>([]);
  const [error, setError] = useState<ResolverErrorData | null>(null);
  const [conflict, setConflict] = useState<TemplateConflict | null>(null);
  const [theirs, setTheirs] = useState<Template | null>(null);
  const [saving, setSaving] = useState(false);
  const edit = (change: Partial<Template>) => {
    setTemplate((t) => ({ ...t, ...change }));
    setServerProblems([]);
  };

  const [screensState, reloadScreens] = useTemplateScreens(template.issueTypeIds);
  // The last answer stays on screen while the next loads (after choosing another type), so the
  // controls the admin is using do not vanish under them.
  const [screensData, setScreensData] = useState<TemplateScreens | null>(null);
  useEffect(() => {
    if (screensState.status === 'ready') setScreensData(screensState.data);
  }, [screensState]);
  const screensShown = screensData !== null;
  const project = screensData?.owner === 'project' ? screensData : null;
  const screens = useMemo(() => screensByRole(screensData), [screensData]);
  const issueTypes = useMemo(() => previewTypes(screensData), [screensData]);
  const validation = useMemo(() => validateTemplate(template), [template]);
  // Field defaults the project's create screens cannot take, found as the admin types.
  const fieldProblems = useMemo(
    () =>
      validation.ok ? fieldDefaultProblems(validation.template, asCreateScreens(screens)) : [],
    [validation, screens],
  );
  // The project's components, from the create screen of its standard issues.
  const componentOptions = screens.standard
    ?.find((f) => f.kind === 'components')
    ?.allowed?.map((a) => ({ value: a.id, label: a.name }));
  // A new template is saved under an id made from its name: ids are never asked for.
  const problems = [
    ...(validation.ok ? [] : validation.problems.filter((p) => !(isNew && p.path === 'id'))),
    ...fieldProblems,
    ...serverProblems.filter(
      (p) => !fieldProblems.some((f) => f.path === p.path && f.message === p.message),
    ),
  ];
  const at = (path: string) => problemsAt(problems, path);
  const preview = useMemo(
    () =>
      validation.ok
        ? buildPlan(SAMPLE_DRAFT, validation.template, issueTypes ?? GENERIC_TYPES, {
            planId: 'preview',
            projectId: 'preview',
          })
        : null,
    [validation, issueTypes],
  );
  const names: TemplateNames = useMemo(() => {
    const all = Object.values(screens).flat();
    const value = (kind: string, id: string) =>
      all
        .filter((f) => f.kind === kind)
        .flatMap((f) => f.allowed ?? [])
        .find((a) => a.id === id)?.name;
    return {
      issueType: (id) => project?.issueTypes.find((t) => t.id === id)?.name,
      priority: (id) => value('priority', id),
      component: (id) => value('components', id),
    };
  }, [screens, project]);

  const save = async (over?: number) => {
    if (!validation.ok || fieldProblems.length > 0) return;
    const toSave = isNew
      ? { ...validation.template, id: idFromName(validation.template.name, takenIds) }
      : validation.template;
    setSaving(true);
    const answer = await call('template/save', { template: toSave, baseVersion: over ?? base });
    setSaving(false);
    if (answer.ok) {
      setBase(answer.data.version);
      setError(null);
      setConflict(null);
      onSaved(answer.data.template);
      return;
    }
    const { details } = answer.error;
    // A template save's conflict names who saved and whether it was the caller (contract-errors).
    if (answer.error.code === 'CONFLICT' && details && 'byYou' in details) {
      setError(null);
      setTheirs(null);
      setConflict(details);
      return;
    }
    setError(answer.error);
    const problems = Array.isArray(details) ? details : [];
    setServerProblems(problems.map((d) => ({ path: normalisePath(d.path), message: d.message })));
  };

  const loadTheirs = async (): Promise<Template | null> => {
    const answer = await call('template/get', { templateId: template.id });
    if (!answer.ok) {
      setError(answer.error);
      return null;
    }
    setTheirs(answer.data.template);
    return answer.data.template;
  };
  const keepMine = async () => {
    if (!conflict) return;
    const who = conflict.byYou ? 'The version you saved in your other tab' : 'Their version';
    const go = await confirmInModal({
      title: 'Save your edits over the saved version?',
      body: `Your edits become the next version. ${who} stays in the template's versions, where you can restore it.`,
      confirmLabel: 'Save mine',
      cancelLabel: 'Go back',
      appearance: 'primary',
    });
    if (go) await save(conflict.currentVersion);
  };
  const takeTheirs = async () => {
    if (!conflict) return;
    const go = await confirmInModal({
      title: 'Discard your edits?',
      body: 'The editor loads the saved version instead. Your edits here are lost.',
      confirmLabel: 'Discard my edits',
      cancelLabel: 'Go back',
      appearance: 'warning',
    });
    if (!go) return;
    const answer = await call('template/get', { templateId: template.id });
    if (!answer.ok) return setError(answer.error);
    setTemplate(answer.data.template);
    setBase(answer.data.version);
    setConflict(null);
    setServerProblems([]);
  };

  const screenFor = (role: IssueRole) =>
    screensData?.owner === 'site' ? undefined : (screens[role] ?? []);
  const typeNameFor = (role: IssueRole) => project?.roles[role].type?.name;

  const firstProblem = problems[0];
  const blockedBecause = saving
    ? null
    : conflict
      ? 'Choose above how to settle the other save first.'
      : screensState.status === 'loading' && screensShown
        ? 'Checking the project’s create screens…'
        : firstProblem
          ? `${String(problems.length)} ${problems.length === 1 ? 'problem needs' : 'problems need'} fixing first: ${problemPlace(template, firstProblem.path)}, ${firstProblem.message}${problems.length > 1 ? ' (the rest are listed above)' : ''}.`
          : null;

  return (
    <Stack space="space.200">
      <Heading size="medium" as="h2">
        {isNew
          ? 'New template'
          : readOnly
            ? `${initial.name}, version ${initial.version}`
            : `Edit ${initial.name}`}
      </Heading>
      {error ? <ResolverError error={error} /> : null}
      {conflict ? (
        <TemplateConflictMessage
          conflict={conflict}
          theirs={theirs}
          mine={template}
          names={names}
          busy={saving}
          onCompare={async () => {
            await loadTheirs();
          }}
          onKeepMine={() => void keepMine()}
          onTakeTheirs={() => void takeTheirs()}
        />
      ) : null}
      <EditField
        id="t-name"
        label="Name"
        value={template.name}
        readOnly={readOnly}
        problems={at('name')}
        onChange={(name) => edit({ name })}
      />
      <EditField
        id="t-description"
        label="Description"
        value={template.description}
        readOnly={readOnly}
        problems={at('description')}
        onChange={(description) => edit({ description })}
      />

      <Stack space="space.100">
        <Heading size="small" as="h3">
          Issue types
        </Heading>
        {screensState.status === 'error' ? (
          <ResolverError error={screensState.error} onRetry={reloadScreens} />
        ) : !screensShown ? (
          <Loading label="Reading the project’s create screens…" />
        ) : project ? (
          <Inline space="space.200" shouldWrap>
            {(['epic', 'standard', 'subtask'] as const).map((role) => {
              const screen = project.roles[role];
              const byLevel = screen.choices[0];
              const options = [
                {
                  value: '',
                  label: byLevel ? `${byLevel.name} (the project’s first)` : 'None in this project',
                },
                ...screen.choices.map((t) => ({ value: t.id, label: t.name })),
              ];
              return (
                <Box key={role}>
                  <Label htmlFor={`t-type-${role}`}>{ROLE_LABELS[role]}</Label>
                  <Select
                    menuPlacement="auto"
                    inputId={`t-type-${role}`}
                    isDisabled={readOnly || screen.choices.length === 0}
                    options={options}
                    value={
                      options.find((o) => o.value === (template.issueTypeIds[role] ?? '')) ?? null
                    }
                    onChange={(option) => {
                      const { [role]: _drop, ...rest } = template.issueTypeIds;
                      edit({
                        issueTypeIds: option?.value ? { ...rest, [role]: option.value } : rest,
                      });
                    }}
                  />
                  {screen.type ? (
                    <Inline space="space.050" alignBlock="center">
                      <Text color="color.text.subtle" size="small">
                        Created as
                      </Text>
                      <TypeName type={screen.type} />
                    </Inline>
                  ) : null}
                  {[...(screen.problem ? [screen.problem] : []), ...at(`issueTypeIds.${role}`)].map(
                    (m) => (
                      <Text key={m} color="color.text.danger">
                        {m}
                      </Text>
                    ),
                  )}
                </Box>
              );
            })}
          </Inline>
        ) : (
          <Text color="color.text.subtle">
            Library templates leave issue types to each project: an epic, a standard issue and a
            sub-task type are chosen by hierarchy level, so localised names such as “Historia” work.
          </Text>
        )}
      </Stack>

      <Heading size="small" as="h3">
        Summaries
      </Heading>
      <details>
        <summary>Placeholders you can use</summary>
        <ul>
          {KNOWN_PLACEHOLDERS.map((p) => (
            <li key={p.name}>
              <code>{`{{${p.name}}}`}</code> ({p.scope}): {p.description}
            </li>
          ))}
        </ul>
      </details>
      <EditField
        id="t-epic-summary"
        label="Epic summary"
        value={template.epic.summary}
        readOnly={readOnly}
        problems={at('epic.summary')}
        onChange={(summary) => edit({ epic: { ...template.epic, summary } })}
      />
      <SectionsEditor
        id="t-epic"
        sections={template.epic.sections}
        readOnly={readOnly}
        problems={(p) => at(`epic.${p}`)}
        onChange={(sections) => edit({ epic: { ...template.epic, sections } })}
      />
      <Heading size="xsmall" as="h4">
        Epic field defaults
      </Heading>
      <FieldDefaultsEditor
        hidden={!screensShown}
        id="t-epic"
        screen={screenFor('epic')}
        typeName={typeNameFor('epic')}
        fields={template.epic.fields}
        readOnly={readOnly}
        problems={(p) => at(`epic.${p}`)}
        onChange={(fields) => edit({ epic: { ...template.epic, fields } })}
      />
      <EditField
        id="t-service-summary"
        label="Service issue summary"
        value={template.service.summary}
        readOnly={readOnly}
        problems={at('service.summary')}
        onChange={(summary) => edit({ service: { ...template.service, summary } })}
      />
      <SectionsEditor
        id="t-service"
        sections={template.service.sections}
        readOnly={readOnly}
        problems={(p) => at(`service.${p}`)}
        onChange={(sections) => edit({ service: { ...template.service, sections } })}
      />
      <Heading size="xsmall" as="h4">
        Service issue field defaults
      </Heading>
      <FieldDefaultsEditor
        hidden={!screensShown}
        id="t-service"
        screen={screenFor('standard')}
        typeName={typeNameFor('standard')}
        fields={template.service.fields}
        readOnly={readOnly}
        problems={(p) => at(`service.${p}`)}
        onChange={(fields) => edit({ service: { ...template.service, fields } })}
      />

      <Heading size="small" as="h3">
        Items per service
      </Heading>
      {template.serviceItems.map((item, index) => {
        const here = `serviceItems[${index}]`;
        const update = (change: Partial<typeof item>) =>
          edit({
            serviceItems: template.serviceItems.map((it, i) =>
              i === index ? { ...it, ...change } : it,
            ),
          });
        return (
          <fieldset key={index} style={FIELDSET}>
            <legend style={LEGEND}>{item.name || `Item ${index + 1}`}</legend>
            <Stack space="space.100">
              <Inline space="space.200" shouldWrap alignBlock="end">
                <EditField
                  id={`t-item-${index}-name`}
                  label="Item name"
                  value={item.name}
                  readOnly={readOnly}
                  problems={at(`${here}.name`)}
                  onChange={(name) => update({ name })}
                />
                <Stack space="space.050">
                  <Label htmlFor={`t-item-${index}-role`}>Created as</Label>
                  <Select
                    menuPlacement="auto"
                    inputId={`t-item-${index}-role`}
                    isDisabled={readOnly}
                    options={[
                      { value: 'subtask', label: 'Sub-task of the service' },
                      { value: 'standard', label: 'Task under the epic' },
                    ]}
                    value={
                      item.role === 'subtask'
                        ? { value: 'subtask', label: 'Sub-task of the service' }
                        : { value: 'standard', label: 'Task under the epic' }
                    }
                    onChange={(option) =>
                      update({ role: option?.value === 'standard' ? 'standard' : 'subtask' })
                    }
                  />
                </Stack>
                <Checkbox
                  label="One per endpoint"
                  isChecked={item.perEndpoint}
                  isDisabled={readOnly}
                  onChange={(e) => update({ perEndpoint: e.currentTarget.checked })}
                />
                {readOnly ? null : (
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      edit({ serviceItems: template.serviceItems.filter((_, i) => i !== index) })
                    }
                  >
                    Remove {item.name || 'item'}
                  </Button>
                )}
              </Inline>
              <EditField
                id={`t-item-${index}-summary`}
                label={`${item.name || 'Item'} summary`}
                value={item.summary}
                readOnly={readOnly}
                problems={at(`${here}.summary`)}
                onChange={(summary) => update({ summary })}
              />
              <SectionsEditor
                id={`t-item-${index}`}
                sections={item.sections}
                readOnly={readOnly}
                problems={(p) => at(`${here}.${p}`)}
                onChange={(sections) => update({ sections })}
              />
              <FieldDefaultsEditor
                hidden={!screensShown}
                id={`t-item-${index}`}
                screen={screenFor(item.role)}
                typeName={typeNameFor(item.role)}
                fields={item.fields}
                readOnly={readOnly}
                problems={(p) => at(`${here}.${p}`)}
                onChange={(fields) => update({ fields })}
              />
              <InclusionPicker
                id={`t-item-${index}-include`}
                rule={item.include}
                scope="service"
                readOnly={readOnly}
                problems={at(`${here}.include`)}
                onChange={(include) => update({ include })}
              />
            </Stack>
          </fieldset>
        );
      })}
      {readOnly ? null : (
        <Inline>
          <Button
            onClick={() =>
              edit({
                serviceItems: [
                  ...template.serviceItems,
                  {
                    key: freeKey(template.serviceItems.map((it) => it.key)),
                    name: 'New item',
                    role: 'subtask',
                    perEndpoint: false,
                    include: { when: 'always' },
                    summary: '{{item.name}}: {{service.name}}',
                    sections: [],
                    labels: [],
                    fields: { custom: [] },
                  },
                ],
              })
            }
          >
            Add an item
          </Button>
        </Inline>
      )}

      <Heading size="small" as="h3">
        Epic extras
      </Heading>
      {template.extras.map((extra, index) => {
        const here = `extras[${index}]`;
        const update = (change: Partial<typeof extra>) =>
          edit({ extras: template.extras.map((x, i) => (i === index ? { ...x, ...change } : x)) });
        return (
          <fieldset key={extra.key} style={FIELDSET}>
            <legend style={LEGEND}>{extra.name || `Extra ${index + 1}`}</legend>
            <Stack space="space.100">
              <EditField
                id={`t-extra-${index}-name`}
                label="Extra name"
                value={extra.name}
                readOnly={readOnly}
                problems={at(`${here}.name`)}
                onChange={(name) => update({ name })}
              />
              <EditField
                id={`t-extra-${index}`}
                label={`${extra.name || 'Extra'} summary`}
                value={extra.summary}
                readOnly={readOnly}
                problems={at(`${here}.summary`)}
                onChange={(summary) => update({ summary })}
              />
              <SectionsEditor
                id={`t-extra-${index}`}
                sections={extra.sections}
                readOnly={readOnly}
                problems={(p) => at(`${here}.${p}`)}
                onChange={(sections) => update({ sections })}
              />
              <FieldDefaultsEditor
                hidden={!screensShown}
                id={`t-extra-${index}`}
                screen={screenFor('standard')}
                typeName={typeNameFor('standard')}
                fields={extra.fields}
                readOnly={readOnly}
                problems={(p) => at(`${here}.${p}`)}
                onChange={(fields) => update({ fields })}
              />
              <InclusionPicker
                id={`t-extra-${index}-include`}
                rule={extra.include}
                scope="feature"
                readOnly={readOnly}
                problems={at(`${here}.include`)}
                onChange={(include) => update({ include })}
              />
              {readOnly ? null : (
                <Inline>
                  <Button
                    appearance="subtle"
                    onClick={() => edit({ extras: template.extras.filter((_, i) => i !== index) })}
                  >
                    Remove {extra.name || 'extra'}
                  </Button>
                </Inline>
              )}
            </Stack>
          </fieldset>
        );
      })}
      {readOnly || template.extras.length >= 6 ? null : (
        <Inline>
          <Button
            onClick={() =>
              edit({
                extras: [
                  ...template.extras,
                  {
                    key: freeKey(template.extras.map((x) => x.key)),
                    name: 'New extra',
                    include: { when: 'always' },
                    summary: '{{item.name}}: {{feature.title}}',
                    sections: [],
                    labels: [],
                    fields: { custom: [] },
                  },
                ],
              })
            }
          >
            Add an extra
          </Button>
        </Inline>
      )}

      <Heading size="small" as="h3">
        Labels and components
      </Heading>
      <EditField
        id="t-labels"
        label="Labels (comma-separated)"
        value={template.labels.join(', ')}
        readOnly={readOnly}
        problems={at('labels')}
        onChange={(text) => edit({ labels: splitList(text) })}
      />
      {componentOptions ? (
        <Stack space="space.050">
          <Label htmlFor="t-components">Components</Label>
          <Select<{ value: string; label: string }, true>
            menuPlacement="auto"
            inputId="t-components"
            isMulti
            isDisabled={readOnly}
            placeholder="None"
            options={componentOptions}
            value={componentOptions.filter((o) =>
              template.components.some((c) => c.id === o.value),
            )}
            onChange={(chosen) => edit({ components: chosen.map((o) => ({ id: o.value })) })}
          />
          {at('components').map((m) => (
            <Text key={m} color="color.text.danger">
              {m}
            </Text>
          ))}
        </Stack>
      ) : (
        <EditField
          id="t-components"
          label="Component ids (comma-separated)"
          value={template.components.map((c) => c.id).join(', ')}
          readOnly={readOnly}
          problems={at('components')}
          onChange={(text) => edit({ components: splitList(text).map((id) => ({ id })) })}
        />
      )}

      <Heading size="small" as="h3">
        Readiness rules that block creation
      </Heading>
      <Stack space="space.050">
        {READINESS_RULES.map((rule) => (
          <Checkbox
            key={rule.id}
            // A blank row would make an empty row in a ticket: it blocks in every template.
            label={rule.blocksAlways ? `${rule.title} (always blocks)` : rule.title}
            isDisabled={readOnly || rule.blocksAlways === true}
            isChecked={rule.blocksAlways === true || template.readiness.blockers.includes(rule.id)}
            onChange={(e) => {
              const blockers = e.currentTarget.checked
                ? [...template.readiness.blockers, rule.id]
                : template.readiness.blockers.filter((id) => id !== rule.id);
              edit({ readiness: { blockers } });
            }}
          />
        ))}
      </Stack>

      <Heading size="small" as="h3">
        Preview for a sample feature (Checkout revamp: Payments → Orders)
      </Heading>
      {problems.length > 0 ? (
        <SectionMessage
          appearance="warning"
          title={`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix`}
        >
          <ul aria-label="Problems to fix">
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {problemPlace(template, p.path)}: {p.message}
              </li>
            ))}
          </ul>
        </SectionMessage>
      ) : null}
      <div data-testid="template-preview" aria-live="polite">
        {preview === null ? (
          <Text color="color.text.subtle">The preview shows once the problems are fixed.</Text>
        ) : preview.ok ? (
          <ul>
            {preview.plan.items.map((item) => (
              <li key={item.localId} style={{ marginLeft: `${(1 - item.level) * 16}px` }}>
                {item.fields.summary}
              </li>
            ))}
          </ul>
        ) : (
          <Text>{preview.error.message}</Text>
        )}
      </div>

      <Inline space="space.100" alignBlock="center" shouldWrap>
        {readOnly ? null : (
          <Button
            appearance="primary"
            isDisabled={blockedBecause !== null || saving}
            aria-describedby={blockedBecause ? 't-save-blocked' : undefined}
            onClick={() => void save()}
          >
            {saving ? 'Saving…' : 'Save template'}
          </Button>
        )}
        <Button appearance="subtle" onClick={onCancel}>
          {readOnly ? 'Close' : 'Cancel'}
        </Button>
        {!readOnly && blockedBecause ? (
          <span id="t-save-blocked">
            <Text color="color.text.subtle">{blockedBecause}</Text>
          </span>
        ) : null}
      </Inline>
    </Stack>
  );
}
