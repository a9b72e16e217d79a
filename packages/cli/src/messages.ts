import type { CriterionLevel, DecisionStatus, LocalizedText } from "@bildungspartner/core";

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
  /** The status in a count or a table: „3 registrierbar“. */
  statusWord: {
    eligible: { de: "registrierbar", en: "eligible" },
    "needs-review": { de: "Prüfung durch Bildungspartner NRW", en: "review by Bildungspartner NRW" },
    "not-eligible": { de: "nicht registrierbar", en: "not eligible" },
    incomplete: { de: "unvollständig", en: "incomplete" },
    invalid: { de: "ungültig", en: "invalid" },
  } satisfies Record<DecisionStatus, LocalizedText>,
  level: {
    must: { de: "Muss-Kriterium", en: "must criterion" },
    should: { de: "Soll-Kriterium", en: "should criterion" },
  } satisfies Record<CriterionLevel, LocalizedText>,
  nextSteps: { de: "Nächste Schritte", en: "Next steps" },
  ruleSet: { de: "Regelsatz {version}, gültig ab {validFrom}", en: "Rule set {version}, in force from {validFrom}" },
  source: { de: "Quelle", en: "Source" },
  missing: { de: "Fehlt", en: "Missing" },
  reading: { de: "Auslegung", en: "Reading" },
  issues: { de: "Eingabefehler", en: "Input errors" },
  wholeInput: { de: "(gesamte Datei)", en: "(whole file)" },
  summary: { de: "{files} Datei(en): {counts}", en: "{files} file(s): {counts}" },
  unreadableFile: { de: "Die Datei kann nicht gelesen werden ({reason}).", en: "The file cannot be read ({reason})." },
  invalidJson: { de: "Die Datei enthält kein gültiges JSON ({reason}).", en: "The file does not contain valid JSON ({reason})." },
  fileTooLarge: {
    de: "Die Datei ist zu groß: höchstens {max} Bytes.",
    en: "The file is too large: at most {max} bytes.",
  },
  usagePrefix: { de: "Aufruffehler", en: "Usage error" },
  seeHelp: { de: "Hilfe: bildungspartner --help", en: "Help: bildungspartner --help" },
} as const;
