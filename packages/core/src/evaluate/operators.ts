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
 * The comparison operators rule files may use, defined once: json-rules-engine and the compiled
 * evaluator both call these. Same names and meaning as json-rules-engine's built-in operators.
 */
export const operators: Readonly<Record<OperatorName, (fact: unknown, value: ConditionValue) => boolean>> = {
  equal: (fact: unknown, value: ConditionValue) => fact === value,
  notEqual: (fact: unknown, value: ConditionValue) => fact !== value,
  in: (fact: unknown, value: ConditionValue) => includes(value, fact),
  notIn: (fact: unknown, value: ConditionValue) => !includes(value, fact),
  lessThan: (fact: unknown, value: ConditionValue) => number(fact) && number(value) && fact < value,
  lessThanInclusive: (fact: unknown, value: ConditionValue) => number(fact) && number(value) && fact <= value,
  greaterThan: (fact: unknown, value: ConditionValue) => number(fact) && number(value) && fact > value,
  greaterThanInclusive: (fact: unknown, value: ConditionValue) => number(fact) && number(value) && fact >= value,
  contains: (fact: unknown, value: ConditionValue) => includes(fact, value),
  doesNotContain: (fact: unknown, value: ConditionValue) => !includes(fact, value),
};

/** Names of the operators rule files may use, in a fixed order. */
export const operatorNames = /* @__PURE__ */ Object.keys(operators) as [OperatorName, ...OperatorName[]];

/**
 * Three-valued application of an operator: `null` when the fact is unknown, so a rule can tell
 * "not met" from "not answered yet".
 */
export function applyOperator(operator: OperatorName, fact: unknown, value: ConditionValue): boolean | null {
  if (fact === null || fact === undefined) return null;
  return operators[operator](fact, value);
}
