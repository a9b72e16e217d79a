import * as z from "zod/mini";
import { parseIsoDate } from "../application/dates.js";
import type { DataLists } from "../application/data.js";
import type { LocalizedText } from "../lang.js";
import { criterionIds, localizedSchema, problemParams, ruleFileSchema, sourceQuoteSchema, type CriterionId, type RuleFile, type SourceQuote } from "./rule-file.js";
import type { RuleSetSpec } from "../tooling/rule-loading.js";
import type { OfferingRuleSet } from "../offerings/offering-rules.js";

/**
 * When a Decision is made: `before-submission` (a self-check, a form being filled in) or
 * `after-submission` (the agreement has been submitted to Bildungspartner NRW).
 */
export type SubmissionStage = "before-submission" | "after-submission";

/** The stages in order. */
export const submissionStages: readonly SubmissionStage[] = ["before-submission", "after-submission"];

/** The stages in words, as diffs and the catalogue name them. */
export const submissionStageWords: Readonly<Record<SubmissionStage, LocalizedText>> = {
  "before-submission": { de: "vor der Einreichung", en: "before submission" },
  "after-submission": { de: "nach der Einreichung", en: "after submission" },
};

/**
 * One next step of a rule set: what to do, in German and English, and the sentence it rests on;
 * `stage` when it belongs to one stage only (no one who has just submitted is told to submit).
 */
export interface RuleSetNextStep {
  readonly text: LocalizedText;
  readonly source: SourceQuote;
  readonly stage?: SubmissionStage;
}

/**
 * What comes after the check, per Decision status (and stage): being eligible is not being
 * registered, so an `eligible` or `needs-review` Decision before submission names the submission of
 * the signed agreement; the other statuses say how to go on. Statuses other than the two
 * submittable ones may be left out (no steps).
 */
export interface RuleSetNextSteps {
  readonly eligible: readonly RuleSetNextStep[];
  readonly "needs-review": readonly RuleSetNextStep[];
  readonly "not-eligible"?: readonly RuleSetNextStep[];
  readonly incomplete?: readonly RuleSetNextStep[];
  readonly invalid?: readonly RuleSetNextStep[];
}

/** A dated, versioned set of rules: the criteria in force from `validFrom` on. */
export interface RuleSet {
  readonly version: string;
  readonly validFrom: string;
  /** One rule per criterion, in the order a person reads the FAQ. */
  readonly rules: readonly RuleFile[];
  /** Next steps per Decision status (none when the manifest names none). */
  readonly nextSteps: RuleSetNextSteps;
  /**
   * The data lists the evaluators read with these rules (school types, categories, role-mailbox
   * words), e.g. a rules folder's `data/*.json`; each the shipped one where not given.
   */
  readonly data?: Partial<DataLists>;
  /**
   * The offerings that belong to these rules (a rules folder's `rules/offerings/`), so that one value
   * serves `offerings` too; the shipped offerings where not given.
   */
  readonly offerings?: OfferingRuleSet;
}

/** What `ruleset.json` holds: the set's version, the date it applies from, its criteria in order, and the next steps. */
export interface RuleSetManifest {
  readonly version: string;
  readonly validFrom: string;
  readonly criteria: readonly CriterionId[];
  readonly nextSteps?: Partial<RuleSetNextSteps>;
}

const nextStepList = /* @__PURE__ */ (() =>
  z.optional(
    z
      .array(z.strictObject({ text: localizedSchema, source: sourceQuoteSchema, stage: z.optional(z.enum(["before-submission", "after-submission"])) }))
      .check(z.maxLength(6)),
  ))();

/** The version and date every `ruleset.json` has; internal, shared with the offerings' manifest. */
export const manifestHead = /* @__PURE__ */ (() => ({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "invalid-version")),
  validFrom: z.string().check(z.refine((text) => parseIsoDate(text) !== null, /* @__PURE__ */ problemParams("invalid-date"))),
}))();

/** The schema of the criteria's `ruleset.json`. */
export const manifestSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...manifestHead,
    criteria: z.array(z.enum(criterionIds)).check(z.minLength(1)),
    nextSteps: z.optional(
      z.strictObject({ eligible: nextStepList, "needs-review": nextStepList, "not-eligible": nextStepList, incomplete: nextStepList, invalid: nextStepList }),
    ),
  }))();

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
      nextSteps: {
        eligible: nextSteps?.eligible ?? [],
        "needs-review": nextSteps?.["needs-review"] ?? [],
        "not-eligible": nextSteps?.["not-eligible"] ?? [],
        incomplete: nextSteps?.incomplete ?? [],
        invalid: nextSteps?.invalid ?? [],
      },
    };
  },
};
