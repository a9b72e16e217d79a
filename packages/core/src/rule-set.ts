import * as z from "zod/mini";
import { parseIsoDate } from "./dates.js";
import { BildungspartnerError } from "./errors.js";
import type { LocalizedText } from "./lang.js";
import { criterionIds, localizedSchema, ruleFileSchema, sourceQuoteSchema, type CriterionId, type RuleFile, type SourceQuote } from "./rule-file.js";
import type { RuleSetSpec } from "./rule-loading.js";

/** One next step of a rule set: what to do, in German and English, and the sentence it rests on. */
export interface RuleSetNextStep {
  readonly text: LocalizedText;
  readonly source: SourceQuote;
}

/**
 * What comes after the self-check, per Decision status: being eligible is not being registered, so
 * an `eligible` or `needs-review` Decision names the submission of the signed agreement.
 */
export interface RuleSetNextSteps {
  readonly eligible: readonly RuleSetNextStep[];
  readonly "needs-review": readonly RuleSetNextStep[];
}

/** A dated, versioned set of rules: the criteria in force from `validFrom` on. */
export interface RuleSet {
  readonly version: string;
  readonly validFrom: string;
  /** One rule per criterion, in the order a person reads the FAQ. */
  readonly rules: readonly RuleFile[];
  /** Next steps per Decision status (none when the manifest names none). */
  readonly nextSteps: RuleSetNextSteps;
}

/** What `ruleset.json` holds: the set's version, the date it applies from, its criteria in order, and the next steps. */
export interface RuleSetManifest {
  readonly version: string;
  readonly validFrom: string;
  readonly criteria: readonly CriterionId[];
  readonly nextSteps?: Partial<RuleSetNextSteps>;
}

const nextStepList = z.optional(
  z.array(z.strictObject({ text: localizedSchema, source: sourceQuoteSchema })).check(z.maxLength(5)),
);

/** The version and date every `ruleset.json` has; internal, shared with the offerings' manifest. */
export const manifestHead = {
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "invalid-version")),
  validFrom: z.string().check(z.refine((text) => parseIsoDate(text) !== null, "invalid-date")),
};

/** The schema of the criteria's `ruleset.json`. */
export const manifestSchema = z.strictObject({
  ...manifestHead,
  criteria: z.array(z.enum(criterionIds as [CriterionId, ...CriterionId[]])).check(z.minLength(1)),
  nextSteps: z.optional(z.strictObject({ eligible: nextStepList, "needs-review": nextStepList })),
});

/**
 * How criteria are loaded and checked: their rule-file and manifest schemas, the manifest's list
 * (`criteria`), the key of an example-case file (`criterion`) and the statuses a case may expect.
 */
export const criteriaSpec: RuleSetSpec<RuleFile, RuleSet, "met" | "not-met" | "unknown"> = {
  name: "criteria",
  ids: criterionIds,
  list: "criteria",
  caseKey: "criterion",
  statuses: ["met", "not-met", "unknown"],
  ruleSchema: ruleFileSchema,
  manifestSchema,
  build: (manifest, rules) => {
    const { version, validFrom, nextSteps } = manifest as unknown as RuleSetManifest;
    return {
      version,
      validFrom,
      rules,
      nextSteps: { eligible: nextSteps?.eligible ?? [], "needs-review": nextSteps?.["needs-review"] ?? [] },
    };
  },
};

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
      { de: "Am {asOf} galt noch kein Regelsatz.", en: "No rule set was in force on {asOf}." },
      { params: { asOf } },
    );
  }
  return inForce;
}
