import { el } from './dom';
import { session } from './session';

/** The named sizes of a Custom UI `Modal`, as Jira draws them (width, height, least height). */
const MODAL_SIZES = {
  small: { width: '400px', height: '20vh', minHeight: '320px' },
  medium: { width: '600px', height: '40vh', minHeight: '520px' },
  large: { width: '800px', height: '70vh', minHeight: '720px' },
  xlarge: { width: '968px', height: '90vh', minHeight: '0px' },
  max: { width: '100%', height: '100%', minHeight: '0px' },
} as const;
/** A named size, or the custom `{ width, height? }` the bridge also accepts (CSS lengths). */
export type ModalSize = keyof typeof MODAL_SIZES | { width: string; height?: string };
export const isModalSize = (value: unknown): value is ModalSize =>
  typeof value === 'string'
    ? Object.hasOwn(MODAL_SIZES, value)
    : typeof value === 'object' &&
      value !== null &&
      typeof (value as { width?: unknown }).width === 'string' &&
      ['string', 'undefined'].includes(typeof (value as { height?: unknown }).height);

/** A custom size whose height follows the content (a confirmation's). */
export const isFitContent = (size: unknown): boolean =>
  typeof size === 'object' &&
  size !== null &&
  (size as { height?: unknown }).height === 'fit-content';

export interface ModalOptions {
  /** Render the page again after closing (the issue action may have changed the issue). */
  rerender?: boolean;
  /** Told how the modal closed: the payload its app closed it with, or undefined (Escape, blanket). */
  onClosed?: (payload: unknown) => void;
  /**
   * A Custom UI `Modal`'s size: the dialog has that size and its frame fills it. Without one (the
   * issue action) the frame is sized to its content, up to the window's height.
   */
  size?: ModalSize;
  /** As `Modal`'s options: Escape and a click on the blanket close it unless set to false. */
  closeOnEscape?: boolean;
  closeOnOverlayClick?: boolean;
}

/**
 * A Jira-like modal dialog (the issue action, or a Custom UI `Modal` an app opened), centred in
 * the window; Escape or the blanket closes it, and focus goes back where it was. `mountInto` gets
 * what closes it with the app's payload, and what Escape pressed inside its frame calls.
 */
export function openModal(
  title: string,
  mountInto: (
    body: HTMLElement,
    close: (payload?: unknown) => void,
    escape: () => void,
  ) => Promise<void>,
  options: ModalOptions = { rerender: true },
): void {
  const root = document.getElementById('modal-root') as HTMLElement;
  const opener = document.activeElement as HTMLElement | null;
  const titleId = `modal-title-${String(root.childElementCount + 1)}`;
  const heading = el('h2', { id: titleId, class: 'visually-hidden' }, title);
  const body = el(
    'div',
    {
      class: options.size ? 'modal sized' : 'modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      tabindex: '-1',
    },
    heading,
  );
  if (options.size) {
    const size = options.size;
    Object.assign(
      body.style,
      typeof size === 'string'
        ? MODAL_SIZES[size]
        : { width: size.width, height: size.height ?? '70vh' },
    );
    // `height: 'fit-content'` (a CSS height like any other): as tall as the frame's content, up
    // to the window; the frame reports its height as an issue action's does.
    if (isFitContent(size)) {
      body.classList.add('fitted');
      body.style.maxHeight = 'calc(100vh - 32px)';
    }
  }
  const blanket = el('div', { class: 'blanket' }, body);
  const close = (payload?: unknown): void => {
    if (!blanket.isConnected) return;
    blanket.remove();
    session.modals.delete(dismiss);
    document.removeEventListener('keydown', onKey);
    opener?.focus();
    if (options.rerender) session.rerender();
    options.onClosed?.(payload);
  };
  // Leaving the page (a link, browser Back) closes it as Jira does, without drawing the old page
  // again: the next page is drawn by the navigation itself.
  const dismiss = (): void => {
    if (!blanket.isConnected) return;
    blanket.remove();
    session.modals.delete(dismiss);
    document.removeEventListener('keydown', onKey);
    options.onClosed?.(undefined);
  };
  session.modals.add(dismiss);
  const escape = (): void => {
    if (options.closeOnEscape !== false) close();
  };
  const onKey = (event: KeyboardEvent): void => {
    // Only the topmost modal (a confirmation over the issue action) closes.
    if (event.key === 'Escape' && root.lastElementChild === blanket) escape();
  };
  document.addEventListener('keydown', onKey);
  blanket.addEventListener('click', (event) => {
    if (event.target === blanket && options.closeOnOverlayClick !== false) close();
  });
  root.append(blanket);
  body.focus();
  void mountInto(body, close, escape);
}
