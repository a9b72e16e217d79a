import * as z from "zod/mini";
import type { LocalizedText } from "../lang.js";
import { offeringFactDefinitions, offeringFactNames, type OfferingFactName } from "./offering-facts.js";
import type { RuleParameters } from "../evaluate/parameters.js";
import {
  eventMatchesId,
  parametersChecked,
  resolvingParameters,
  ruleFileShape,
  type FurtherSource,
  type RuleFileKind,
  type SourceQuote,
  type TopLevelCondition,
} from "../evaluate/rule-file.js";
import type { RuleSetSpec } from "../tooling/rule-loading.js";
import { manifestHead } from "../evaluate/rule-set.js";
import { offeringIds, type OfferingId } from "../generated/vocabulary.js";

/*
 * The second kind of rule set: what a partnership may use and what the programme does not offer.
 * Same file format as the eligibility criteria (json-rules-engine conditions, texts in German and
 * English, FAQ quote, validFrom, example cases), with its own ids and facts, and next steps per result.
 */

export { offeringIds, type OfferingId } from "../generated/vocabulary.js";

/** How an offering stands for a partnership. */
export type OfferingStatus = "available" | "not-available" | "unknown";

/** Texts per result of an offering rule. */
export interface OfferingTexts<T> {
  readonly available: T;
  readonly notAvailable: T;
  readonly unknown: T;
}

/** One offering rule file (`rules/offerings/<id>.json`). */
export interface OfferingRuleFile {
  readonly $schema?: string;
  readonly id: OfferingId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /**
   * The message per result; may hold the placeholders `{flyerCount}` (the wanted number of flyers in
   * words, as the object of a sentence: „der gewünschten Stückzahl (200)“) and `{nextArchiveDeadline}`.
   */
  readonly messages: OfferingTexts<LocalizedText>;
  /** What to do next, per result (possibly none); same placeholders as the messages. */
  readonly nextSteps: OfferingTexts<readonly LocalizedText[]>;
  readonly source: SourceQuote;
  /** Sources of claims the main source does not make. */
  readonly furtherSources?: readonly FurtherSource[];
  /** Where the conditions read more than the quote says; listed in the catalogue's „Auslegungsfragen“. */
  readonly interpretation?: LocalizedText;
  /** Named thresholds and cut-offs, as a criterion has them; resolved when the rule is loaded. */
  readonly parameters?: RuleParameters;
  readonly validFrom: string;
  readonly conditions: TopLevelCondition<OfferingFactName>;
  /** Not read; optional, as in a criterion's file (see {@link RuleFile.event}). */
  readonly event?: { readonly type: string };
}

/** A dated, versioned set of offering rules. */
export interface OfferingRuleSet {
  readonly kind: "offerings";
  readonly version: string;
  readonly validFrom: string;
  /** One rule per offering, in reading order. */
  readonly rules: readonly OfferingRuleFile[];
}

/** What `rules/offerings/ruleset.json` holds. */
export interface OfferingRuleSetManifest {
  readonly kind: "offerings";
  readonly version: string;
  readonly validFrom: string;
  readonly offerings: readonly OfferingId[];
}

/** Placeholders the texts of offering rules may use; the SDK fills them from the situation and date. */
export const offeringPlaceholders = ["flyerCount", "nextArchiveDeadline"] as const;

const offeringFileKind: RuleFileKind<OfferingId, OfferingFactName, keyof OfferingTexts<unknown>> = {
  ids: offeringIds,
  facts: offeringFactNames,
  messageKeys: ["available", "notAvailable", "unknown"],
};

const offeringText = z.string().check(z.trim(), z.minLength(1, "text-missing"));

const offeringLocalized = z.strictObject({ de: offeringText, en: offeringText });

const steps = z.array(offeringLocalized).check(z.maxLength(5));

/**
 * The zod schema of an offering rule file; `offering-rules.schema.json` is generated from its input
 * side. Its output has the parameters resolved.
 */
export const offeringRuleFileSchema = /* @__PURE__ */ resolvingParameters(
  z
    .strictObject({
      ...ruleFileShape(offeringFileKind),
      messages: z.strictObject({ available: offeringLocalized, notAvailable: offeringLocalized, unknown: offeringLocalized }),
      nextSteps: z.strictObject({ available: steps, notAvailable: steps, unknown: steps }),
    })
    .check(eventMatchesId, parametersChecked(offeringFactDefinitions, offeringPlaceholders)),
);

/** The schema of the offerings' `ruleset.json`. */
export const offeringManifestSchema = z.strictObject({
  ...manifestHead,
  kind: z.literal("offerings", { error: "wrong-manifest-kind" }),
  offerings: z.array(z.enum(offeringIds)).check(z.minLength(1)),
});

/** One example case of an offering, as written in `rules/offerings/<id>.cases.json`. */
export interface OfferingCase {
  /** A short German description of the case. */
  readonly name: string;
  /** A situation, in the same format `offerings` reads. */
  readonly input: Readonly<Record<string, unknown>>;
  /** The status the offering must have for this situation. */
  readonly expected: OfferingStatus;
}

/** What `rules/offerings/<id>.cases.json` holds. */
export interface OfferingCaseFile {
  readonly offering: OfferingId;
  readonly cases: readonly OfferingCase[];
}

/**
 * How offerings are loaded and checked: their rule-file and manifest schemas, the manifest's list
 * (`offerings`), the key of an example-case file (`offering`) and the statuses a case may expect.
 */
export const offeringsSpec: RuleSetSpec<OfferingRuleFile, OfferingRuleSet, OfferingStatus> = {
  name: "offerings",
  ids: offeringIds,
  list: "offerings",
  caseKey: "offering",
  statuses: ["available", "not-available", "unknown"],
  ruleSchema: offeringRuleFileSchema,
  manifestSchema: offeringManifestSchema,
  build: (manifest, rules) => {
    const { version, validFrom } = manifest as unknown as OfferingRuleSetManifest;
    return { kind: "offerings", version, validFrom, rules };
  },
};

/** The JSON Schema of offering rule files, as written to `offering-rules.schema.json` for editors. */
export function offeringRuleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(offeringRuleFileSchema, { io: "input", unrepresentable: "any" }),
    title: "Angebotsregel Bildungspartner NRW / Bildungspartner NRW offering rule file",
  };
}
