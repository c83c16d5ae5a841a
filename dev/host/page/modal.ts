import { el } from './dom';
import { session } from './session';

/** A Jira-like modal dialog (the issue action); Escape or the blanket closes it. */
export function openModal(
  title: string,
  mountInto: (body: HTMLElement, close: () => void) => Promise<void>,
): void {
  const root = document.getElementById('modal-root') as HTMLElement;
  const opener = document.activeElement as HTMLElement | null;
  const heading = el('h2', { id: 'modal-title', class: 'visually-hidden' }, title);
  const body = el(
    'div',
    {
      class: 'modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'modal-title',
      tabindex: '-1',
    },
    heading,
  );
  const blanket = el('div', { class: 'blanket' }, body);
  const close = (): void => {
    blanket.remove();
    document.removeEventListener('keydown', onKey);
    opener?.focus();
    session.rerender();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  document.addEventListener('keydown', onKey);
  blanket.addEventListener('click', (event) => {
    if (event.target === blanket) close();
  });
  root.append(blanket);
  body.focus();
  void mountInto(body, close);
}
