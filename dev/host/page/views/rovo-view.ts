/**
 * A stand-in for a Rovo chat with the app's agent: pick one of the agent's actions, type its
 * inputs as the agent would extract them, optionally open the chat "on" an issue (Rovo then adds
 * that issue to the payload's `context`), and see exactly what the action answers the agent.
 */
import { callAction } from '../action-call';
import { el } from '../dom';
import { session, viewElement } from '../session';

export function renderRovo(isCurrent: () => boolean): Promise<void> {
  if (!isCurrent()) return Promise.resolve();
  const actions = (session.config?.actions ?? []).filter((a) => a.rovo);
  const action = el('select', { id: 'rovo-action' });
  for (const a of actions)
    action.append(el('option', { value: a.key }, `${a.name} (${a.actionVerb})`));
  const openOn = el('input', { id: 'rovo-issue', placeholder: 'e.g. SHOP-1' });
  const inputsBox = el('div', { class: 'rule-inputs' });
  const values = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const drawInputs = () => {
    const module = actions.find((a) => a.key === action.value);
    values.clear();
    inputsBox.replaceChildren(
      el('p', { class: 'muted' }, module?.description ?? ''),
      ...Object.entries(module?.inputs ?? {}).map(([key, input]) => {
        const control =
          input.type === 'boolean'
            ? el(
                'select',
                { id: `rovo-in-${key}` },
                el('option', { value: '' }, '—'),
                el('option', { value: 'true' }, 'true'),
                el('option', { value: 'false' }, 'false'),
              )
            : el('input', { id: `rovo-in-${key}` });
        values.set(key, control);
        return el(
          'div',
          { class: 'field' },
          el('label', { for: control.id }, `${input.title}${input.required ? ' (required)' : ''}`),
          control,
          el('small', { class: 'muted' }, input.description),
        );
      }),
    );
  };
  action.addEventListener('change', drawInputs);
  drawInputs();
  const said = el('div', { id: 'rovo-answer', 'aria-live': 'polite' });
  const call = el('button', { class: 'btn primary', type: 'submit' }, 'Call action');
  const form = el(
    'form',
    { class: 'rule-form', 'aria-label': 'Call an agent action' },
    el('div', { class: 'field' }, el('label', { for: action.id }, 'Action'), action),
    el(
      'div',
      { class: 'field' },
      el('label', { for: openOn.id }, 'Chat open on issue (optional)'),
      openOn,
      el(
        'small',
        { class: 'muted' },
        'Rovo puts this issue into the payload’s context; the action uses it when no issue is typed.',
      ),
    ),
    inputsBox,
    call,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const payload: Record<string, unknown> = {};
    const module = actions.find((a) => a.key === action.value);
    for (const [key, control] of values) {
      const value = control.value.trim();
      if (value === '') continue;
      payload[key] = module?.inputs[key]?.type === 'boolean' ? value === 'true' : value;
    }
    const issueKey = openOn.value.trim().toUpperCase();
    call.setAttribute('disabled', '');
    said.replaceChildren(el('p', { class: 'muted' }, 'Calling…'));
    callAction({
      actionKey: action.value,
      user: session.user,
      payload,
      ...(issueKey ? { issueKey } : {}),
    })
      .then(
        (answer) => {
          const message = answer.errors
            ? answer.errors.map((e) => e.message).join(' ')
            : (answer.message ?? '');
          said.replaceChildren(
            el('h2', {}, answer.errors ? 'The action refused' : 'What the agent reads'),
            el('p', { class: answer.errors ? 'error-box' : 'agent-says' }, message),
            el(
              'details',
              {},
              el('summary', {}, 'Whole answer (JSON)'),
              el('pre', {}, JSON.stringify(answer, null, 2)),
            ),
          );
        },
        (error: unknown) => {
          said.replaceChildren(
            el(
              'p',
              { class: 'error-box', role: 'alert' },
              error instanceof Error ? error.message : String(error),
            ),
          );
        },
      )
      .finally(() => call.removeAttribute('disabled'));
  });
  viewElement().replaceChildren(
    el('h1', {}, 'Rovo: Backend Breakdown agent'),
    el(
      'p',
      { class: 'muted' },
      'Calls the agent’s actions as Rovo would, as the person signed in above.',
    ),
    form,
    said,
  );
  return Promise.resolve();
}
