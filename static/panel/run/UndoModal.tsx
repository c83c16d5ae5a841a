import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';

/** Asks before deleting the issues a run created: undo cannot itself be undone. */
export function UndoModal({
  open,
  count,
  onConfirm,
  onClose,
}: {
  open: boolean;
  count: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <ModalTransition>
      {open ? (
        <Modal onClose={onClose}>
          <ModalHeader>
            <ModalTitle appearance="danger">{`Delete ${String(count)} created issues?`}</ModalTitle>
          </ModalHeader>
          <ModalBody>
            This deletes the issues this run created in Jira, with anything people added to them
            since. Issues that existed before the run are kept. This cannot be undone.
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onClose}>
              Keep the issues
            </Button>
            <Button appearance="danger" onClick={onConfirm}>
              Delete issues
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </ModalTransition>
  );
}
