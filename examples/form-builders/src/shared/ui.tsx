import { Fragment, type ReactNode } from "react";
import { fieldLabel } from "@bildungspartner/core";
import { decisionStatusTerms } from "@bildungspartner/core/rules";
import type { FormResult } from "@bildungspartner/forms";
import { pages } from "./pages.js";
import { fieldId, germanDateFormat, germanFromIso, isoFromGerman, sections, type FormField } from "./fields.js";

/** A page's frame: heading, links to the other libraries, the form, then the Decision beside it. */
export function PageFrame({ library, children }: { library: string; children: ReactNode }) {
  return (
    <>
      <header className="header">
        <h1>Bildungspartnerschaft registrieren ({library})</h1>
        <nav aria-label="Formularbibliotheken">
          <ul className="libraries">
            {pages.map((page) => (
              <li key={page.file}>
                <a href={page.file} aria-current={page.library === library ? "page" : undefined}>
                  {page.library}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="layout">{children}</main>
    </>
  );
}

/** A date typed and shown as TT.MM.JJJJ, held as the application's JJJJ-MM-TT once it is a whole date. */
export function DateInput(props: { id: string; value: unknown; onChange: (value: string) => void; onBlur?: () => void; describedBy?: string; invalid?: boolean }) {
  return (
    <input
      id={props.id}
      className="input input--date"
      type="text"
      inputMode="numeric"
      placeholder={germanDateFormat}
      autoComplete="off"
      value={typeof props.value === "string" ? germanFromIso(props.value) : ""}
      onChange={(event) => props.onChange(isoFromGerman(event.target.value))}
      onBlur={props.onBlur}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid ? true : undefined}
    />
  );
}

/** A yes/no question as two radio buttons, „Ja“ and „Nein“; unanswered until one is chosen. */
export function YesNoInput(props: { id: string; value: unknown; onChange: (value: boolean) => void; onBlur?: () => void }) {
  return (
    <span className="choices">
      {[true, false].map((answer) => (
        <label key={String(answer)} className="choice">
          <input
            type="radio"
            id={answer ? props.id : `${props.id}-no`}
            name={props.id}
            checked={props.value === answer}
            onChange={() => props.onChange(answer)}
            onBlur={props.onBlur}
          />{" "}
          {answer ? "Ja" : "Nein"}
        </label>
      ))}
    </span>
  );
}

/** The errors and the warnings of one field: errors as errors, Soll-Kriterien as „Hinweis“. */
function FieldMessages({ id, errors, warnings }: { id: string; errors: readonly string[]; warnings: readonly string[] }) {
  return (
    <>
      {errors.length > 0 && (
        <p className="message message--error" id={`${id}-error`} data-messages="error">
          {errors.join(" ")}
        </p>
      )}
      {warnings.length > 0 && (
        <p className="message message--warning" id={`${id}-warning`} data-messages="warning">
          <strong>Hinweis:</strong> {warnings.join(" ")}
        </p>
      )}
    </>
  );
}

/** The ids a field's input is described by: its explanation, its errors, its warnings. */
function describedBy(id: string, field: FormField, errors: readonly string[], warnings: readonly string[]): string | undefined {
  const ids = [field.description && `${id}-description`, errors.length > 0 && `${id}-error`, warnings.length > 0 && `${id}-warning`].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/**
 * One field of the hand-built pages with its SDK label and explanation, its input, its errors and its
 * warnings. The library owns the value: `onChange` hands the application's value back to it.
 */
export function FieldRow(props: {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  errors: readonly string[];
  warnings: readonly string[];
}) {
  const { field, value, onChange, onBlur, errors, warnings } = props;
  const id = fieldId(field.path);
  const described = describedBy(id, field, errors, warnings);
  const invalid = errors.length > 0 ? true : undefined;
  const description = field.description && (
    <p className="description" id={`${id}-description`}>
      {field.description}
    </p>
  );
  if (field.kind === "yesno") {
    return (
      <fieldset className="field" data-path={field.path} aria-describedby={described}>
        <legend className="label">{field.label}</legend>
        {description}
        <YesNoInput id={id} value={value} onChange={onChange} {...(onBlur ? { onBlur } : {})} />
        <FieldMessages id={id} errors={errors} warnings={warnings} />
      </fieldset>
    );
  }
  const common = { id, onBlur, "aria-describedby": described, "aria-invalid": invalid };
  return (
    <div className="field" data-path={field.path}>
      <label className="label" htmlFor={id}>
        {field.label}
      </label>
      {description}
      {field.kind === "date" ? (
        <DateInput id={id} value={value} onChange={onChange} {...(onBlur ? { onBlur } : {})} {...(described ? { describedBy: described } : {})} {...(invalid ? { invalid } : {})} />
      ) : field.kind === "choice" ? (
        <select {...common} className="select" value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}>
          <option value="">Bitte wählen</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} className="input" type="text" autoComplete="off" value={typeof value === "string" ? value : ""} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldMessages id={id} errors={errors} warnings={warnings} />
    </div>
  );
}

/** The Soll-Kriterien not met, as a list beside the form: each with its field's label. */
export function WarningList({ result }: { result: FormResult }) {
  const entries = [...Object.entries(result.fieldWarnings), ...result.formWarnings.map((message) => ["", [message]] as const)];
  if (entries.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby="hinweise-titel">
      <h2 id="hinweise-titel">Hinweise (Soll-Kriterien)</h2>
      <ul>
        {entries.map(([path, messages]) => (
          <li key={path} data-path={path}>
            {path !== "" && <strong>{fieldLabel(path)}: </strong>}
            {messages.join(" ")}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The German words of a Decision status (core's), capitalised. */
const statusLabel = (status: FormResult["decision"]["status"]) => {
  const words = decisionStatusTerms[status].words.de;
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The Decision for the values as they are (checked while typing), and after a submit the submit
 * check's verdict: whether the application may be sent.
 */
export function DecisionPanel({ live, submitted }: { live: FormResult; submitted: FormResult | undefined }) {
  const shown = live;
  return (
    <aside className="panel" aria-labelledby="entscheidung-titel">
      <h2 id="entscheidung-titel">Prüfung durch das SDK</h2>
      <p className={`status status--${shown.decision.status}`} data-status={shown.decision.status}>
        <strong>{statusLabel(shown.decision.status)}</strong>
      </p>
      <ul className="next-steps">
        {shown.decision.nextSteps.map((step) => (
          <li key={step.message}>{step.message}</li>
        ))}
      </ul>
      <p role="status" id="absenden" data-submitted={submitted === undefined ? "no" : submitted.valid ? "valid" : "invalid"}>
        {submitted === undefined
          ? ""
          : submitted.valid
            ? "Geprüft: Die Registrierung kann abgesendet werden."
            : "Noch nicht absendbar: Bitte korrigieren Sie die markierten Angaben."}
      </p>
    </aside>
  );
}

/** The hand-built pages' fields, section by section, each drawn by the library's own binding. */
export function Sections({ renderField }: { renderField: (field: FormField) => ReactNode }) {
  return sections.map((section) => (
    <fieldset key={section.title} className="section">
      <legend>{section.title}</legend>
      {section.fields.map((field) => (
        <Fragment key={field.path}>{renderField(field)}</Fragment>
      ))}
    </fieldset>
  ));
}

/** The submit button every page ends with. */
export const submitLabel = "Prüfen und absenden";

const placed = new Set(sections.flatMap((section) => section.fields.map((field) => field.path)));

/** The submit check's messages that have no input of their own on the page: for the whole form or a whole list. */
export function UnplacedErrors({ result }: { result: FormResult | undefined }) {
  const messages = result === undefined ? [] : [...result.formErrors, ...Object.entries(result.fieldErrors).flatMap(([path, list]) => (placed.has(path) ? [] : list))];
  if (messages.length === 0) return null;
  return (
    <ul className="message message--error" data-messages="form">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
