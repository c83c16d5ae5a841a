import { view } from '@forge/bridge';
import { mount } from '@ui/mount';
import { lazy } from 'react';
import { isUndoDialogContext } from '../panel/run/undo-dialog';
import { EpicActionApp } from './EpicActionApp';

const UndoDialog = lazy(() =>
  import('../panel/run/UndoDialog').then((m) => ({ default: m.UndoDialog })),
);

// Like the panel, the action's resource draws the undo confirmation it opens: Forge loads the same
// resource in the modal, with the opener's context as `extension.modal`.
void view.getContext().then(
  (context) => {
    const modal: unknown = context.extension.modal;
    mount(
      isUndoDialogContext(modal) ? (
        <UndoDialog count={modal.count} earlier={modal.earlier ?? 0} />
      ) : (
        <EpicActionApp />
      ),
    );
  },
  () => {
    mount(<EpicActionApp />);
  },
);
