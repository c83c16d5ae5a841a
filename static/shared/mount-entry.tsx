import { view } from '@forge/bridge';
import { lazy, type ReactNode } from 'react';
import { isConfirmDialogContext } from './confirm/confirm-dialog';
import { mount } from './mount';

const ConfirmDialog = lazy(() =>
  import('./confirm/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })),
);

/**
 * Mounts an entry that may also be drawn as its own confirmation modal (Forge loads the opener's
 * resource in the modal, with the opener's context as `extension.modal`).
 */
export function mountWithConfirmations(app: ReactNode): void {
  void view.getContext().then(
    (context) => {
      const modal: unknown = context.extension.modal;
      mount(isConfirmDialogContext(modal) ? <ConfirmDialog {...modal} /> : app);
    },
    () => {
      mount(app);
    },
  );
}
