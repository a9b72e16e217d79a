import type { Lang, LocalizedText } from "../localized.js";

/** Values a rule condition compares a fact with. */
export type ConditionValue = string | number | boolean | null | ReadonlyArray<string | number | boolean>;

const number = (value: unknown): value is number => typeof value === "number";
const includes = (list: unknown, item: unknown): boolean => Array.isArray(list) && list.includes(item);

/** Names of the operators rule files may use (spelled out, so the API reference can show them). */
export type OperatorName =
  | "equal"
  | "notEqual"
  | "in"
  | "notIn"
  | "lessThan"
  | "lessThanInclusive"
  | "greaterThan"
  | "greaterThanInclusive"
  | "contains"
  | "doesNotContain";

/**
 * What an operator compares: `fact` is what the fact must be (`any` scalar, a `number`, a `list`),
 * `value` what the rule file writes (one `scalar`, a `number`, a non-empty `list`).
 */
export interface OperandTypes {
  readonly fact: "any" | "number" | "list";
  readonly value: "scalar" | "number" | "list";
}

/**
 * Which fact values a number comparison accepts: all from its value on (`lower`) or up to it
 * (`upper`), the value itself included or not.
 */
export interface OperatorBound {
  readonly side: "lower" | "upper";
  readonly inclusive: boolean;
}

/** How to say „and“ and „or“ between the items of a list, per language. */
const conjunctions: Readonly<Record<Lang, { readonly and: string; readonly or: string }>> = {
  de: { and: "und", or: "oder" },
  en: { and: "and", or: "or" },
};

/** "A", "A or B", "A, B or C" in the language asked for (no serial comma, as German writes it). */
export function listWords(items: readonly string[], conjunction: "and" | "or", lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunctions[lang][conjunction]} ${items.at(-1)}`;
}

/** Words of an operator in one language, given the words of its value's items. */
export type OperatorProse = (items: readonly string[], lang: Lang) => string;

/** One operator, described once: how it applies, what it compares, its words and its bounds. */
export interface Operator {
  readonly name: OperatorName;
  /** Whether `fact` and `value` stand in this relation (two-valued; see `applyOperator` for unknown facts). */
  readonly apply: (fact: unknown, value: ConditionValue) => boolean;
  readonly operands: OperandTypes;
  /** The operator that holds exactly when this one fails (on a known fact): the words of `not (…)`. */
  readonly negation: OperatorName;
  /** Its short word, as a control labels a value: „mindestens“ / „at least“. */
  readonly word: LocalizedText;
  /** The comparison in words, given its value's words: „weder Kita noch Kindergarten“. */
  readonly prose: OperatorProse;
  /** The words when the value is a day of the year, where they differ: „frühestens am 01.08.“. */
  readonly dateWord?: LocalizedText;
  /** For number comparisons: which side of the value it accepts. */
  readonly bound?: OperatorBound;
}

/** The operator's word before its value's words, items joined with `conjunction`. */
const before =
  (word: LocalizedText, conjunction: "and" | "or"): OperatorProse =>
  (items, lang) =>
    `${word[lang]} ${listWords(items, conjunction, lang)}`;

/** „weder A noch B“ / „neither A nor B“; one item: „nicht A“; more: „keine von A, B oder C“. */
const noneOf: OperatorProse = (items, lang) => {
  const words = { de: ["nicht", "weder", "noch", "keine von"], en: ["not", "neither", "nor", "none of"] }[lang];
  if (items.length === 1) return `${words[0]} ${items[0]}`;
  if (items.length === 2) return `${words[1]} ${items[0]} ${words[2]} ${items[1]}`;
  return `${words[3]} ${listWords(items, "or", lang)}`;
};

function operator(name: OperatorName, spec: Omit<Operator, "name" | "prose"> & { readonly prose?: OperatorProse; readonly conjunction?: "and" | "or" }): Operator {
  const { conjunction = "or", prose = before(spec.word, conjunction), ...rest } = spec;
  return { name, prose, ...rest };
}

const scalar: OperandTypes = { fact: "any", value: "scalar" };
const oneOf: OperandTypes = { fact: "any", value: "list" };
const numeric: OperandTypes = { fact: "number", value: "number" };
const member: OperandTypes = { fact: "list", value: "scalar" };

/**
 * The comparison operators rule files may use, defined once: json-rules-engine and the compiled
 * evaluator apply them, and prose, decision tables, diff, lint, the Werkstatt and the agreement
 * judge read their words, operand types and bounds from here. Same names and meaning as
 * json-rules-engine's built-in operators.
 */
export const operatorTable: Readonly<Record<OperatorName, Operator>> = /* @__PURE__ */ (() => ({
  equal: operator("equal", {
    apply: (fact, value) => fact === value,
    operands: scalar,
    negation: "notEqual",
    word: { de: "gleich", en: "equal to" },
    // „ist 5“ reads as the value alone: „Schulform: Gymnasium“.
    prose: (items, lang) => listWords(items, "or", lang),
    dateWord: { de: "am", en: "on" },
  }),
  notEqual: operator("notEqual", {
    apply: (fact, value) => fact !== value,
    operands: scalar,
    negation: "equal",
    word: { de: "nicht", en: "not" },
  }),
  in: operator("in", {
    apply: (fact, value) => includes(value, fact),
    operands: oneOf,
    negation: "notIn",
    word: { de: "eines von", en: "one of" },
    prose: (items, lang) => listWords(items, "or", lang),
  }),
  notIn: operator("notIn", {
    apply: (fact, value) => !includes(value, fact),
    operands: oneOf,
    negation: "in",
    word: { de: "keines von", en: "none of" },
    prose: noneOf,
  }),
  lessThan: operator("lessThan", {
    apply: (fact, value) => number(fact) && number(value) && fact < value,
    operands: numeric,
    negation: "greaterThanInclusive",
    word: { de: "weniger als", en: "less than" },
    dateWord: { de: "vor dem", en: "before" },
    bound: { side: "upper", inclusive: false },
  }),
  lessThanInclusive: operator("lessThanInclusive", {
    apply: (fact, value) => number(fact) && number(value) && fact <= value,
    operands: numeric,
    negation: "greaterThan",
    word: { de: "höchstens", en: "at most" },
    dateWord: { de: "spätestens am", en: "on or before" },
    bound: { side: "upper", inclusive: true },
  }),
  greaterThan: operator("greaterThan", {
    apply: (fact, value) => number(fact) && number(value) && fact > value,
    operands: numeric,
    negation: "lessThanInclusive",
    word: { de: "mehr als", en: "more than" },
    dateWord: { de: "nach dem", en: "after" },
    bound: { side: "lower", inclusive: false },
  }),
  greaterThanInclusive: operator("greaterThanInclusive", {
    apply: (fact, value) => number(fact) && number(value) && fact >= value,
    operands: numeric,
    negation: "lessThan",
    word: { de: "mindestens", en: "at least" },
    dateWord: { de: "frühestens am", en: "on or after" },
    bound: { side: "lower", inclusive: true },
  }),
  contains: operator("contains", {
    apply: (fact, value) => includes(fact, value),
    operands: member,
    negation: "doesNotContain",
    word: { de: "enthält", en: "contains" },
    conjunction: "and",
  }),
  doesNotContain: operator("doesNotContain", {
    apply: (fact, value) => !includes(fact, value),
    operands: member,
    negation: "contains",
    word: { de: "enthält nicht", en: "does not contain" },
  }),
}))();

/**
 * The comparison operators as plain functions, for callers that only apply them.
 * Each is `operatorTable[name].apply`.
 */
export const operators: Readonly<Record<OperatorName, (fact: unknown, value: ConditionValue) => boolean>> = /* @__PURE__ */ (() =>
  Object.fromEntries(Object.values(operatorTable).map((entry) => [entry.name, entry.apply])) as Record<OperatorName, (fact: unknown, value: ConditionValue) => boolean>)();

/** Names of the operators rule files may use, in a fixed order. */
export const operatorNames = /* @__PURE__ */ Object.keys(operatorTable) as [OperatorName, ...OperatorName[]];

/**
 * Three-valued application of an operator: `null` when the fact is unknown, so a rule can tell
 * "not met" from "not answered yet".
 */
export function applyOperator(operator: OperatorName, fact: unknown, value: ConditionValue): boolean | null {
  if (fact === null || fact === undefined) return null;
  return operatorTable[operator].apply(fact, value);
}

/**
 * The first whole number a number comparison accepts when it holds (a lower bound: `≥ 24` → 24,
 * `> 24` → 25) and the first from which it fails (an upper bound: `< 24` → 24, `≤ 24` → 25);
 * `undefined` where the operator has no such edge.
 */
export function wholeNumberEdges(operator: OperatorName, value: number): { readonly holds: number | undefined; readonly fails: number | undefined } {
  const bound = operatorTable[operator].bound;
  if (!bound) return { holds: undefined, fails: undefined };
  const edge = bound.inclusive === (bound.side === "lower") ? value : value + 1;
  return bound.side === "lower" ? { holds: edge, fails: undefined } : { holds: undefined, fails: edge };
}
