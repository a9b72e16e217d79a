import type { DecisionStatus, LocalizedText } from "@bildungspartner/core";

/** The CLI's own words, German and English. */
export const texts = {
  statusLine: {
    eligible: { de: "Registrierbar: alle Kriterien sind erfüllt", en: "Eligible: every criterion is met" },
    "not-eligible": {
      de: "Nicht registrierbar: mindestens ein Kriterium ist nicht erfüllt",
      en: "Not eligible: at least one criterion is not met",
    },
    incomplete: { de: "Unvollständig: es fehlen noch Angaben", en: "Incomplete: some answers are still missing" },
    invalid: { de: "Ungültige Eingabe: bitte die genannten Felder korrigieren", en: "Invalid input: please correct the fields named" },
  } satisfies Record<DecisionStatus, LocalizedText>,
  ruleSet: { de: "Regelsatz {version}, gültig ab {validFrom}", en: "Rule set {version}, in force from {validFrom}" },
  source: { de: "Quelle", en: "Source" },
  missing: { de: "Fehlt", en: "Missing" },
  issues: { de: "Eingabefehler", en: "Input errors" },
  wholeInput: { de: "(gesamte Datei)", en: "(whole file)" },
  summary: {
    de: "{files} Datei(en): {eligible} registrierbar, {not-eligible} nicht registrierbar, {incomplete} unvollständig, {invalid} ungültig",
    en: "{files} file(s): {eligible} eligible, {not-eligible} not eligible, {incomplete} incomplete, {invalid} invalid",
  },
  unreadableFile: { de: "Die Datei kann nicht gelesen werden ({reason}).", en: "The file cannot be read ({reason})." },
  invalidJson: { de: "Die Datei enthält kein gültiges JSON ({reason}).", en: "The file does not contain valid JSON ({reason})." },
  fileTooLarge: {
    de: "Die Datei ist zu groß: höchstens {max} Bytes.",
    en: "The file is too large: at most {max} bytes.",
  },
  usagePrefix: { de: "Aufruffehler", en: "Usage error" },
  seeHelp: { de: "Hilfe: bildungspartner --help", en: "Help: bildungspartner --help" },
} as const;
