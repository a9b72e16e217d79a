import { BildungspartnerError } from "./errors.js";

/** Languages of messages: German (default) and English. */
export type Lang = "de" | "en";

/** A text in both languages of the SDK. */
export interface LocalizedText {
  readonly de: string;
  readonly en: string;
}

/** Checks the `lang` option; an unknown language is a programmer mistake. */
export function resolveLang(lang: unknown): Lang {
  if (lang === undefined || lang === "de") return "de";
  if (lang === "en") return "en";
  throw new BildungspartnerError(
    "INVALID_OPTION",
    `Unbekannte Sprache ${JSON.stringify(lang)}; erlaubt sind "de" und "en". / Unknown language; use "de" or "en".`,
  );
}

/** Fills `{name}` placeholders of a message template; unknown placeholders stay as written. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
