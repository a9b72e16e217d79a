import type { Facts } from "./facts.js";
import { applyOperator } from "./operators.js";
import type { Condition, RuleFile } from "./rule-file.js";

/** true / false, or null for "unknown" (Kleene's three-valued logic). */
export type Truth = boolean | null;

/** A condition compiled to a plain function over facts. */
export type CompiledCondition = (facts: Facts) => Truth;

/**
 * Compiles a condition tree into closures once, at load time (no `eval`): `all` is false as soon as
 * one part is false, `any` true as soon as one is true, and unknown facts stay unknown otherwise.
 */
export function compileCondition(condition: Condition): CompiledCondition {
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
  const parts = ("all" in condition ? condition.all : condition.any).map(compileCondition);
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

/** Compiled rules of a rule set, cached per rule set. */
const compiledRules = new WeakMap<RuleFile, CompiledCondition>();

/** The compiled condition of a rule, compiled once per rule. */
export function compiledRule(rule: RuleFile): CompiledCondition {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    compiled = compileCondition(rule.conditions);
    compiledRules.set(rule, compiled);
  }
  return compiled;
}
