import { parseIsoDate } from "../application/dates.js";
import { BildungspartnerError } from "../errors.js";
import type { RuleSet } from "./rule-set.js";

/**
 * The rule set in force on `asOf` (an ISO date): the one with the latest `validFrom` not after it.
 * Throws when `asOf` is not a date or lies before every rule set.
 */
export function ruleSetInForce<S extends { readonly validFrom: string } = RuleSet>(ruleSets: readonly S[], asOf: string): S {
  if (!Array.isArray(ruleSets as unknown)) {
    throw new BildungspartnerError("INVALID_OPTION", { de: "ruleSets ist keine Liste von Regelsätzen.", en: "ruleSets is not a list of rule sets." });
  }
  let byDate = inForceCache.get(ruleSets) as Map<string, S> | undefined;
  if (!byDate) {
    byDate = new Map();
    inForceCache.set(ruleSets, byDate);
  }
  let inForce = byDate.get(asOf);
  if (!inForce) {
    inForce = findInForce(ruleSets, asOf);
    if (byDate.size >= MAX_CACHED_DATES) byDate.clear();
    byDate.set(asOf, inForce);
  }
  return inForce;
}

/** Choosing a rule set by date happens on every evaluation; the answer per list and date never changes. */
const inForceCache = new WeakMap<readonly object[], Map<string, object>>();
const MAX_CACHED_DATES = 64;

function findInForce<S extends { readonly validFrom: string }>(ruleSets: readonly S[], asOf: string): S {
  // Callers in plain JavaScript may pass anything; only a real date text is read.
  if (typeof asOf !== "string" || parseIsoDate(asOf) === null) {
    throw new BildungspartnerError(
      "INVALID_OPTION",
      { de: "asOf {asOf} ist kein Datum (JJJJ-MM-TT).", en: "asOf {asOf} is not a date (YYYY-MM-DD)." },
      { params: { asOf: typeof asOf === "string" ? JSON.stringify(asOf) : `(${typeof asOf})` } },
    );
  }
  let inForce: S | undefined;
  for (const ruleSet of ruleSets) {
    if (ruleSet.validFrom <= asOf && (!inForce || ruleSet.validFrom > inForce.validFrom)) inForce = ruleSet;
  }
  if (!inForce) {
    throw new BildungspartnerError(
      "NO_RULE_SET_IN_FORCE",
      {
        de: "{asOf} liegt vor dem Gültigkeitsbeginn jedes Regelsatzes (der früheste ist der Tag, an dem die FAQ zuletzt geprüft wurde, kein Beginn des Programms); bitte wählen Sie ein späteres Datum.",
        en: "{asOf} lies before the start of every rule set (the earliest is the day the FAQ was last checked, not a start of the programme); please choose a later date.",
      },
      { params: { asOf } },
    );
  }
  return inForce;
}
