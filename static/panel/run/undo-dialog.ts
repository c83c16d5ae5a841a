import { Modal } from '@forge/bridge';
import { CONFIRM_DIALOG_SIZE } from '@ui/confirm/confirm-dialog';

/** What the panel's modal entry shows, carried in the Custom UI modal's context. */
export interface UndoDialogContext {
  dialog: 'undo-confirmation';
  /** Issues undo will try to delete: those the run lists as created or found in place. */
  count: number;
  /** Of those, how many an earlier run of the same breakdown made (this run found them). */
  earlier?: number;
}

export const isUndoDialogContext = (value: unknown): value is UndoDialogContext =>
  typeof value === 'object' &&
  value !== null &&
  (value as { dialog?: unknown }).dialog === 'undo-confirmation' &&
  typeof (value as { count?: unknown }).count === 'number';

/**
 * Asks, in a modal Jira draws over the page (not inside the panel's tall frame), before deleting
 * the issues a run created; calls `onConfirm` only when the person chose to delete.
 */
export async function confirmUndo(
  counts: { created: number; existed: number },
  onConfirm: () => void,
): Promise<void> {
  const context: UndoDialogContext = {
    dialog: 'undo-confirmation',
    count: counts.created + counts.existed,
    earlier: counts.existed,
  };
  await new Modal({
    // As every confirmation: small's width, as tall as the question.
    size: CONFIRM_DIALOG_SIZE,
    context,
    onClose: (payload?: unknown) => {
      if ((payload as { confirmed?: unknown } | undefined)?.confirmed === true) onConfirm();
    },
  }).open();
}
