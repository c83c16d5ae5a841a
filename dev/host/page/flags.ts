import { el } from './dom';

/** Jira-like flags, bottom left; errors stay until dismissed. */
export function showFlag(payload: {
  id?: unknown;
  title?: string;
  description?: string;
  type?: string;
}): void {
  const id =
    typeof payload.id === 'string' || typeof payload.id === 'number'
      ? String(payload.id)
      : String(Date.now());
  document.querySelector(`[data-flag-id="${CSS.escape(id)}"]`)?.remove();
  const close = el('button', { 'aria-label': 'Dismiss' }, '×');
  const flag = el(
    'div',
    {
      class: `flag ${payload.type ?? 'info'}`,
      'data-flag-id': id,
      role: payload.type === 'error' ? 'alert' : 'status',
    },
    close,
    el('strong', {}, payload.title ?? ''),
    payload.description ? el('div', {}, payload.description) : null,
  );
  close.addEventListener('click', () => flag.remove());
  document.getElementById('flags')?.append(flag);
  if (payload.type !== 'error') setTimeout(() => flag.remove(), 8000);
}
