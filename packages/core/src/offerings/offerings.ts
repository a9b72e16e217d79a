import { parseApplication } from "../application/application.js";
import { isoDay } from "../application/dates.js";
import { runRules } from "../evaluate/engine.js";
import { evaluateSync } from "../evaluate/evaluate.js";
import { factConditions } from "../evaluate/condition.js";
import { format, resolveLang, type Lang } from "../lang.js";
import { deriveOfferingFacts, type DerivedOfferingFacts, type OfferingFactName } from "./offering-facts.js";
import type { OfferingId, OfferingRuleFile, OfferingRuleSet, OfferingStatus } from "./offering-rules.js";
import { ruleSetInForce } from "../evaluate/in-force.js";
import type { RuleSet } from "../evaluate/rule-set.js";
import { shippedOfferingRuleSets } from "./shipped-offerings.js";
import { applicationIssues, parseSituation, type SituationIssue } from "./situation.js";
import { compiledRule, type Truth } from "../evaluate/three-valued.js";

/** One offering, explained for the partnership in the situation. */
export interface OfferingResult {
  id: OfferingId;
  /** `available`, `not-available`, or `unknown` while the situation lacks what the answer needs. */
  status: OfferingStatus;
  /** Name of the offering in the requested language. */
  title: string;
  /** What applies and why, in the requested language. */
  message: string;
  /** The FAQ sentence the rule encodes. */
  source: { quote: string; url: string };
  /** What to do next, in the requested language; may be empty. */
  nextSteps: string[];
  /** Situation paths whose absence makes the status unknown; only when `status` is `"unknown"`. */
  missing?: string[];
}

/** Every offering for one situation. */
export interface OfferingsReport {
  /** One result per offering, in the order of the offerings' rule set. */
  offerings: OfferingResult[];
  /** One entry per bad field of the situation (its application's fields prefixed `application.`). */
  issues: SituationIssue[];
  /**
   * Whether the partnership counts as registered: `true` only when the situation says
   * `registered: true`, `false` when it says `false` or the cooperation is one with a kindergarten,
   * `null` otherwise (a Decision never tells).
   */
  registered: boolean | null;
  /** The offering rule set used. */
  ruleSet: { version: string; validFrom: string };
}

/** Options of {@link offerings}. */
export interface OfferingsOptions {
  /** Language of titles, messages and next steps; German by default. */
  lang?: Lang;
  /** ISO date whose rules apply (`YYYY-MM-DD`), and from which the next funding deadline is counted; today by default. */
  asOf?: string;
  /**
   * Rule sets to choose from by `asOf`: offering rule sets, or the rule sets the evaluators take (a
   * loaded folder's `ruleSet`), whose `offerings` are read; the shipped ones by default.
   */
  ruleSets?: readonly (OfferingRuleSet | RuleSet)[];
}

/** Everything both evaluators need, computed once per call. */
interface OfferingEvaluation {
  readonly lang: Lang;
  readonly asOf: string;
  readonly ruleSet: OfferingRuleSet;
  readonly issues: SituationIssue[];
  readonly facts: DerivedOfferingFacts;
  readonly placeholders: Readonly<Record<string, string>>;
}


const monthNames = {
  de: { 3: "März", 10: "Oktober" },
  en: { 3: "March", 10: "October" },
} as const;

/**
 * The next application deadline of "Archiv und Schule" on or after `asOf` (FACTS.md: 1 March and
 * 1 October), in words.
 */
export function nextArchiveDeadline(asOf: string, lang: Lang): string {
  const [year, month, day] = asOf.split("-").map(Number) as [number, number, number];
  const [deadlineYear, deadlineMonth] =
    month < 3 || (month === 3 && day === 1) ? [year, 3 as const] : month < 10 || (month === 10 && day === 1) ? [year, 10 as const] : [year + 1, 3 as const];
  const name = monthNames[lang][deadlineMonth];
  return lang === "de" ? `1. ${name} ${deadlineYear}` : `1 ${name} ${deadlineYear}`;
}

/** The `{flyerCount}` placeholder: the wanted number of flyers in words, with the number once it is given. */
const flyerCountWords = { de: "der gewünschten Stückzahl", en: "the number you want" } as const;

const isOfferingSet = (set: OfferingRuleSet | RuleSet): set is OfferingRuleSet => "kind" in set && set.kind === "offerings";

/**
 * The offering rule sets and the criteria's rule sets among `ruleSets`: a criteria rule set gives its
 * own offerings, or the shipped ones when it carries none.
 */
function chosenSets(ruleSets: readonly (OfferingRuleSet | RuleSet)[]): { offerings: OfferingRuleSet[]; criteria: RuleSet[] } {
  if (!Array.isArray(ruleSets as unknown)) return { offerings: ruleSets as OfferingRuleSet[], criteria: [] };
  const criteria = ruleSets.filter((set) => !isOfferingSet(set)) as RuleSet[];
  const offerings = ruleSets.flatMap((set) => (isOfferingSet(set) ? [set] : set.offerings ? [set.offerings] : shippedOfferingRuleSets()));
  return { offerings: [...new Set(offerings)], criteria };
}

/** Checks the options, reads the situation and its application, and derives the facts. */
function prepare(input: unknown, options: OfferingsOptions): OfferingEvaluation {
  const lang = resolveLang(options.lang);
  const asOf = options.asOf ?? isoDay();
  const chosen = options.ruleSets === undefined ? undefined : chosenSets(options.ruleSets);
  const ruleSet = ruleSetInForce(chosen?.offerings ?? shippedOfferingRuleSets(), asOf);
  // Criteria given with the offerings decide eligibility, and their lists read the application.
  const criteria = chosen && chosen.criteria.length > 0 ? { ruleSets: chosen.criteria } : {};
  const lists = criteria.ruleSets ? ruleSetInForce(criteria.ruleSets, asOf).data : undefined;
  const { situation, issues } = parseSituation(input, lang);
  const parsed = situation.application === undefined ? undefined : parseApplication(situation.application, lang, lists);
  if (parsed !== undefined) issues.push(...applicationIssues(parsed.issues));
  // The facts offerings share with eligibility come from its Decision, evaluated on the same day.
  const decision = evaluateSync(parsed?.application ?? {}, { lang, asOf, ...criteria });
  const facts = deriveOfferingFacts(parsed === undefined ? { situation, decision } : { situation, application: parsed.application, decision });
  const count = situation.flyerCount;
  const placeholders = {
    flyerCount:
      count === undefined
        ? flyerCountWords[lang]
        : `${flyerCountWords[lang]} (${new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB").format(count)})`,
    nextArchiveDeadline: nextArchiveDeadline(asOf, lang),
  };
  return { lang, asOf, ruleSet, issues, facts, placeholders };
}

const textKey = { available: "available", "not-available": "notAvailable", unknown: "unknown" } as const;

function offeringResult(rule: OfferingRuleFile, truth: Truth, evaluation: OfferingEvaluation): OfferingResult {
  const { lang, facts, placeholders } = evaluation;
  const status: OfferingStatus = truth === null ? "unknown" : truth ? "available" : "not-available";
  const key = textKey[status];
  const result: OfferingResult = {
    id: rule.id,
    status,
    title: rule.title[lang],
    message: format(rule.messages[key][lang], placeholders),
    source: { quote: rule.source.quote, url: rule.source.url },
    nextSteps: rule.nextSteps[key].map((step) => format(step[lang], placeholders)),
  };
  if (status === "unknown") {
    // A fact named twice adds its paths once: the set keeps each path where it first appears.
    const read = factConditions<OfferingFactName>(rule.conditions);
    result.missing = [...new Set(read.flatMap(({ fact }) => (facts.values[fact] === null ? facts.missing[fact] : [])))];
  }
  return result;
}

function report(evaluation: OfferingEvaluation, truths: ReadonlyMap<OfferingId, Truth>): OfferingsReport {
  const registered = evaluation.facts.values["partnership.registered"];
  return {
    offerings: evaluation.ruleSet.rules.map((rule) => offeringResult(rule, truths.get(rule.id) ?? null, evaluation)),
    issues: evaluation.issues,
    registered: typeof registered === "boolean" ? registered : null,
    ruleSet: { version: evaluation.ruleSet.version, validFrom: evaluation.ruleSet.validFrom },
  };
}

/**
 * What a partnership may use, and what the programme does not offer: one result per offering, with
 * its status, message, FAQ source and next steps. Synchronous, with the offering rules compiled to
 * plain three-valued functions (json-rules-engine gives the same results; a test proves it).
 *
 * The situation is read like an application: any value, never a throw on bad input; bad fields are
 * reported in `issues` and treated as not given. The partnership counts as registered only when
 * `registered` is `true` (the programme registers it once it has received the agreement signed by
 * all parties), and as not registered when it is `false`; a kindergarten or day-care cooperation
 * never counts as registered. A Decision, even `eligible` or `needs-review`, never registers: offerings
 * that need registration are `unknown` until `registered` says so, with the submission of the signed
 * agreement as next step. An offering has a condition only where its source states one.
 *
 * @example
 * ```ts
 * const { offerings: list } = offerings({ application, flyers: { count: 200 } }, { lang: "en" });
 * for (const o of list) console.log(o.status, o.title, o.nextSteps.join(" "));
 * ```
 *
 * Throws {@link BildungspartnerError} only for programmer mistakes in `options` (an unknown `lang`,
 * an `asOf` that is not a date or lies before every rule set).
 */
export function offerings(situation: unknown, options: OfferingsOptions = {}): OfferingsReport {
  const evaluation = prepare(situation, options);
  const truths = new Map<OfferingId, Truth>(
    evaluation.ruleSet.rules.map((rule) => [rule.id, compiledRule<OfferingFactName>(rule)(evaluation.facts.values)]),
  );
  return report(evaluation, truths);
}

/**
 * The same as {@link offerings}, with json-rules-engine as the evaluator: the reference the compiled
 * rules are tested against. Internal.
 */
export async function offeringsWithEngine(situation: unknown, options: OfferingsOptions = {}): Promise<OfferingsReport> {
  const evaluation = prepare(situation, options);
  return report(evaluation, await runRules(evaluation.ruleSet, evaluation.ruleSet.rules, evaluation.facts.values));
}
