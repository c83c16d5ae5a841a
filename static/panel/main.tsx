import { view } from '@forge/bridge';
import { mount } from '@ui/mount';
import { lazy } from 'react';
import { PanelApp } from './PanelApp';
import { isUndoDialogContext } from './run/undo-dialog';
import { isOpenApiImportContext } from './scoping/openapi-import-dialog';
import { isConfirmDialogContext } from '@ui/confirm/confirm-dialog';

const ConfirmDialog = lazy(() =>
  import('@ui/confirm/ConfirmDialog').then((m) => ({ default: m.ConfirmDialog })),
);
const UndoDialog = lazy(() => import('./run/UndoDialog').then((m) => ({ default: m.UndoDialog })));
const OpenApiImportDialog = lazy(() =>
  import('./scoping/OpenApiImportDialog').then((m) => ({ default: m.OpenApiImportDialog })),
);

// The panel's resource also draws the modals it opens (Forge loads the same resource in the
// modal, with the opener's context as `extension.modal`).
void view.getContext().then(
  (context) => {
    const modal: unknown = context.extension.modal;
    if (isUndoDialogContext(modal))
      mount(<UndoDialog count={modal.count} earlier={modal.earlier ?? 0} />);
    else if (isOpenApiImportContext(modal)) mount(<OpenApiImportDialog {...modal} />);
    else if (isConfirmDialogContext(modal)) mount(<ConfirmDialog {...modal} />);
    else mount(<PanelApp />);
  },
  () => {
    mount(<PanelApp />);
  },
);
