import { Modal } from '@forge/bridge';

/**
 * A question asked in a modal Jira draws over the page: the app's one confirmation style. The
 * opener's resource draws it (Forge loads the same resource in the modal, with this context).
 */
export interface ConfirmDialogContext {
  dialog: 'confirm';
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` for what cannot be taken back (a delete); `warning` for dropping edits. */
  appearance: 'danger' | 'warning' | 'primary';
}

export const isConfirmDialogContext = (value: unknown): value is ConfirmDialogContext =>
  typeof value === 'object' &&
  value !== null &&
  (value as { dialog?: unknown }).dialog === 'confirm' &&
  typeof (value as { title?: unknown }).title === 'string';

/** A confirmation's size: Jira's small width, the height of its content. */
export const CONFIRM_DIALOG_SIZE = { width: '400px', height: 'fit-content' };

/** Asks `question` in Jira's modal; true only when the person chose to go ahead. */
export async function confirmInModal(
  question: Omit<ConfirmDialogContext, 'dialog'>,
): Promise<boolean> {
  const context: ConfirmDialogContext = { dialog: 'confirm', ...question };
  return new Promise<boolean>((resolve) => {
    void new Modal({
      // Small's width, and as tall as the question (a custom size; its height is a CSS height).
      size: CONFIRM_DIALOG_SIZE,
      context,
      onClose: (payload?: unknown) => {
        resolve((payload as { confirmed?: unknown } | undefined)?.confirmed === true);
      },
    })
      .open()
      .catch(() => {
        resolve(false);
      });
  });
}
