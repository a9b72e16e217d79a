import type { LocalizedText } from "../localized.js";
import type { OfferingStatus } from "../offerings/offering-rules.js";
import type { CriterionStatus, DecisionStatus } from "./decision.js";
import type { CriterionLevel } from "./rule-file.js";

/*
 * The words of every status and level, in every language, defined once: the rule kinds, the prose,
 * the problems, the diff, the CLI, the catalogue and the Werkstatt read them from here.
 */

/** How a status reads at a glance, for colours and signs: good, bad, or still open. */
export type StatusTone = "positive" | "negative" | "open";

/** A status's words and tone. */
export interface StatusTerm {
  readonly words: LocalizedText;
  readonly tone: StatusTone;
}

/** A criterion's status: met, not met, or unknown because an answer is missing. */
export const criterionStatusTerms: Readonly<Record<CriterionStatus, StatusTerm>> = {
  met: { words: { de: "erfüllt", en: "met" }, tone: "positive" },
  "not-met": { words: { de: "nicht erfüllt", en: "not met" }, tone: "negative" },
  unknown: { words: { de: "unbekannt (Angabe fehlt)", en: "unknown (answer missing)" }, tone: "open" },
};

/** An offering's status: available, not available, or open because an answer is missing. */
export const offeringStatusTerms: Readonly<Record<OfferingStatus, StatusTerm>> = {
  available: { words: { de: "verfügbar", en: "available" }, tone: "positive" },
  "not-available": { words: { de: "nicht verfügbar", en: "not available" }, tone: "negative" },
  unknown: { words: { de: "offen (Angabe fehlt)", en: "open (answer missing)" }, tone: "open" },
};

/** A Decision's status, as a count or a table names it: „3 registrierbar“. */
export const decisionStatusTerms: Readonly<Record<DecisionStatus, StatusTerm>> = {
  eligible: { words: { de: "registrierbar", en: "eligible" }, tone: "positive" },
  "needs-review": { words: { de: "Prüfung durch Bildungspartner NRW", en: "review by Bildungspartner NRW" }, tone: "open" },
  "not-eligible": { words: { de: "nicht registrierbar", en: "not eligible" }, tone: "negative" },
  incomplete: { words: { de: "unvollständig", en: "incomplete" }, tone: "open" },
  invalid: { words: { de: "ungültig", en: "invalid" }, tone: "negative" },
};

/** The words for a criterion's level. */
export const criterionLevelWords: Readonly<Record<CriterionLevel, LocalizedText>> = {
  must: { de: "Muss-Kriterium", en: "must criterion" },
  should: { de: "Soll-Kriterium", en: "should criterion" },
};

/** The words of each status of a table of terms. */
export function termWords<S extends string>(terms: Readonly<Record<S, StatusTerm>>): Readonly<Record<S, LocalizedText>> {
  return Object.fromEntries(Object.entries<StatusTerm>(terms).map(([status, term]) => [status, term.words])) as Record<S, LocalizedText>;
}

/** The tone of each status of a table of terms. */
export function termTones<S extends string>(terms: Readonly<Record<S, StatusTerm>>): Readonly<Record<S, StatusTone>> {
  return Object.fromEntries(Object.entries<StatusTerm>(terms).map(([status, term]) => [status, term.tone])) as Record<S, StatusTone>;
}

/** The words for a Decision's status in a count or a table: „3 registrierbar“. */
export const decisionStatusWords: Readonly<Record<DecisionStatus, LocalizedText>> = /* @__PURE__ */ termWords(decisionStatusTerms);
