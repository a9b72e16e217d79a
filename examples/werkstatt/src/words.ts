import type { DecisionStatus } from "@bildungspartner/core";

/*
 * The German words of the page for statuses and levels, as the catalogue and `rules diff` write them.
 */

/** A decision's outcome in words. */
export const decisionWords: Readonly<Record<DecisionStatus, string>> = {
  eligible: "registrierbar",
  "needs-review": "Prüfung durch Bildungspartner NRW",
  "not-eligible": "nicht registrierbar",
  incomplete: "unvollständig",
  invalid: "ungültig",
};

/** The statuses in the order tables and the chart show them. */
export const decisionStatuses = Object.keys(decisionWords) as DecisionStatus[];

/** A criterion's or an offering's result in an example case, in words. */
export const caseWords: Readonly<Record<string, string>> = {
  met: "erfüllt",
  "not-met": "nicht erfüllt",
  unknown: "offen (Angabe fehlt)",
  available: "verfügbar",
  "not-available": "nicht verfügbar",
  invalid: "Eingabe ungültig",
};

/** A criterion's level in words, with what „nicht erfüllt“ leads to. */
export const levelWords = {
  must: { name: "Muss-Kriterium", effect: "nicht erfüllt: nicht registrierbar" },
  should: { name: "Soll-Kriterium", effect: "nicht erfüllt: Prüfung durch Bildungspartner NRW" },
} as const;

/** Numbers as German readers write them (10.000). */
export const numbers = new Intl.NumberFormat("de-DE");
