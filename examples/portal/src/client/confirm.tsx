import { useEffect, useId, useRef, useState } from "react";

/** Props of {@link ConfirmAction}. */
export interface ConfirmActionProps {
  /** The button's words, e.g. „Registrieren“. */
  label: string;
  /** The question asked before it acts, e.g. „„Gymnasium …“ registrieren? …“. */
  question: string;
  /** The words of the button that acts, e.g. „Ja, registrieren“. */
  confirmLabel: string;
  onConfirm: () => void;
  /** The button's class; the primary button by default. */
  className?: string;
}

/**
 * A final action in two steps, in the page rather than `window.confirm`: the button, then a question
 * with „Ja, …“ and „Abbrechen“. The question takes the focus, so a screen reader reads it; Escape or
 * „Abbrechen“ puts the focus back on the button.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, className = "button" }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const questionId = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (cancelled) buttonRef.current?.focus();
  }, [asking, cancelled]);

  const cancel = () => {
    setCancelled(true);
    setAsking(false);
  };

  if (!asking) {
    return (
      <button type="button" className={className} ref={buttonRef} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} onKeyDown={(event) => event.key === "Escape" && cancel()}>
      <p id={questionId} className="confirm-question" ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{" "}
      <button type="button" className="button button--secondary" onClick={cancel}>
        Abbrechen
      </button>
    </div>
  );
}
