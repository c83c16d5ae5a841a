/**
 * A small stand-in for Jira Automation: rules of the form "when an issue of type X is created in
 * project P, run action A", which this page fires on issues created in Jira (it watches while it
 * is open), and an audit log of each execution with what the action answered. A rule's inputs are
 * what its configuration form would save, smart values included; the page renders
 * {{issue.key}}, {{issue.id}}, {{issue.parent.key}}, {{issue.updated}}, {{rule.id}} and {{rule.name}} before delivering, as Automation does.
 * "Deliver again" re-sends an execution unchanged, as Automation's retry would.
 */
import { callAction, type ActionAnswer } from '../action-call';
import { el } from '../dom';
import { mountFrame, sendEvent } from '../frames';
import { jiraJson } from '../jira-client';
import { session, viewElement } from '../session';
import type { ActionModule } from '../types';

interface Rule {
  id: string;
  name: string;
  projectKey: string;
  issueType: string;
  actionKey: string;
  /** The rule's actor: whom the action runs as. */
  actor: string;
  inputs: Record<string, string>;
  enabled: boolean;
  /** Issues the rule has seen (fired on, or that existed when it was made). */
  seen: string[];
}

interface Execution {
  id: string;
  at: number;
  rule: Rule;
  issueKey: string;
  actionKey: string;
  payload: Record<string, unknown>;
  answer?: ActionAnswer;
  failure?: string;
}

const RULES_KEY = 'bb-dev-automation-rules';
/** The page's own record of what fired; the app keeps its own (the run history). */
const audit: Execution[] = [];

function loadRules(): Rule[] {
  try {
    return JSON.parse(localStorage.getItem(RULES_KEY) ?? '[]') as Rule[];
  } catch {
    return [];
  }
}
const saveRules = (rules: Rule[]) => localStorage.setItem(RULES_KEY, JSON.stringify(rules));

const automationActions = (): ActionModule[] =>
  (session.config?.actions ?? []).filter((a) => a.automation);

interface Trigger {
  id: string;
  key: string;
  fields?: { parent?: { key: string }; updated?: string };
}

function render(value: string, rule: Rule, issue: Trigger): string {
  return value
    .replaceAll('{{issue.key}}', issue.key)
    .replaceAll('{{issue.parent.key}}', issue.fields?.parent?.key ?? '')
    .replaceAll('{{issue.updated}}', issue.fields?.updated ?? '')
    .replaceAll('{{issue.id}}', issue.id)
    .replaceAll('{{rule.id}}', rule.id)
    .replaceAll('{{rule.name}}', rule.name);
}

/** The payload Automation would send: the saved inputs, smart values resolved, types as declared. */
function payloadFor(rule: Rule, issue: Trigger): Record<string, unknown> {
  const action = automationActions().find((a) => a.key === rule.actionKey);
  const payload: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(rule.inputs)) {
    const value = render(raw, rule, issue);
    if (value === '') continue;
    payload[name] = action?.inputs[name]?.type === 'boolean' ? value === 'true' : value;
  }
  return payload;
}

async function deliver(execution: Execution): Promise<void> {
  try {
    execution.answer = await callAction({
      actionKey: execution.actionKey,
      user: execution.rule.actor,
      payload: execution.payload,
    });
  } catch (error) {
    execution.failure = error instanceof Error ? error.message : String(error);
  }
  if (location.hash === '#/automation') drawAudit();
}

async function fire(rule: Rule, issue: Trigger): Promise<void> {
  const execution: Execution = {
    id: `${rule.id}:${issue.id}`,
    at: Date.now(),
    rule,
    issueKey: issue.key,
    actionKey: rule.actionKey,
    payload: payloadFor(rule, issue),
  };
  audit.unshift(execution);
  if (location.hash === '#/automation') drawAudit();
  await deliver(execution);
}

let watching = false;
/** Polls Jira for issues the enabled rules have not seen, and fires them; started once. */
export function watchRules(): void {
  if (watching) return;
  watching = true;
  const tick = async (): Promise<void> => {
    const rules = loadRules();
    for (const rule of rules.filter((r) => r.enabled)) {
      const found = await newIssues(rule).catch(() => []);
      for (const issue of found) {
        rule.seen.push(issue.key);
        saveRules(rules);
        await fire(rule, issue);
      }
    }
    setTimeout(() => void tick(), 1500);
  };
  void tick();
}

async function newIssues(rule: Rule): Promise<Trigger[]> {
  const page = await jiraJson<{ issues: Trigger[] }>('/rest/api/3/search/jql', {
    method: 'POST',
    body: JSON.stringify({
      jql: `project = ${rule.projectKey} AND issuetype = "${rule.issueType}" ORDER BY key DESC`,
      fields: ['summary', 'parent', 'updated'],
      maxResults: 50,
    }),
  });
  const seen = new Set(rule.seen);
  return page.issues.filter((i) => !seen.has(i.key)).reverse();
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2)}`;
  control.id = id;
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    control,
    hint ? el('small', { class: 'muted' }, hint) : null,
  );
}

function select(options: [string, string][], value?: string): HTMLSelectElement {
  const node = el('select', {});
  for (const [key, label] of options) {
    const option = el('option', { value: key }, label);
    if (key === value) option.selected = true;
    node.append(option);
  }
  return node;
}

async function issueTypesOf(projectKey: string): Promise<string[]> {
  const meta = await jiraJson<{ issueTypes: { name: string; subtask?: boolean }[] }>(
    `/rest/api/3/issue/createmeta/${projectKey}/issuetypes`,
  );
  return meta.issueTypes.filter((t) => !t.subtask).map((t) => t.name);
}

function ruleForm(onAdd: () => void): HTMLElement {
  const projects = session.config?.projects ?? [];
  const project = select(projects.map((p) => [p, p]));
  const type = select([['Epic', 'Epic']], 'Epic');
  const refreshTypes = async () => {
    const names = await issueTypesOf(project.value).catch(() => ['Epic']);
    type.replaceChildren(...names.map((n) => el('option', { value: n }, n)));
  };
  project.addEventListener('change', () => void refreshTypes());
  void refreshTypes();
  const actions = automationActions();
  const action = select(actions.map((a) => [a.key, a.name]));
  const actor = select(
    (session.config?.users ?? []).map((u) => [u.key, u.displayName]),
    session.user,
  );
  const name = el('input', { value: 'Template sub-tasks for new epics', id: 'rule-name' });
  // The app's own configuration form, in a frame, as Automation shows it when a rule uses the
  // action; what it submits (on each change, and when asked) is what the rule saves.
  const inputsBox = el('div', { class: 'rule-inputs' });
  let submitted: Record<string, unknown> = {};
  let waiting: (() => void) | undefined;
  let configFrame: HTMLIFrameElement | null = null;
  const drawInputs = () => {
    submitted = {};
    const heading = el('h3', {}, 'Action configuration');
    const box = el('div', {});
    inputsBox.replaceChildren(heading, box);
    void mountFrame(
      box,
      'action',
      { actionKey: action.value, projectKey: project.value },
      'Action configuration',
      (payload) => {
        if (payload && typeof payload === 'object') submitted = payload as Record<string, unknown>;
        waiting?.();
      },
    ).then(() => {
      configFrame = box.querySelector('iframe');
    });
  };
  /** Asks the form for its values, as Automation's Next button does, and waits for them. */
  const collect = async (): Promise<Record<string, unknown>> => {
    if (configFrame) {
      const answered = new Promise<void>((resolve) => {
        waiting = resolve;
        setTimeout(resolve, 2000);
      });
      sendEvent(configFrame, 'AUTOMATION_ACTION_SUBMIT');
      await answered;
      waiting = undefined;
    }
    return submitted;
  };
  action.addEventListener('change', drawInputs);
  project.addEventListener('change', drawInputs);
  drawInputs();
  const add = el('button', { class: 'btn primary', type: 'submit' }, 'Turn on rule');
  const form = el(
    'form',
    { class: 'rule-form', 'aria-label': 'New rule' },
    el('h2', {}, 'New rule'),
    el(
      'div',
      { class: 'rule-steps' },
      el('div', { class: 'rule-step when' }, el('strong', {}, 'When: '), 'Work item created'),
      el('div', { class: 'rule-step if' }, el('strong', {}, 'If: '), 'project and type match'),
      el('div', { class: 'rule-step then' }, el('strong', {}, 'Then: '), 'run the app’s action'),
    ),
    field('Rule name', name),
    field('Project', project),
    field('Issue type', type),
    field('Action', action),
    field('Run as (the rule’s actor)', actor),
    inputsBox,
    add,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const existing = await newIssues({
        projectKey: project.value,
        issueType: type.value,
        seen: [],
      } as unknown as Rule).catch(() => []);
      const rules = loadRules();
      rules.push({
        id: String(Date.now()),
        name: name.value.trim() || 'Unnamed rule',
        projectKey: project.value,
        issueType: type.value,
        actionKey: action.value,
        actor: actor.value,
        inputs: Object.fromEntries(
          Object.entries(await collect()).map(([k, v]) => [
            k,
            typeof v === 'string' ? v.trim() : String(v),
          ]),
        ),
        enabled: true,
        // Only issues created from now on fire it, as in Jira.
        seen: existing.map((i) => i.key),
      });
      saveRules(rules);
      onAdd();
    })();
  });
  return form;
}

function ruleList(onChange: () => void): HTMLElement {
  const rules = loadRules();
  const actions = automationActions();
  if (rules.length === 0) {
    return el(
      'p',
      { class: 'muted' },
      'No rules yet. Add one below; it fires while this page is open.',
    );
  }
  return el(
    'ul',
    { class: 'rules', 'aria-label': 'Rules' },
    ...rules.map((rule) => {
      const toggle = el('button', { class: 'btn' }, rule.enabled ? 'Turn off' : 'Turn on');
      toggle.addEventListener('click', () => {
        rule.enabled = !rule.enabled;
        saveRules(rules);
        onChange();
      });
      const remove = el('button', { class: 'btn' }, 'Delete');
      remove.addEventListener('click', () => {
        saveRules(rules.filter((r) => r.id !== rule.id));
        onChange();
      });
      const manualKey = el('input', {
        placeholder: 'e.g. SHOP-1',
        'aria-label': `Issue to run ${rule.name} on`,
      });
      const manual = el('button', { class: 'btn' }, 'Run on issue');
      manual.addEventListener('click', () => {
        const key = manualKey.value.trim().toUpperCase();
        if (!key) return;
        void jiraJson<Trigger>(`/rest/api/3/issue/${key}?fields=summary,parent,updated`).then(
          (issue) => fire(rule, issue),
          (error: unknown) => alert(error instanceof Error ? error.message : String(error)),
        );
      });
      return el(
        'li',
        { class: `rule ${rule.enabled ? '' : 'off'}` },
        el(
          'div',
          { class: 'rule-name' },
          el('strong', {}, rule.name),
          el(
            'span',
            { class: `lozenge ${rule.enabled ? 'on' : ''}` },
            rule.enabled ? 'Enabled' : 'Disabled',
          ),
        ),
        el(
          'div',
          { class: 'muted' },
          `When a ${rule.issueType} is created in ${rule.projectKey}, run “${actions.find((a) => a.key === rule.actionKey)?.name ?? rule.actionKey}” as ${session.config?.users.find((u) => u.key === rule.actor)?.displayName ?? rule.actor}.`,
        ),
        el('div', { class: 'toolbar' }, toggle, remove, manualKey, manual),
      );
    }),
  );
}

function outcome(execution: Execution): { label: string; kind: string; text: string } {
  if (execution.failure) return { label: 'Failed', kind: 'error', text: execution.failure };
  const answer = execution.answer;
  if (!answer) return { label: 'In progress', kind: '', text: 'Waiting for the action…' };
  if (answer.errors) {
    return { label: 'Error', kind: 'error', text: answer.errors.map((e) => e.message).join(' ') };
  }
  const queued = answer.run?.mode === 'queued' && answer.run.status !== 'succeeded';
  return {
    label: answer.repeated ? 'Success (retry)' : queued ? 'Success (queued)' : 'Success',
    kind: 'success',
    text: answer.message ?? '',
  };
}

function drawAudit(): void {
  const box = document.getElementById('automation-audit');
  if (!box) return;
  if (audit.length === 0) {
    box.replaceChildren(el('p', { class: 'muted' }, 'Nothing has fired yet.'));
    return;
  }
  box.replaceChildren(
    el(
      'table',
      { class: 'issues audit' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...['When', 'Rule', 'Issue', 'Status', 'What the action said', ''].map((h) =>
            el('th', {}, h),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        ...audit.map((execution) => {
          const { label, kind, text } = outcome(execution);
          const again = el('button', { class: 'btn' }, 'Deliver again');
          again.title = 'Re-send this execution unchanged, as Automation does when it retries';
          again.addEventListener('click', () => {
            const copy: Execution = { ...execution, at: Date.now() };
            delete copy.answer;
            delete copy.failure;
            audit.unshift(copy);
            drawAudit();
            void deliver(copy);
          });
          return el(
            'tr',
            {},
            el('td', { class: 'muted' }, new Date(execution.at).toLocaleTimeString()),
            el('td', {}, execution.rule.name),
            el('td', {}, el('a', { href: `#/browse/${execution.issueKey}` }, execution.issueKey)),
            el('td', {}, el('span', { class: `lozenge ${kind}` }, label)),
            el('td', { class: 'summary' }, text),
            el('td', {}, again),
          );
        }),
      ),
    ),
  );
}

export function renderAutomation(isCurrent: () => boolean): Promise<void> {
  if (!isCurrent()) return Promise.resolve();
  const draw = () => {
    viewElement().replaceChildren(
      el('h1', {}, 'Automation'),
      el(
        'p',
        { class: 'muted' },
        'Rules that run Backend Breakdown’s actions, as Jira Automation would: each execution calls the action’s function with the inputs below (smart values resolved) as the rule’s actor. Rules fire on issues created while this page is open.',
      ),
      ruleList(draw),
      el('h2', {}, 'Audit log'),
      el('div', { id: 'automation-audit', 'aria-live': 'polite' }),
      ruleForm(draw),
    );
    drawAudit();
  };
  draw();
  return Promise.resolve();
}
