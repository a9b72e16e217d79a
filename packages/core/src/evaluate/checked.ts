import { makeIssue, parseApplication, type Application, type ChoiceLists, type FieldIssueCode, type Issue } from "../application/application.js";
import type { CategoryReading } from "../application/data.js";
import { deriveFacts, type DerivedFacts, type FactLists, type FactName, type FactValue } from "../application/facts.js";
import { resolveLang, type Lang } from "../lang.js";
import type { Decision } from "./decision.js";
import type { DecisionRuleSet } from "./decision-rules.js";
import type { SubmissionStage } from "./rule-set.js";

/** Only this module can name the brand, so only its functions can make a checked value. */
declare const checkedBrand: unique symbol;

/** Options of {@link checkApplication}. */
export interface CheckOptions {
  /** Language of the issues' messages; German by default. */
  lang?: Lang;
  /**
   * The lists the application is read with, e.g. a rule set's `data`: school types and categories (the
   * choices), categories and role-mailbox words (the facts); the shipped ones where not given.
   */
  lists?: InputLists | undefined;
  /** The partner categories the facts read (as `EvaluateOptions.categories`), over `lists`' categories. */
  categories?: readonly CategoryReading[];
}

/** The lists an application is read with: the choices it may name and the lists its facts read. */
export type InputLists = ChoiceLists & FactLists;

/** The lists made for each pair of `categories` and rule-set lists, so a pair read again is the same object. */
const listsByCategories = /* @__PURE__ */ new WeakMap<readonly CategoryReading[], WeakMap<object, InputLists>>();
const noData: InputLists = {};

/**
 * A rule set's lists with `categories` (an option) over their categories; the same object when there is
 * none, and the same object for the same pair, so facts derived for it and a Decision made with it are
 * found again (both are kept per lists object).
 */
export function inputLists(data: InputLists | undefined, categories: readonly CategoryReading[] | undefined): InputLists | undefined {
  if (categories === undefined) return data;
  let byData = listsByCategories.get(categories);
  if (!byData) listsByCategories.set(categories, (byData = new WeakMap()));
  const key = data ?? noData;
  let lists = byData.get(key);
  if (!lists) byData.set(key, (lists = { ...data, categories }));
  return lists;
}

/**
 * An application read once: its valid fields, its issues and the facts the rules read. Made only by
 * {@link checkApplication} and {@link decideApplication}; `evaluate`, `evaluateSync` and forms'
 * `validateForm` take it instead of the raw input and neither parse nor derive again. A look-alike
 * object made elsewhere is not one: it is read as raw input.
 */
export interface CheckedApplication {
  /** The fields that are valid; invalid and contradictory fields are left out. */
  readonly application: Application;
  /** One issue per bad field, in `lang`; empty when the input is valid. */
  readonly issues: readonly Issue[];
  /** The facts the rules read, derived once from `application`. */
  readonly facts: Readonly<Record<FactName, FactValue>>;
  /** The language of the issues' messages. */
  readonly lang: Lang;
  readonly [checkedBrand]: true;
}

/** A checked application with the Decision of its evaluation; evaluating it again with the same options returns that Decision. */
export interface DecidedApplication extends CheckedApplication {
  readonly decision: Decision;
}

/** What a Decision was made with: a Decision is reused only for the same. */
export interface DecisionKey {
  readonly lang: Lang;
  readonly stage: SubmissionStage;
  readonly ruleSet: DecisionRuleSet;
  /** The lists the input is read with (the rule set's, `categories` over them). */
  readonly lists: InputLists | undefined;
}

/** What core keeps of a checked value, out of its callers' reach. */
interface Kept {
  readonly derived: DerivedFacts;
  readonly lists: InputLists | undefined;
  readonly decided?: DecisionKey;
}

const records = new WeakMap<object, Kept>();

/** The record of a checked value made here; `undefined` for anything else (raw input, a look-alike). */
function recordOf(value: unknown): Kept | undefined {
  return typeof value === "object" && value !== null ? records.get(value) : undefined;
}

function register<T extends CheckedApplication>(value: Omit<T, typeof checkedBrand>, record: Kept): T {
  const checked = Object.freeze(value) as T;
  records.set(checked, record);
  return checked;
}

/**
 * Reads any value as an application once: the valid fields, the issues (as `parseApplication`) and
 * the facts. Never throws for bad input; throws `INVALID_OPTION` for an unknown `lang`.
 */
export function checkApplication(input: unknown, options: CheckOptions = {}): CheckedApplication {
  const lang = resolveLang(options.lang);
  const lists = inputLists(options.lists, options.categories);
  const { application, issues } = parseApplication(input, lang, lists);
  const derived = deriveFacts(application, lists);
  return register<CheckedApplication>({ application, issues, facts: derived.values, lang }, { derived, lists });
}

/**
 * The parsed input and its facts for `lang` and `lists`: a checked value's own, with issues re-rendered
 * in another language and, for other lists, its fields read and its facts derived again; raw input is parsed.
 */
export function readInput(
  input: unknown,
  lang: Lang,
  lists: InputLists | undefined,
): { application: Application; issues: Issue[]; facts: DerivedFacts } {
  const record = recordOf(input);
  if (!record) {
    const { application, issues } = parseApplication(input, lang, lists);
    return { application, issues, facts: deriveFacts(application, lists) };
  }
  const checked = input as CheckedApplication;
  const issues =
    checked.lang === lang ? [...checked.issues] : checked.issues.map((issue) => makeIssue(issue.path, issue.code as FieldIssueCode, lang, issue.params));
  if (record.lists === lists) return { application: checked.application, issues, facts: record.derived };
  // Other lists may refuse a choice the first ones took (a school type a rule set dropped).
  const reread = parseApplication(checked.application, lang, lists);
  return { application: reread.application, issues: [...issues, ...reread.issues], facts: deriveFacts(reread.application, lists) };
}

const sameKey = (a: DecisionKey, b: DecisionKey): boolean =>
  a.lang === b.lang && a.stage === b.stage && a.ruleSet === b.ruleSet && a.lists === b.lists;

/** The Decision a decided value carries, if it was made with the same key. */
export function decisionFor(input: unknown, key: DecisionKey): Decision | undefined {
  const decided = recordOf(input)?.decided;
  return decided && sameKey(decided, key) ? (input as DecidedApplication).decision : undefined;
}

/** An evaluation and its Decision as a decided application. */
export function decidedApplication(
  { application, issues, facts }: { readonly application: Application; readonly issues: readonly Issue[]; readonly facts: DerivedFacts },
  key: DecisionKey,
  decision: Decision,
): DecidedApplication {
  return register<DecidedApplication>({ application, issues, facts: facts.values, lang: key.lang, decision }, { derived: facts, lists: key.lists, decided: key });
}
