import * as z from "zod/mini";
import { parseIsoDate } from "./dates.js";
import type { LocalizedText } from "./lang.js";
import { offeringFactNames, type OfferingFactName } from "./offering-facts.js";
import {
  bilingualIssue,
  caseFileProblems,
  caseFileSchema,
  listedRuleProblems,
  problemsOf,
  schemaProblems,
  type RuleFileProblem,
} from "./rule-problems.js";
import {
  eventMatchesId,
  parseWithSchema,
  ruleFileShape,
  type FurtherSource,
  type RuleFileKind,
  type SourceQuote,
  type TopLevelCondition,
} from "./rule-file.js";
import { parseManifest, rulesListed, type RuleKindNames } from "./rule-set.js";

/*
 * The second kind of rule set: what a partnership may use and what the programme does not offer.
 * Same file format as the eligibility criteria (json-rules-engine conditions, texts in German and
 * English, FAQ quote, validFrom, example cases), with its own ids and facts, and next steps per result.
 */

/** Ids of the offerings, one rule file each in `rules/offerings/`. */
export type OfferingId =
  | "logo-and-web-presence"
  | "flyers"
  | "competition"
  | "biparcours"
  | "archive-funding"
  | "on-site-training"
  | "advice-and-materials"
  | "newsletter-and-congress"
  | "templates"
  | "permanent-funding"
  | "partner-matching"
  | "kindergarten-registration";

/** The offering ids in the order a person reads the FAQ: what is offered, then what is not. */
export const offeringIds: readonly OfferingId[] = [
  "logo-and-web-presence",
  "flyers",
  "competition",
  "biparcours",
  "archive-funding",
  "on-site-training",
  "advice-and-materials",
  "newsletter-and-congress",
  "templates",
  "permanent-funding",
  "partner-matching",
  "kindergarten-registration",
];

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
  readonly validFrom: string;
  readonly conditions: TopLevelCondition<OfferingFactName>;
  readonly event: { readonly type: OfferingId };
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

const offeringKind: RuleFileKind<OfferingId, OfferingFactName, keyof OfferingTexts<unknown>> = {
  ids: offeringIds as [OfferingId, ...OfferingId[]],
  facts: offeringFactNames,
  messageKeys: ["available", "notAvailable", "unknown"],
  unknownId: `Unbekannte Angebots-ID; erlaubt: ${offeringIds.join(", ")} / unknown offering id`,
};

const offeringNames: RuleKindNames = { list: "offerings", caseKey: "offering", de: "Angebot", en: "offering" };

const placeholdersKnown = (value: string) =>
  [...value.matchAll(/\{([\w-]+)\}/g)].every((match) => (offeringPlaceholders as readonly string[]).includes(match[1]!));

const offeringText = z.string().check(
  z.trim(),
  z.minLength(1, "Text fehlt / text is missing"),
  z.refine(placeholdersKnown, `Unbekannter Platzhalter; erlaubt: ${offeringPlaceholders.map((p) => `{${p}}`).join(", ")} / unknown placeholder`),
);

const offeringLocalized = z.strictObject({ de: offeringText, en: offeringText });

const steps = z.array(offeringLocalized).check(z.maxLength(5));

/** The zod schema of an offering rule file; `offering-rules.schema.json` is generated from it. */
export const offeringRuleFileSchema = z
  .strictObject({
    ...ruleFileShape(offeringKind),
    messages: z.strictObject({ available: offeringLocalized, notAvailable: offeringLocalized, unknown: offeringLocalized }),
    nextSteps: z.strictObject({ available: steps, notAvailable: steps, unknown: steps }),
  })
  .check(eventMatchesId);

/** Validates the parsed JSON of one offering rule file; throws {@link RuleFileError} at the first problem. */
export function parseOfferingRuleFile(file: string, content: unknown): OfferingRuleFile {
  return parseWithSchema(file, content, offeringRuleFileSchema) as OfferingRuleFile;
}

/** The schema of the offerings' `ruleset.json`. */
export const offeringManifestSchema = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  kind: z.literal("offerings", { error: 'kind muss "offerings" sein / kind must be "offerings"' }),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "Version im Format 1.2.3 / version as 1.2.3")),
  validFrom: z.string().check(z.refine((text) => parseIsoDate(text) !== null, "Kein gültiges Datum / not a valid date")),
  offerings: z.array(z.enum(offeringIds as [OfferingId, ...OfferingId[]])).check(z.minLength(1)),
});

/** Whether parsed JSON is a manifest of the offerings kind (`"kind": "offerings"`). */
export function isOfferingManifest(manifest: unknown): boolean {
  return typeof manifest === "object" && manifest !== null && (manifest as { kind?: unknown }).kind === "offerings";
}

/**
 * Builds an offering rule set from the parsed JSON of its `ruleset.json` and rule files, keyed by
 * file name (`flyers.json`). Throws {@link RuleFileError} naming the file and JSON path of a problem.
 */
export function loadOfferingRuleSet(manifest: unknown, files: Readonly<Record<string, unknown>>): OfferingRuleSet {
  const { version, validFrom, offerings } = parseManifest(offeringManifestSchema, manifest);
  return { kind: "offerings", version, validFrom, rules: rulesListed(offerings, offeringNames, files, parseOfferingRuleFile) };
}

/** Every problem of one offering rule file, not only the first. */
export function offeringRuleFileProblems(file: string, content: unknown): RuleFileProblem[] {
  return schemaProblems(file, offeringRuleFileSchema, content);
}

/**
 * Every problem of an offering rule set (manifest, offerings listed twice, missing files, ids that do
 * not match their file, every problem inside each listed file). Empty exactly when
 * {@link loadOfferingRuleSet} accepts the same arguments.
 */
export function offeringRuleSetProblems(manifest: unknown, files: Readonly<Record<string, unknown>>): RuleFileProblem[] {
  const manifestResult = offeringManifestSchema.safeParse(manifest, { error: bilingualIssue });
  if (!manifestResult.success) return problemsOf("ruleset.json", manifestResult.error.issues);
  return listedRuleProblems(manifestResult.data.offerings, offeringNames, files, offeringRuleFileProblems);
}

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

const offeringStatuses = ["available", "not-available", "unknown"] as const satisfies readonly OfferingStatus[];

const offeringCaseFileSchema = caseFileSchema(offeringNames, offeringKind, offeringStatuses);

/** Every problem of one offering example-case file: its shape, its name, and case names used twice. */
export function offeringCaseFileProblems(file: string, content: unknown): RuleFileProblem[] {
  return caseFileProblems(file, content, offeringCaseFileSchema, offeringNames);
}

/** The JSON Schema of offering rule files, as written to `offering-rules.schema.json` for editors. */
export function offeringRuleFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(offeringRuleFileSchema, { io: "input", unrepresentable: "any" }),
    title: "Angebotsregel Bildungspartner NRW / Bildungspartner NRW offering rule file",
  };
}
