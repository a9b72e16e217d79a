import type { ReactNode } from "react";

/** `aria-describedby` for a control: its hint, and its error while there is one. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/**
 * The error line of a field. Always in the page, so that the polite live region announces a message
 * when it appears; empty (and hidden by CSS) without one.
 */
export function ErrorLine({ id, error }: { id: string; error: string | undefined }) {
  return (
    <p id={`${id}-error`} className="field-error" aria-live="polite">
      {error && (
        <>
          <span className="visually-hidden">Fehler: </span>
          {error}
        </>
      )}
    </p>
  );
}

/** The hint of a field, with the id its control's `aria-describedby` names; nothing without a hint. */
export function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

/** A field: its label above, then whatever the children put below it (hint, control). */
export function Field({ id, label, invalid = false, children }: { id: string; label: ReactNode; invalid?: boolean; children: ReactNode }) {
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** What {@link CheckedField} shows: `id` is its control's, `hint` and `error` may be empty. */
export interface CheckedFieldProps {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error: string | undefined;
  children: ReactNode;
}

/** A field whose value is checked: its label above, then its hint and error line, then the control. */
export function CheckedField({ id, label, hint, error, children }: CheckedFieldProps) {
  return (
    <Field id={id} label={label} invalid={Boolean(error)}>
      <Hint id={id} hint={hint} />
      <ErrorLine id={id} error={error} />
      {children}
    </Field>
  );
}
