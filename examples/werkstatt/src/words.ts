import type { CriterionLevel, DecisionStatus } from "@bildungspartner/core";
import { criterionLevelWords, decisionStatusWords, eligibilityKind, offeringKind } from "./rules-api.js";

/*
 * The page's German words for outcomes, results and levels: core's, as the catalogue and `rules diff`
 * write them.
 */

/** The statuses in the order tables and the chart show them. */
export const decisionStatuses = Object.keys(decisionStatusWords) as DecisionStatus[];

/** A decision's outcome in words. */
export function decisionWord(status: DecisionStatus): string {
  return decisionStatusWords[status].de;
}

const kindWords: Readonly<Record<"criteria" | "offerings", Readonly<Record<string, { readonly de: string }>>>> = {
  criteria: eligibilityKind.statusWords,
  offerings: offeringKind.statusWords,
};

/** A criterion's or an offering's result in an example case, in words; `invalid` is an input the rules cannot read. */
export function resultWord(kind: "criteria" | "offerings", status: string): string {
  return status === "invalid" ? "Eingabe ungültig" : (kindWords[kind][status]?.de ?? status);
}

/** A criterion's level in words, with what „nicht erfüllt“ leads to. */
export function levelWords(level: CriterionLevel): { readonly name: string; readonly effect: string } {
  return {
    name: criterionLevelWords[level].de,
    effect: `nicht erfüllt: ${decisionWord(level === "must" ? "not-eligible" : "needs-review")}`,
  };
}

/** The names of the two languages of every text, as a field's label or a change's description adds them („Titel (deutsch)“). */
export const languageNames = { de: "deutsch", en: "englisch" } as const;

/** „1 Beispielfall“, „3 Beispielfälle“: a count with the form of the word it needs. */
export function counted(count: number, one: string, many: string): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** Numbers as German readers write them (10.000). */
export const numbers = new Intl.NumberFormat("de-DE");
