import { criterionLevelWords, decisionStatusWords, germanDate } from "@bildungspartner/core/rules";
import { formatMessage, type DecisionStatus, type Lang, type LocalizedText } from "@bildungspartner/core";

/** The CLI's own words, German and English. */
export const texts = {
  statusLine: {
    eligible: { de: "Registrierbar: alle Kriterien sind erfüllt", en: "Eligible: every criterion is met" },
    "needs-review": {
      de: "Prüfung durch Bildungspartner NRW: alle Muss-Kriterien sind erfüllt, mindestens ein Soll-Kriterium nicht",
      en: "Review by Bildungspartner NRW: every must criterion is met, at least one should criterion is not",
    },
    "not-eligible": {
      de: "Nicht registrierbar: mindestens ein Muss-Kriterium ist nicht erfüllt",
      en: "Not eligible: at least one must criterion is not met",
    },
    incomplete: { de: "Unvollständig: es fehlen noch Angaben", en: "Incomplete: some answers are still missing" },
    invalid: { de: "Ungültige Eingabe: Bitte korrigieren Sie die genannten Felder.", en: "Invalid input: please correct the fields named." },
  } satisfies Record<DecisionStatus, LocalizedText>,
  /** The status in a count or a table: „3 registrierbar“ (core's words). */
  statusWord: decisionStatusWords,
  level: criterionLevelWords,
  nextSteps: { de: "Nächste Schritte", en: "Next steps" },
  ruleSet: { de: "Regelsatz {version}, gültig ab {validFrom}", en: "Rule set {version}, in force from {validFrom}" },
  source: { de: "Quelle", en: "Source" },
  missing: { de: "Fehlt", en: "Missing" },
  reading: { de: "Auslegung", en: "Reading" },
  issues: { de: "Eingabefehler", en: "Input errors" },
  wholeInput: { de: "(gesamte Datei)", en: "(whole file)" },
  summary: { de: "{files}: {counts}", en: "{files}: {counts}" },
  /** „1 Datei“, „3 Dateien“: the count of files with the form of the word it needs. */
  files: { one: { de: "1 Datei", en: "1 file" }, many: { de: "{count} Dateien", en: "{count} files" } },
  /** „1 Problem“, „3 Probleme“: problems in rule files. */
  problems: { one: { de: "1 Problem", en: "1 problem" }, many: { de: "{count} Probleme", en: "{count} problems" } },
  unreadableFile: { de: "Die Datei kann nicht gelesen werden ({reason}).", en: "The file cannot be read ({reason})." },
  invalidJson: { de: "Die Datei enthält kein gültiges JSON ({reason}).", en: "The file does not contain valid JSON ({reason})." },
  fileTooLarge: {
    de: "Die Datei ist zu groß: höchstens {max} Bytes.",
    en: "The file is too large: at most {max} bytes.",
  },
  usagePrefix: { de: "Aufruffehler", en: "Usage error" },
  seeHelp: { de: "Hilfe: bildungspartner --help", en: "Help: bildungspartner --help" },
} as const;

/** A rule set's start date as the language writes it: „31.05.2023“ in German, `2023-05-31` in English. */
export function validFromText(validFrom: string, lang: Lang): string {
  return lang === "de" ? germanDate(validFrom) : validFrom;
}

/** A counted word in the form its count needs: `counted(3, texts.files, "de")` → „3 Dateien“. */
export function counted(count: number, forms: { readonly one: LocalizedText; readonly many: LocalizedText }, lang: Lang): string {
  return count === 1 ? forms.one[lang] : formatMessage(forms.many[lang], { count });
}
