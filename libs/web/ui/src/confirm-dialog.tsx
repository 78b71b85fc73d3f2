import { useId, type ReactNode } from 'react';
import { Button } from './button';
import { ErrorAlert } from './feedback';
import { ModalDialog } from './modal-dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  /** The confirming button's words ("Delete document"). */
  confirmLabel: string;
  busy?: boolean;
  /** Shown inside the dialog when the action was refused. */
  problem?: ReactNode;
  onConfirm(): void;
  /** The dialog closed (Cancel, Escape or done): the opener puts focus back on its button. */
  onClose(): void;
}

/**
 * "Are you sure?" as a native modal dialog: focus moves to Cancel (the safe
 * choice), Escape closes it, and the opener returns focus to its button in
 * `onClose`. Rendered only while open.
 */
export function ConfirmDialog({ title, children, confirmLabel, busy, problem, onConfirm, onClose }: ConfirmDialogProps) {
  const titleId = useId();
  return (
    <ModalDialog titleId={titleId} onClose={onClose}>
      {(close) => (
        <div className="stack">
          <h2 id={titleId}>{title}</h2>
          {children}
          <ErrorAlert>{problem}</ErrorAlert>
          <div className="actions">
            <Button variant="danger" onClick={onConfirm} disabled={busy}>
              {confirmLabel}
            </Button>
            <Button variant="secondary" onClick={close} autoFocus>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
