import { view } from '@forge/bridge';
import { mount } from '@ui/mount';
import { lazy } from 'react';
import { PanelApp } from './PanelApp';
import { isUndoDialogContext } from './run/undo-dialog';

const UndoDialog = lazy(() => import('./run/UndoDialog').then((m) => ({ default: m.UndoDialog })));

// The panel's resource also draws the modals it opens (Forge loads the same resource in the
// modal, with the opener's context as `extension.modal`).
void view.getContext().then(
  (context) => {
    const modal: unknown = context.extension.modal;
    mount(isUndoDialogContext(modal) ? <UndoDialog count={modal.count} /> : <PanelApp />);
  },
  () => {
    mount(<PanelApp />);
  },
);
