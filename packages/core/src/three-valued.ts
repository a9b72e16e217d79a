import { distinctPaths, type FactName, type FactValue } from "./facts.js";
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

/** A truth with the input paths that decided it (none while it is unknown). */
export interface Explained {
  readonly truth: Truth;
  readonly paths: readonly string[];
}

/**
 * A condition compiled to a function that also collects the input paths that decided it: it
 * returns the truth and appends to `out` the decided-by paths of the parts that made it so.
 */
type ExplainingCondition = (facts: Readonly<Record<FactName, FactValue>>, decidedBy: Readonly<Record<FactName, readonly string[]>>, out: string[]) => Truth;

/**
 * Compiles a condition so that it names its deciding inputs: a comparison is decided by its fact's
 * paths; `all` and `any` by the parts whose truth is theirs (an `all` that fails by its false
 * parts, one that holds by all of them; `any` dually); `not` by its part. Unknown decides nothing.
 * Every part is evaluated, so all deciding parts are named, not only the first.
 */
function explainCondition(condition: Condition<FactName>): ExplainingCondition {
  if ("fact" in condition) {
    const { fact, operator, value } = condition;
    return (facts, decidedBy, out) => {
      const truth = applyOperator(operator, facts[fact], value);
      if (truth !== null) for (const path of decidedBy[fact]) out.push(path);
      return truth;
    };
  }
  if ("not" in condition) {
    const inner = explainCondition(condition.not);
    return (facts, decidedBy, out) => {
      const truth = inner(facts, decidedBy, out);
      return truth === null ? null : !truth;
    };
  }
  const parts = ("all" in condition ? condition.all : condition.any).map((part) => explainCondition(part));
  if (parts.length === 1) return parts[0]!;
  const decisive = "all" in condition ? false : true;
  return (facts, decidedBy, out) => {
    const start = out.length;
    const truths: Truth[] = [];
    const ends: number[] = [];
    for (const part of parts) {
      truths.push(part(facts, decidedBy, out));
      ends.push(out.length);
    }
    const truth = truths.includes(decisive) ? decisive : truths.includes(null) ? null : !decisive;
    // Keep the paths of the parts whose truth is the whole's, in place.
    let write = start;
    let from = start;
    truths.forEach((partTruth, i) => {
      const to = ends[i]!;
      if (partTruth === truth && truth !== null) for (let k = from; k < to; k++) out[write++] = out[k]!;
      from = to;
    });
    out.length = write;
    return truth;
  };
}

/** A rule explained: by one fact (most rules; its decided-by paths are the rule's), or by the walk. */
type RuleExplainer = { readonly fact: FactName; readonly truth: CompiledCondition } | { readonly walk: ExplainingCondition };

const explainedRules = new WeakMap<object, RuleExplainer>();

function explainerOf(conditions: TopLevelCondition<FactName>): RuleExplainer {
  const parts = "all" in conditions ? conditions.all : "any" in conditions ? conditions.any : undefined;
  const only = parts?.length === 1 ? parts[0]! : undefined;
  return only !== undefined && "fact" in only ? { fact: only.fact, truth: compileCondition(conditions) } : { walk: explainCondition(conditions) };
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
  if ("fact" in explainer) {
    const truth = explainer.truth(facts.values);
    return { truth, paths: truth === null ? [] : facts.decidedBy[explainer.fact] };
  }
  const paths: string[] = [];
  const truth = explainer.walk(facts.values, facts.decidedBy, paths);
  return { truth, paths: distinctPaths(paths) };
}
