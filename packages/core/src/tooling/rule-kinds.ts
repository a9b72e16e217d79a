import { categories as shippedCategories, roleMailboxes as shippedRoleMailboxes, schoolTypes as shippedSchoolTypes, type DataLists } from "../application/data.js";
import type { CriterionStatus } from "../evaluate/decision.js";
import { criterionStatusTerms, offeringStatusTerms, termTones, termWords, type StatusTone } from "../evaluate/vocabulary.js";
import { evaluateSync } from "../evaluate/evaluate.js";
import { factDefinitions } from "../application/facts.js";
import type { Lang, LocalizedText } from "../lang.js";
import { fundingPurposeLabels, offeringFactDefinitions } from "../offerings/offering-facts.js";
import { offeringsSpec, type OfferingRuleFile, type OfferingRuleSet, type OfferingStatus } from "../offerings/offering-rules.js";
import { offerings } from "../offerings/offerings.js";
import type { RuleFile } from "../evaluate/rule-file.js";
import type { RuleSetSpec } from "./rule-loading.js";
import { criteriaSpec, type RuleSet } from "../evaluate/rule-set.js";

export type { DataLists } from "../application/data.js";

/** The data lists built into core. */
export const shippedDataLists: DataLists = { categories: shippedCategories, schoolTypes: shippedSchoolTypes, roleMailboxes: shippedRoleMailboxes };

/** A fact a kind's conditions may read, with its type and the words the catalogue uses for it. */
export interface KindFact {
  readonly name: string;
  readonly type: "boolean" | "number" | "string";
  /** How people read a number fact's values: `month-day` is MMDD (930 is 30 September). */
  readonly format?: "month-day";
  readonly label: LocalizedText;
}

/** What running one example case gave: the input's issues in both languages, or the rule's status. */
export interface CaseRun<S extends string = string> {
  readonly issues: readonly { readonly path: string; readonly message: LocalizedText }[];
  readonly status: S | undefined;
}

/**
 * One kind of rule set, described once as a value: its ids, facts with types, statuses and their
 * words, message keys, the key of its example-case files, its folder and manifest list, and its
 * evaluator for example cases. Loading, checking, linting, example cases, diff, prose and catalogue
 * are written once over a kind.
 */
export interface RuleKind<R extends { readonly id: string } = { readonly id: string }, RS extends { readonly version: string; readonly validFrom: string; readonly rules: readonly R[] } = { readonly version: string; readonly validFrom: string; readonly rules: readonly R[] }, S extends string = string>
  extends RuleSetSpec<R, RS, S> {
  /** The kind's folder inside a rules folder map (`rules`, `rules/offerings`). */
  readonly folder: string;
  /** The facts its conditions may read. */
  readonly facts: readonly KindFact[];
  /** Each status's word, as the catalogue and the linter show it. */
  readonly statusWords: Readonly<Record<S, LocalizedText>>;
  /** Each status's tone, which picks its colour in the catalogue. */
  readonly statusTones: Readonly<Record<S, StatusTone>>;
  /** Each status's key in a rule's `messages`. */
  readonly messageKeys: Readonly<Record<S, string>>;
  /** One rule and several, German and English (`Kriterium` / `Kriterien`). */
  readonly words: { readonly one: LocalizedText; readonly many: LocalizedText };
  /** The values a string fact may have, where the data lists or the kind fix them. */
  readonly knownValues: (data: DataLists) => ReadonlyMap<string, ReadonlySet<string>>;
  /** Runs one example case's input under `ruleSet` (on its first day, with the folder's data lists) and returns rule `id`'s status. */
  runCase(ruleSet: RS, input: Readonly<Record<string, unknown>>, id: string, data: DataLists): CaseRun<S>;
}

/**
 * One example case's run: the evaluator's report in German and, only when it has issues, in English
 * for their English words, with the status the case is about.
 */
function caseRun<T extends { readonly issues: readonly { readonly path: string; readonly message: string }[] }, S extends string>(
  run: (lang: Lang) => T,
  status: (report: T) => S | undefined,
): CaseRun<S> {
  const report = run("de");
  const en = report.issues.length > 0 ? run("en").issues : [];
  return {
    issues: report.issues.map((issue, i) => ({ path: issue.path, message: { de: issue.message, en: en[i]?.message ?? issue.message } })),
    status: status(report),
  };
}

/** The eligibility criteria: rules over the application's facts, run through `evaluateSync`. */
export const eligibilityKind: RuleKind<RuleFile, RuleSet, CriterionStatus> = {
  ...criteriaSpec,
  folder: "rules",
  facts: factDefinitions,
  statusWords: termWords(criterionStatusTerms),
  statusTones: termTones(criterionStatusTerms),
  messageKeys: { met: "met", "not-met": "notMet", unknown: "unknown" },
  words: { one: { de: "Kriterium", en: "criterion" }, many: { de: "Kriterien", en: "criteria" } },
  knownValues: (data) => new Map([["school.type", new Set(data.schoolTypes.map((type) => type.id))]]),
  runCase: (ruleSet, input, id, data) =>
    caseRun(
      (lang) => evaluateSync(input, { ruleSets: [{ ...ruleSet, data }], asOf: ruleSet.validFrom, lang }),
      (decision) => decision.criteria.find((criterion) => criterion.id === id)?.status,
    ),
};

/** The offerings: what a partnership may use, rules over a situation's facts, run through `offerings`. */
export const offeringKind: RuleKind<OfferingRuleFile, OfferingRuleSet, OfferingStatus> = {
  ...offeringsSpec,
  folder: "rules/offerings",
  facts: offeringFactDefinitions,
  statusWords: termWords(offeringStatusTerms),
  statusTones: termTones(offeringStatusTerms),
  messageKeys: { available: "available", "not-available": "notAvailable", unknown: "unknown" },
  words: { one: { de: "Angebot", en: "offering" }, many: { de: "Angebote", en: "offerings" } },
  knownValues: () => new Map([["funding.purpose", new Set(Object.keys(fundingPurposeLabels))]]),
  runCase: (ruleSet, input, id) =>
    caseRun(
      (lang) => offerings(input, { ruleSets: [ruleSet], asOf: ruleSet.validFrom, lang }),
      (report) => report.offerings.find((offering) => offering.id === id)?.status ?? "unknown",
    ),
};

/** A rule set of either kind, as the generic tools read it. */
export interface AnyRuleSet {
  readonly version: string;
  readonly validFrom: string;
  readonly rules: readonly { readonly id: string }[];
}

/** Either kind, as the generic tools take it. */
export type AnyRuleKind = RuleKind<{ readonly id: string }, AnyRuleSet, string>;

/** Both kinds, criteria first. */
export const ruleKinds: readonly AnyRuleKind[] = [eligibilityKind, offeringKind];
