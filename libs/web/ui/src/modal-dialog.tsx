import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ModalDialogProps {
  /** The id of the heading inside that names the dialog. */
  titleId: string;
  /** The dialog closed (a button, Escape): the opener removes it and puts focus back on its button. */
  onClose(): void;
  /** The content; `close` closes the dialog (then `onClose` runs). */
  children(close: () => void): ReactNode;
}

/**
 * A native modal dialog, opened as it is rendered: the browser keeps focus inside it and
 * moves it to the first `autoFocus` control; Escape closes it. Render it only while open.
 */
export function ModalDialog({ titleId, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const close = useCallback(() => dialog.current?.close(), []);
  // Browsers close a modal dialog on Escape themselves; this makes it so everywhere (and in tests).
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <dialog ref={dialog} className="modal-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={onKeyDown}>
      {children(close)}
    </dialog>
  );
}
