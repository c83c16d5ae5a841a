import { Checkbox } from '@atlaskit/checkbox';
import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Box, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { events, view } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { EditField } from '@ui/templates/EditField';
import { Loading } from '@ui/Loading';
import { useResolver } from '@ui/use-resolver';
import {
  actionKindOf,
  listOf,
  withDefaults,
  type ActionKind,
  type ConfigInputs,
} from './config-inputs';

interface FormContext {
  moduleKey?: string;
  extension?: {
    data?: { inputs?: ConfigInputs };
    errors?: { invalidInputs?: Record<string, { message: string }> };
  };
}

type Option = { value: string; label: string };
const DEFAULT_OPTION: Option = { value: '', label: 'The project’s default template' };

/**
 * The form Automation shows when a rule uses one of Backend Breakdown's actions: the issue, the
 * template, which sub-tasks and which children (or, for a breakdown, whether the issue is the
 * epic). Every change is handed to Automation at once (`view.submit`), and again when it asks
 * (`AUTOMATION_ACTION_SUBMIT`), so nothing typed is lost when the admin moves to another step.
 */
export function AutomationConfigApp() {
  const [context, setContext] = useState<FormContext | null>(null);
  useEffect(() => {
    void view.getContext().then((c) => setContext(c as FormContext));
  }, []);
  if (!context) return <Loading label="Opening the action’s settings…" />;
  const saved = context.extension?.data?.inputs ?? {};
  return (
    <ConfigForm
      kind={actionKindOf(context.moduleKey, saved)}
      saved={saved}
      invalid={context.extension?.errors?.invalidInputs ?? {}}
    />
  );
}

function ConfigForm({
  kind,
  saved,
  invalid,
}: {
  kind: ActionKind;
  saved: ConfigInputs;
  invalid: Record<string, { message: string }>;
}) {
  const [values, setValues] = useState<ConfigInputs>(() => withDefaults(kind, saved));
  const [problems, setProblems] = useState(invalid);
  const latest = useRef(values);
  latest.current = values;
  useEffect(() => {
    const subscription = events.on('AUTOMATION_ACTION_SUBMIT', () => {
      void view.submit(latest.current);
    });
    return () => {
      void subscription.then((s) => s.unsubscribe());
    };
  }, []);
  const [templates] = useResolver('automation/templates', {});
  /** Changes some inputs, and hands the whole form to Automation at once. */
  const change = (patch: ConfigInputs) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setValues(next);
    setProblems((current) =>
      Object.fromEntries(Object.entries(current).filter(([name]) => !(name in patch))),
    );
    void view.submit(next);
  };
  const set = (name: string, value: string | boolean) => change({ [name]: value });
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '');
  const problemsOf = (name: string) => (problems[name] ? [problems[name].message] : []);

  const issueInput = kind === 'subtasks' ? 'epicKey' : 'issueKey';
  const options: Option[] =
    templates.status === 'ready'
      ? [DEFAULT_OPTION, ...templates.data.templates.map((t) => ({ value: t.id, label: t.name }))]
      : [DEFAULT_OPTION];
  const chosen =
    templates.status === 'ready'
      ? templates.data.templates.find((t) => t.id === text('templateId'))
      : undefined;
  const items = listOf(values.items);

  return (
    <Box padding="space.200">
      <Stack space="space.200">
        <Text>
          {kind === 'subtasks'
            ? 'Creates the template’s sub-tasks under every child of the epic, once each; sub-tasks that exist are kept. Runs as the rule’s actor.'
            : 'Creates the issue’s saved breakdown, as Create in the Backend Breakdown panel does. Runs as the rule’s actor.'}
        </Text>
        <EditField
          id="config-issue"
          label={kind === 'subtasks' ? 'Epic' : 'Issue'}
          value={text(issueInput)}
          onChange={(v) => set(issueInput, v)}
          problems={problemsOf(issueInput)}
          help="An issue key or a smart value, e.g. {{issue.key}} or {{issue.parent.key}}."
        />
        <Stack space="space.050">
          <Label htmlFor="config-template">Template</Label>
          <Select<Option>
            inputId="config-template"
            menuPlacement="auto"
            isLoading={templates.status === 'loading'}
            options={options}
            value={options.find((o) => o.value === text('templateId')) ?? DEFAULT_OPTION}
            onChange={(option) =>
              // Another template has other sub-tasks: the choice of them starts again (all).
              change({
                templateId: option?.value ?? '',
                ...(kind === 'subtasks' ? { items: '' } : {}),
              })
            }
          />
          {templates.status === 'error' ? (
            <ErrorMessage>{`The templates cannot be listed now: ${templates.error.message}`}</ErrorMessage>
          ) : null}
          {problemsOf('templateId').length > 0 ? (
            <ErrorMessage>{problemsOf('templateId').join('; ')}</ErrorMessage>
          ) : null}
        </Stack>
        {kind === 'subtasks' ? (
          <>
            {chosen && chosen.subtasks.length > 0 ? (
              <Stack space="space.050">
                <Text weight="medium">Sub-tasks</Text>
                {chosen.subtasks.map((item) => (
                  <Checkbox
                    key={item.key}
                    label={item.name}
                    isChecked={items.length === 0 || items.includes(item.key)}
                    onChange={(event) => {
                      const all = chosen.subtasks.map((s) => s.key);
                      const current = items.length === 0 ? all : items;
                      const next = event.currentTarget.checked
                        ? all.filter((k) => current.includes(k) || k === item.key)
                        : current.filter((k) => k !== item.key);
                      set('items', next.length === all.length ? '' : next.join(', '));
                    }}
                  />
                ))}
                <HelperMessage>All of them unless you untick some.</HelperMessage>
              </Stack>
            ) : null}
            <EditField
              id="config-types"
              label="Only children of these issue types"
              value={text('issueTypes')}
              onChange={(v) => set('issueTypes', v)}
              problems={problemsOf('issueTypes')}
              help="Comma-separated, e.g. Story, Task. Empty: every child."
            />
            <EditField
              id="config-statuses"
              label="Only children in these statuses"
              value={text('statuses')}
              onChange={(v) => set('statuses', v)}
              problems={problemsOf('statuses')}
              help="Comma-separated. Empty: every child."
            />
            <EditField
              id="config-labels"
              label="Only children with these labels"
              value={text('labels')}
              onChange={(v) => set('labels', v)}
              problems={problemsOf('labels')}
              help="Comma-separated. Empty: every child."
            />
          </>
        ) : (
          <Checkbox
            label="When the issue is an epic, put the services under it instead of a new epic"
            isChecked={values.reuseCurrentEpic === true}
            onChange={(event) => set('reuseCurrentEpic', event.currentTarget.checked)}
          />
        )}
        <EditField
          id="config-execution"
          label="Rule execution"
          value={text('executionId')}
          onChange={(v) => set('executionId', v)}
          problems={problemsOf('executionId')}
          help="The same for a retried delivery of one execution, different for the next: a retry then creates nothing twice. The default suits most rules."
        />
      </Stack>
    </Box>
  );
}
