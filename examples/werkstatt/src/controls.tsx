import { useEffect, useId, useState } from "preact/hooks";
import { daysInMonth, monthDayParts, monthDayValue, requiredText, wholeNumber } from "./model.js";
import { monthDayText } from "./rules-api.js";
import { languageNames } from "./words.js";

/*
 * Form controls that hand a value on only when it is valid rule data; anything else stays in the field
 * with a message beside it and changes nothing.
 */

/** Props of a control for one value: its label, the current value, and what to do with a valid new one. */
export interface ValueFieldProps<T> {
  readonly label: string;
  readonly value: T;
  readonly onCommit: (value: T) => void;
}

/** Props of a text control: a value control for a string, on one line or several. */
export interface TextFieldProps extends ValueFieldProps<string> {
  readonly multiline?: boolean;
  /** The text's language, for screen readers (`en` for the English texts). */
  readonly lang?: string;
  /** Why a text cannot be taken (in German, e.g. a label another entry has), or undefined when it can. */
  readonly refuse?: ((text: string) => string | undefined) | undefined;
}

/**
 * A control's draft and the reason it was refused, both reset when the committed value changes (an
 * undo, another rule set): what the field shows until a valid value is committed.
 */
function useDraft<T>(value: T) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setDraft(value);
    setError(undefined);
  }, [value]);
  return { id, draft, setDraft, error, setError };
}

/** A text that must not be empty (titles, messages, notes); committed when the field is left. */
export function TextField({ label, value, onCommit, multiline = false, lang, refuse }: TextFieldProps) {
  const { id, draft, setDraft, error, setError } = useDraft(value);
  const commit = (text: string) => {
    const valid = requiredText(text);
    const reason =
      valid === undefined
        ? "Bitte geben Sie einen Text ein: Ein leerer Text ist keine gültige Regelangabe. Die letzte gültige Fassung gilt weiter."
        : valid === value
          ? undefined
          : refuse?.(valid);
    setError(reason);
    if (valid !== undefined && reason === undefined && valid !== value) onCommit(valid);
  };
  const common = {
    id,
    value: draft,
    lang,
    "aria-invalid": error !== undefined,
    "aria-describedby": error !== undefined ? `${id}-error` : undefined,
    onInput: (event: Event) => setDraft((event.currentTarget as HTMLInputElement).value),
    onChange: (event: Event) => commit((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {error !== undefined && (
        <p class="error" id={`${id}-error`} lang="de">
          {error}
        </p>
      )}
    </div>
  );
}

/** The languages of every text a policy maker rewords, with their names in a field's label. */
const languages = [
  ["de", languageNames.de],
  ["en", languageNames.en],
] as const;

/** Props of a text in German and English: its name, both texts, and what to do with a valid new one. */
export interface TextPairProps {
  /** What the text is; each field's label adds its language („Titel (deutsch)“). */
  readonly name: string;
  readonly value: { readonly de: string; readonly en: string };
  readonly onCommit: (lang: "de" | "en", text: string) => void;
  readonly multiline?: boolean;
  /** Why a text in a language cannot be taken, or undefined when it can. */
  readonly refuse?: (lang: "de" | "en", text: string) => string | undefined;
}

/** A text's German and English fields side by side. */
export function TextPair({ name, value, onCommit, multiline = false, refuse }: TextPairProps) {
  return (
    <div class="pair">
      {languages.map(([lang, language]) => (
        <TextField key={lang} lang={lang} label={`${name} (${language})`} multiline={multiline} value={value[lang]} onCommit={(text) => onCommit(lang, text)} refuse={refuse && ((text) => refuse(lang, text))} />
      ))}
    </div>
  );
}

/** Props of a number control: a value control for a whole number, with the least it may be. */
export interface NumberFieldProps extends ValueFieldProps<number> {
  /** The least valid number: 1 for a term in months or school years, 0 where a condition may compare with 0. */
  readonly min?: number;
}

/** A whole number (months, school years) for a threshold, at most six digits; committed on Enter or when the field is left. */
export function NumberField({ label, value, onCommit, min = 0 }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState(false);
  useEffect(() => {
    setDraft(String(value));
    setError(false);
  }, [value]);
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={999_999}
        step={1}
        value={draft}
        aria-invalid={error}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => {
          const number = wholeNumber(event.currentTarget.value);
          const valid = number !== undefined && number >= min;
          setError(!valid);
          if (valid && number !== value) onCommit(number);
        }}
      />
      <p class={error ? "error" : "hint"} id={`${id}-hint`}>
        {error ? "Nicht übernommen: " : ""}eine ganze Zahl von {min} bis 999.999 (höchstens sechs Ziffern){error ? `; es gilt weiter ${value}.` : "."}
      </p>
    </div>
  );
}

const monthNames = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

/** Props of a day-and-month control: a value control for MMDD, with the rule's reason to refuse a day. */
export interface MonthDayFieldProps extends ValueFieldProps<number> {
  /** Why a day cannot be taken (in German), or undefined when it can. */
  readonly refuse?: (value: number) => string | undefined;
}

/**
 * A cut-off date without year („30.09.“), its value as MMDD (930): a day and a month that exist
 * together. A refused day stays chosen, with the reason beside it, and changes nothing.
 */
export function MonthDayField({ label, value, onCommit, refuse }: MonthDayFieldProps) {
  const { id, draft, setDraft, error, setError } = useDraft(value);
  const { day, month } = monthDayParts(draft);
  const choose = (next: number) => {
    const reason = refuse?.(next);
    setDraft(next);
    setError(reason);
    if (reason === undefined && next !== value) onCommit(next);
  };
  const described = { "aria-invalid": error !== undefined, "aria-describedby": error === undefined ? undefined : `${id}-error` };
  return (
    <fieldset class="field monthday">
      <legend>
        {label}: <strong>{monthDayText(value)}</strong>
      </legend>
      <label for={`${id}-day`}>Tag</label>
      <select id={`${id}-day`} value={String(day)} {...described} onChange={(event) => choose(monthDayValue(Number(event.currentTarget.value), month))}>
        {Array.from({ length: daysInMonth(month) }, (_, i) => (
          <option key={i} value={String(i + 1)}>
            {i + 1}
          </option>
        ))}
      </select>
      <label for={`${id}-month`}>Monat</label>
      <select id={`${id}-month`} value={String(month)} {...described} onChange={(event) => choose(monthDayValue(day, Number(event.currentTarget.value)))}>
        {monthNames.map((name, i) => (
          <option key={name} value={String(i + 1)}>
            {name}
          </option>
        ))}
      </select>
      {error !== undefined && (
        <p class="error" id={`${id}-error`}>
          Nicht übernommen: {error} Es gilt weiter der {monthDayText(value)}.
        </p>
      )}
    </fieldset>
  );
}
