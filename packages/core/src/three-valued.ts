import type { FactName, FactValue } from "./facts.js";
import { applyOperator } from "./operators.js";
import type { Condition, TopLevelCondition } from "./rule-file.js";

/** true / false, or null for "unknown" (Kleene's three-valued logic). */
export type Truth = boolean | null;

/** A condition compiled to a plain function over facts (by default the eligibility facts). */
export type CompiledCondition<F extends string = FactName> = (facts: Readonly<Record<F, FactValue>>) => Truth;

/**
 * Compiles a condition tree into closures once, at load time (no `eval`): `all` is false as soon as
 * one part is false, `any` true as soon as one is true, and unknown facts stay unknown otherwise.
 */
export function compileCondition<F extends string = FactName>(condition: Condition<F>): CompiledCondition<F> {
  if ("fact" in condition) {
    const { fact, operator, value } = condition;
    return (facts) => applyOperator(operator, facts[fact], value);
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => {
      const truth = inner(facts);
      return truth === null ? null : !truth;
    };
  }
  const parts = ("all" in condition ? condition.all : condition.any).map((part) => compileCondition(part));
  const decisive = "all" in condition ? false : true;
  return (facts) => {
    let open = false;
    for (const part of parts) {
      const truth = part(facts);
      if (truth === decisive) return decisive;
      if (truth === null) open = true;
    }
    return open ? null : !decisive;
  };
}

/** Compiled rules, cached per rule (of any kind). */
const compiledRules = new WeakMap<object, CompiledCondition<never>>();

/** The compiled condition of a rule (of any kind), compiled once per rule. */
export function compiledRule<F extends string = FactName>(rule: { readonly conditions: TopLevelCondition<F> }): CompiledCondition<F> {
  let compiled = compiledRules.get(rule) as CompiledCondition<F> | undefined;
  if (!compiled) {
    compiled = compileCondition<F>(rule.conditions);
    compiledRules.set(rule, compiled as CompiledCondition<never>);
  }
  return compiled;
}
