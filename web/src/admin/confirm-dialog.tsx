/**
 * A modal question before something that cannot be undone. The native <dialog> (showModal) keeps focus
 * inside and closes on Escape. The safe choice has focus first, so Enter does not delete by accident. On
 * closing, focus goes back to `returnFocusTo` when it is still on the page; otherwise the page decides.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Button } from '../ui/button.tsx';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  busy?: boolean;
  returnFocusTo?: HTMLElement | null;
  onConfirm: () => void;
  /** The reader said no (button or Escape); the page unmounts the dialog. */
  onClose: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, children, confirm, cancel, busy, onConfirm, onClose } = props;
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef(props.returnFocusTo ?? null);

  // Layout effects: the dialog must be closed before React removes it, or the page stays inert a moment
  // and focus falls to the body.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // jsdom has no showModal; an open dialog shows the same content there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancelRef.current?.focus();
    const target = returnFocusTo.current;
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      if (target?.isConnected) target.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="vraagbaak-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="utrecht-heading-2">
        {title}
      </h2>
      <div id={`${id}-text`}>{children}</div>
      <div className="utrecht-button-group vraagbaak-actions">
        <Button ref={cancelRef} appearance="secondary-action" onClick={onClose}>
          {cancel}
        </Button>
        <Button
          appearance="primary-action"
          className="vraagbaak-button--danger"
          disabled={busy}
          onClick={onConfirm}
        >
          {confirm}
        </Button>
      </div>
    </dialog>
  );
}
