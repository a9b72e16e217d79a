import * as z from "zod/mini";
import { parseIsoDate } from "./dates.js";
import { RuleFileError } from "./errors.js";
import type { LocalizedText } from "./lang.js";
import {
  criterionIds,
  localizedSchema,
  parseRuleFile,
  sourceQuoteSchema,
  type CriterionId,
  type RuleFile,
  type SourceQuote,
} from "./rule-file.js";

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

/** The schema of `ruleset.json`; internal, shared with `ruleSetProblems`. */
export const manifestSchema = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, "Version im Format 1.2.3 / version as 1.2.3")),
  validFrom: z.string().check(z.refine((text) => parseIsoDate(text) !== null, "Kein gültiges Datum / not a valid date")),
  criteria: z.array(z.enum(criterionIds as [CriterionId, ...CriterionId[]])).check(z.minLength(1)),
  nextSteps: z.optional(z.strictObject({ eligible: nextStepList, "needs-review": nextStepList })),
});

/** How a kind of rule set names its rules in JSON paths and messages; internal, shared with the offerings. */
export interface RuleKindNames {
  /** The manifest's list of ids (`criteria`). */
  readonly list: string;
  /** The key naming the rule in an example-case file (`criterion`). */
  readonly caseKey: string;
  /** One rule, German (a neuter noun) and English. */
  readonly de: string;
  readonly en: string;
}

/** The names of the eligibility criteria. */
export const criterionNames: RuleKindNames = { list: "criteria", caseKey: "criterion", de: "Kriterium", en: "criterion" };

/** The problem of an id the manifest lists twice, at `index` of its list. */
export const listedTwice = (names: RuleKindNames, id: string, index: number) => ({
  file: "ruleset.json",
  path: `${names.list}.${index}`,
  detail: `${names.de} ${id} doppelt / ${names.en} listed twice`,
});

export const ruleFileMissing = "Regeldatei fehlt / rule file is missing";

export const idNotFileName = (id: string) => `Die id muss dem Dateinamen entsprechen (${id}) / id must match the file name`;

/** The parsed manifest; throws {@link RuleFileError} at its first problem. */
export function parseManifest<S extends z.ZodMiniType>(schema: S, manifest: unknown): z.infer<S> {
  const parsed = schema.safeParse(manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RuleFileError("ruleset.json", issue?.path.map(String).join(".") ?? "", issue?.message ?? "ungültig / invalid");
  }
  return parsed.data;
}

/**
 * The rule files a manifest lists, in its order, each parsed by `parse`. Throws {@link RuleFileError}
 * at an id listed twice, a missing file, or a file whose id does not match its name.
 */
export function rulesListed<R extends { readonly id: string }>(
  ids: readonly string[],
  names: RuleKindNames,
  files: Readonly<Record<string, unknown>>,
  parse: (file: string, content: unknown) => R,
): R[] {
  const seen = new Set<string>();
  return ids.map((id, index) => {
    if (seen.has(id)) {
      const twice = listedTwice(names, id, index);
      throw new RuleFileError(twice.file, twice.path, twice.detail);
    }
    seen.add(id);
    const file = `${id}.json`;
    if (!Object.hasOwn(files, file)) throw new RuleFileError(file, "", ruleFileMissing);
    const rule = parse(file, files[file]);
    if (rule.id !== id) throw new RuleFileError(file, "id", idNotFileName(id));
    return rule;
  });
}

/**
 * Builds a rule set from the parsed JSON of `ruleset.json` and of the rule files, keyed by file name
 * (`min-duration.json`). Every criterion the manifest names needs exactly one file whose id matches
 * its name. Throws {@link RuleFileError} naming the file and JSON path of a problem.
 */
export function loadRuleSet(manifest: unknown, files: Readonly<Record<string, unknown>>): RuleSet {
  const { version, validFrom, criteria, nextSteps } = parseManifest(manifestSchema, manifest);
  return {
    version,
    validFrom,
    rules: rulesListed(criteria, criterionNames, files, parseRuleFile),
    nextSteps: { eligible: nextSteps?.eligible ?? [], "needs-review": nextSteps?.["needs-review"] ?? [] },
  };
}

// Choosing by date is what every evaluation does; it lives apart, so evaluating does not load the
// rule-file schemas.
export { ruleSetInForce } from "./in-force.js";
