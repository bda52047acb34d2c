import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog for a form (the browser's own <dialog>: focus moves into it and stays, Escape
 * closes it); on closing, the focus goes back to what opened it.
 */
export function EditDialog(props: { title: string; onClose: () => void; children: ReactNode }) {
  const { title, onClose, children } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="edit-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="edit-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="close" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
