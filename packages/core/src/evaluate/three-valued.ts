import { distinctPaths, type FactName, type FactValue } from "../application/facts.js";
import { operatorTable } from "./operators.js";
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
    // applyOperator, with the operator looked up once at compile time rather than on every run.
    const apply = operatorTable[operator].apply;
    return (facts) => {
      const known = facts[fact];
      return known === null || known === undefined ? null : apply(known, value);
    };
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

/** A truth with the input paths that decided it (none while it is unknown); the list is made for this evaluation. */
export interface Explained {
  readonly truth: Truth;
  readonly paths: readonly string[];
}

/**
 * Appends to `out` the input paths that decided a condition whose truth `truth` (not unknown) is
 * already known: a comparison is decided by its fact's paths; `all` and `any` by the parts whose
 * truth is theirs (an `all` that fails by its false parts, one that holds by all of them; `any`
 * dually); `not` by its part. Every deciding part is named, not only the first.
 */
type PathCollector = (facts: Readonly<Record<FactName, FactValue>>, decidedBy: Readonly<Record<FactName, readonly string[]>>, truth: boolean, out: string[]) => void;

function pathCollector(condition: Condition<FactName>): PathCollector {
  if ("fact" in condition) {
    const { fact } = condition;
    return (_facts, decidedBy, _truth, out) => {
      for (const path of decidedBy[fact]) out.push(path);
    };
  }
  if ("not" in condition) {
    const inner = pathCollector(condition.not);
    return (facts, decidedBy, truth, out) => inner(facts, decidedBy, !truth, out);
  }
  const parts = ("all" in condition ? condition.all : condition.any).map((part) => ({ truth: compileCondition(part), collect: pathCollector(part) }));
  return (facts, decidedBy, truth, out) => {
    for (const part of parts) if (part.truth(facts) === truth) part.collect(facts, decidedBy, truth, out);
  };
}

/** A rule explained: its compiled truth, and its deciding paths: one fact's (most rules) or collected. */
interface RuleExplainer {
  readonly truth: CompiledCondition;
  readonly paths: { readonly fact: FactName } | { readonly collect: PathCollector };
}

const explainedRules = new WeakMap<object, RuleExplainer>();

function explainerOf(conditions: TopLevelCondition<FactName>): RuleExplainer {
  const parts = "all" in conditions ? conditions.all : "any" in conditions ? conditions.any : undefined;
  const only = parts?.length === 1 ? parts[0]! : undefined;
  return { truth: compileCondition(conditions), paths: only !== undefined && "fact" in only ? { fact: only.fact } : { collect: pathCollector(conditions) } };
}

/**
 * Evaluates an eligibility rule three-valued and names the input paths that decided it (distinct,
 * empty while the rule is unknown); compiled once per rule.
 */
export function explainRule(
  rule: { readonly conditions: TopLevelCondition<FactName> },
  facts: { readonly values: Readonly<Record<FactName, FactValue>>; readonly decidedBy: Readonly<Record<FactName, readonly string[]>> },
): Explained {
  let explainer = explainedRules.get(rule);
  if (!explainer) {
    explainer = explainerOf(rule.conditions);
    explainedRules.set(rule, explainer);
  }
  const truth = explainer.truth(facts.values);
  if (truth === null) return { truth, paths: [] };
  if ("fact" in explainer.paths) return { truth, paths: facts.decidedBy[explainer.paths.fact] };
  const paths: string[] = [];
  explainer.paths.collect(facts.values, facts.decidedBy, truth, paths);
  return { truth, paths: distinctPaths(paths) };
}
