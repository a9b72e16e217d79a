import type { Application, Issue } from "../application/application.js";
import type { Category } from "../application/data.js";
import { isoDay } from "../application/dates.js";
import { BildungspartnerError } from "../errors.js";
import type { DerivedFacts, FactName } from "../application/facts.js";
import { inputLists, readInput, type DecisionKey } from "./checked.js";
import { format, resolveLang, type Lang } from "../lang.js";
import { factConditions } from "./condition.js";
import type { CriterionId, CriterionLevel, SourceQuote } from "./rule-file.js";
import { ruleSetInForce } from "./in-force.js";
import type { RuleSet, SubmissionStage } from "./rule-set.js";
import { shippedDecisionRuleSets, type DecisionReading, type DecisionRule, type DecisionRuleSet } from "./decision-rules.js";
import { compileCondition, type CompiledCondition, type Explained } from "./three-valued.js";

/** How one criterion stands: met, not met, or unknown because input is still missing. */
export type CriterionStatus = "met" | "not-met" | "unknown";

/**
 * Overall outcome of an application. `needs-review` („Prüfung durch Bildungspartner NRW“): every
 * Muss-Kriterium is met and every criterion answered, but a Soll-Kriterium is not met, so the
 * programme office decides.
 */
export type DecisionStatus = "eligible" | "needs-review" | "not-eligible" | "incomplete" | "invalid";

/** Every Decision status, from the best to the worst (the reverse of the order in which a Decision's status is checked). */
export const decisionStatuses = ["eligible", "needs-review", "not-eligible", "incomplete", "invalid"] as const satisfies readonly DecisionStatus[];

/** The statuses with which the agreement goes to Bildungspartner NRW: eligible, or left to its review. */
export const submittableStatuses = ["eligible", "needs-review"] as const satisfies readonly DecisionStatus[];

/** Whether a Decision's status lets the partners submit their agreement (`eligible` or `needs-review`). */
export function isSubmittable(status: DecisionStatus): status is (typeof submittableStatuses)[number] {
  return (submittableStatuses as readonly DecisionStatus[]).includes(status);
}

/** A reading (Auslegung) that decided a criterion's result: its id and title in the requested language. */
export interface DecidingReading {
  id: string;
  title: string;
}

/** The result of one criterion, explained. */
export interface CriterionResult {
  id: CriterionId;
  status: CriterionStatus;
  /**
   * `must` (Muss-Kriterium) or `should` (Soll-Kriterium), from the rule file; `should` for a result
   * not met that a reading with level `should` decided (the programme office decides).
   */
  level: CriterionLevel;
  /**
   * The readings of the rule that decided this result, where the FAQ's words alone would not have
   * given it (e.g. a Soll-Kriterium, what counts as municipal); empty when none did.
   */
  readings: DecidingReading[];
  /** Title of the criterion in the requested language. */
  title: string;
  /** What is wrong and what to do, or that the criterion is met, in the requested language. */
  message: string;
  /** The sentence this rule encodes. */
  source: SourceQuote;
  /** Input paths whose absence makes the criterion unknown; only when `status` is `"unknown"`. */
  missing?: string[];
  /**
   * Input paths that decided the result, e.g. `contacts.1.email` for a role mailbox: for a result
   * not met, the fields to change. A part of the rule that holds or fails counts by the facts it
   * reads; a fact about a whole list (no partner is municipal) by the list. Empty while unknown.
   */
  paths: string[];
}

/** What to do after the self-check, in the requested language, with the sentence it rests on. */
export interface NextStep {
  message: string;
  source: SourceQuote;
}

/** A complete, explained decision about a partnership application. */
export interface Decision {
  /**
   * `invalid` when the input does not fit the schema; else `not-eligible` when a Muss-Kriterium is
   * not met; else `incomplete` when any criterion is unknown; else `needs-review` when a
   * Soll-Kriterium is not met; else `eligible`.
   */
  status: DecisionStatus;
  /** One result per criterion, in the order a person reads the FAQ. */
  criteria: CriterionResult[];
  /** One entry per bad field; non-empty exactly when `status` is `"invalid"`. */
  issues: Issue[];
  /**
   * What comes next, for every status, by stage (`EvaluateOptions.stage`): before submission, for
   * `eligible` and `needs-review`, the submission of the agreement signed by all parties, since
   * registration follows it; after submission, what the submission leads to; for the other statuses,
   * how to go on. From the rule set's `nextSteps`.
   */
  nextSteps: NextStep[];
  /** The rule set the decision used. */
  ruleSet: { version: string; validFrom: string };
}

/** Options of {@link evaluate} and {@link evaluateSync}. */
export interface EvaluateOptions {
  /** Language of titles, messages and issues; German by default. */
  lang?: Lang;
  /** ISO date whose rules apply (`YYYY-MM-DD`); today by default. */
  asOf?: string;
  /** Rule sets to choose from by `asOf`; the shipped rule sets by default. */
  ruleSets?: readonly RuleSet[];
  /**
   * The partner categories the facts read (whether a category is in the programme, and whether a
   * non-municipal partner of it needs a municipal co-partner), e.g. a rules folder's
   * `data/categories.json` to try a change before it ships; the rule set's list (`RuleSet.data`),
   * else the shipped one, by default. Which category ids an application may name stays the rule set's.
   */
  categories?: readonly Category[];
  /**
   * When the decision is made: `before-submission` (default; a self-check or a form) or
   * `after-submission` (the agreement has been submitted), which chooses the next steps.
   */
  stage?: SubmissionStage;
}

/** Everything both evaluators need, computed once per call; its key says what a Decision of it was made with. */
export interface Evaluation extends DecisionKey {
  readonly issues: Issue[];
  readonly facts: DerivedFacts;
  /** The valid part of the input, for the placeholders of messages (`{emails}`). */
  readonly application: Application;
}


/**
 * The rule set that {@link evaluate} and {@link evaluateSync} decide by with these options: of
 * `ruleSets` (the shipped ones by default, as the evaluators read them: without descriptions,
 * interpretations and further sources) the one in force on `asOf` (today by default). Throws as they
 * do for an `asOf` that is not a date or lies before every rule set.
 */
export function ruleSetFor(options: EvaluateOptions = {}): DecisionRuleSet {
  return ruleSetInForce<DecisionRuleSet>(options.ruleSets ?? shippedDecisionRuleSets(), options.asOf ?? isoDay());
}

/** Checks the options and says what a Decision with them is made with. */
export function decisionKey(options: EvaluateOptions): DecisionKey {
  const lang = resolveLang(options.lang);
  const ruleSet = ruleSetFor(options);
  const stage = options.stage ?? "before-submission";
  if (stage !== "before-submission" && stage !== "after-submission") {
    throw new BildungspartnerError(
      "INVALID_OPTION",
      { de: "Unbekannte Stufe {stage}; erlaubt sind „before-submission“ und „after-submission“.", en: 'Unknown stage {stage}; use "before-submission" or "after-submission".' },
      { params: { stage: JSON.stringify(stage) ?? String(stage) } },
    );
  }
  return { lang, ruleSet, stage, lists: inputLists(ruleSet.data, options.categories) };
}

/**
 * Reads the input and derives the facts (a checked application's own, without parsing again): the
 * work shared by both evaluators.
 */
export function evaluationOf(input: unknown, key: DecisionKey): Evaluation {
  const { application, issues, facts } = readInput(input, key.lang, key.lists);
  // Written out, not spread: one shape for every evaluation keeps the rules' reads of it fast.
  return { lang: key.lang, ruleSet: key.ruleSet, stage: key.stage, lists: key.lists, issues, facts, application };
}

/** Checks the options, reads the input and derives the facts. */
export function prepareEvaluation(input: unknown, options: EvaluateOptions = {}): Evaluation {
  return evaluationOf(input, decisionKey(options));
}

/** The facts each rule reads, collected once per rule. */
const factsOfRule = new WeakMap<DecisionRule, readonly FactName[]>();

function factsOf(rule: DecisionRule): readonly FactName[] {
  let facts = factsOfRule.get(rule);
  if (!facts) {
    facts = [
      ...new Set(
        factConditions(rule.conditions).map((condition) => condition.fact),
      ),
    ];
    factsOfRule.set(rule, facts);
  }
  return facts;
}

const EMAIL_PATH = /^contacts\.(\d+)\.email$/;

/**
 * A criterion's message with its placeholders filled: `{emails}`, the e-mail addresses among the
 * input paths that decided the result (the addresses to change), in the order of the paths.
 */
function withPlaceholders(message: string, paths: readonly string[], application: Application): string {
  if (!message.includes("{emails}")) return message;
  const emails = paths.flatMap((path) => {
    const index = EMAIL_PATH.exec(path)?.[1];
    const email = index === undefined ? undefined : application.contacts?.[Number(index)]?.email;
    return email === undefined ? [] : [email];
  });
  return format(message, { emails: emails.join(", ") });
}

/** Reading conditions, compiled once per reading. */
const readingConditions = new WeakMap<DecisionReading, CompiledCondition>();

function readingHolds(reading: DecisionReading, status: CriterionStatus, evaluation: Evaluation): boolean {
  if (status === "unknown" || !reading.when.statuses.includes(status)) return false;
  const conditions = reading.when.conditions;
  if (conditions === undefined) return true;
  let compiled = readingConditions.get(reading);
  if (!compiled) {
    compiled = compileCondition(conditions);
    readingConditions.set(reading, compiled);
  }
  return compiled(evaluation.facts.values) === true;
}

/** The readings of a rule that decided a result with this status, in the rule file's order. */
export function decidingReadings(rule: DecisionRule, status: CriterionStatus, evaluation: Evaluation): readonly DecisionReading[] {
  return rule.readings?.filter((reading) => readingHolds(reading, status, evaluation)) ?? [];
}

function criterionResult(rule: DecisionRule, { truth, paths }: Explained, evaluation: Evaluation): CriterionResult {
  const { lang, facts } = evaluation;
  const status: CriterionStatus = truth === null ? "unknown" : truth ? "met" : "not-met";
  const message = withPlaceholders(rule.messages[truth === null ? "unknown" : truth ? "met" : "notMet"][lang], paths, evaluation.application);
  const readings = decidingReadings(rule, status, evaluation);
  const result: CriterionResult = {
    id: rule.id,
    status,
    level: status === "not-met" && readings.some((r) => r.level === "should") ? "should" : rule.level,
    readings: readings.map((r) => ({ id: r.id, title: r.title[lang] })),
    title: rule.title[lang],
    message,
    source: { quote: rule.source.quote, url: rule.source.url },
    paths: paths as string[],
  };
  if (status === "unknown") {
    const missing = factsOf(rule).flatMap((fact) => (facts.values[fact] === null ? facts.missing[fact] : []));
    result.missing = [...new Set(missing)];
  }
  return result;
}

const unexplained: Explained = { truth: null, paths: [] };

/** Turns the criterion truths, each with the paths that decided it, into a Decision with messages and sources. */
export function decide(evaluation: Evaluation, results: ReadonlyMap<CriterionId, Explained>): Decision {
  const criteria = evaluation.ruleSet.rules.map((rule) => criterionResult(rule, results.get(rule.id) ?? unexplained, evaluation));
  const status = decisionStatus(evaluation.issues.length > 0, criteria);
  const steps = (evaluation.ruleSet.nextSteps[status] ?? []).filter((step) => step.stage === undefined || step.stage === evaluation.stage);
  return {
    status,
    criteria,
    issues: evaluation.issues,
    nextSteps: steps.map((step) => ({
      message: step.text[evaluation.lang],
      source: { quote: step.source.quote, url: step.source.url },
    })),
    ruleSet: { version: evaluation.ruleSet.version, validFrom: evaluation.ruleSet.validFrom },
  };
}

/**
 * The overall status from the criteria: a Muss-Kriterium not met rules out, an open answer keeps the
 * decision incomplete, and a Soll-Kriterium not met leaves it to the programme office.
 */
export function decisionStatus(
  invalid: boolean,
  criteria: readonly { readonly status: CriterionStatus; readonly level: CriterionLevel }[],
): DecisionStatus {
  if (invalid) return "invalid";
  if (criteria.some((c) => c.status === "not-met" && c.level === "must")) return "not-eligible";
  if (criteria.some((c) => c.status === "unknown")) return "incomplete";
  if (criteria.some((c) => c.status === "not-met")) return "needs-review";
  return "eligible";
}
