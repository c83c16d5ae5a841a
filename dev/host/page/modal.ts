import { el } from './dom';
import { session } from './session';

export interface ModalOptions {
  /** Render the page again after closing (the issue action may have changed the issue). */
  rerender?: boolean;
  /** Told how the modal closed: the payload its app closed it with, or undefined (Escape, blanket). */
  onClosed?: (payload: unknown) => void;
}

/**
 * A Jira-like modal dialog (the issue action, or a Custom UI `Modal` an app opened); Escape or the
 * blanket closes it.
 */
export function openModal(
  title: string,
  mountInto: (body: HTMLElement, close: (payload?: unknown) => void) => Promise<void>,
  options: ModalOptions = { rerender: true },
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
  const close = (payload?: unknown): void => {
    if (!blanket.isConnected) return;
    blanket.remove();
    document.removeEventListener('keydown', onKey);
    opener?.focus();
    if (options.rerender) session.rerender();
    options.onClosed?.(payload);
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
