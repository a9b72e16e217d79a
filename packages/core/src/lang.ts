import { BildungspartnerError } from "./errors.js";
import type { Lang } from "./localized.js";

export { format } from "./localized.js";
export type { Lang, LocalizedText, MessageParams } from "./localized.js";

/** Checks the `lang` option; an unknown language is a programmer mistake. */
export function resolveLang(lang: unknown): Lang {
  if (lang === undefined || lang === "de") return "de";
  if (lang === "en") return "en";
  throw new BildungspartnerError(
    "INVALID_OPTION",
    { de: "Unbekannte Sprache {lang}; erlaubt sind „de“ und „en“.", en: 'Unknown language {lang}; use "de" or "en".' },
    { params: { lang: JSON.stringify(lang) ?? String(lang) } },
  );
}
