import type { Engine, NestedCondition, RuleProperties, TopLevelCondition as EngineTopLevel } from "json-rules-engine";
import type { Facts, FactValue } from "../application/facts.js";
import { operatorTable } from "./operators.js";
import type { Condition, CriterionId, TopLevelCondition } from "./rule-file.js";
import type { DecisionRuleSet } from "./decision-rules.js";
import type { Truth } from "./three-valued.js";

/*
 * json-rules-engine decides true/false only. To get Kleene's three values from it, each rule runs as
 * two engine rules: one that holds when the condition is definitely true, one when it is definitely
 * false (the dual: all↔any, each comparison negated). Neither holding means "unknown". A comparison
 * on an unknown (null) fact is neither definitely true nor definitely false.
 */

/*
 * The two sides are operator decorators (json-rules-engine's `not:equal` style): `holds:<operator>`
 * and `fails:<operator>` wrap any operator of the table, so a new operator needs no extra names.
 */
const HOLDS = "holds";
const FAILS = "fails";
const known = (fact: unknown) => fact !== null && fact !== undefined;

/** What the engine needs of a rule of any kind. */
interface EngineRule {
  readonly id: string;
  readonly conditions: TopLevelCondition<string>;
}

function transform(condition: Condition<string>, wanted: boolean): NestedCondition {
  if ("fact" in condition) {
    const decorator = wanted ? HOLDS : FAILS;
    return { fact: condition.fact, operator: `${decorator}:${condition.operator}`, value: condition.value as never };
  }
  if ("not" in condition) return transform(condition.not, !wanted);
  const parts = "all" in condition ? condition.all : condition.any;
  const conjunctive = "all" in condition === wanted;
  const nested = parts.map((part) => transform(part, wanted));
  return conjunctive ? { all: nested } : { any: nested };
}

function topLevel(condition: NestedCondition): EngineTopLevel {
  return "all" in condition || "any" in condition ? (condition as EngineTopLevel) : { all: [condition] };
}

function engineRules(rule: EngineRule): RuleProperties[] {
  return [true, false].map((wanted) => ({
    // Stryker disable next-line StringLiteral: engine rule names only label rules; results come from the events
    name: `${rule.id}:${wanted ? "met" : "not-met"}`,
    conditions: topLevel(transform(rule.conditions, wanted)),
    event: { type: wanted ? "met" : "not-met", params: { criterion: rule.id } },
  }));
}

/** Loaded on first use, so bundles that only evaluate synchronously (forms in a browser) leave it out. */
let engineModule: Promise<typeof import("json-rules-engine")> | undefined;

async function createEngine(rules: readonly EngineRule[]): Promise<Engine> {
  engineModule ??= import("json-rules-engine");
  const { Engine, OperatorDecorator } = await engineModule;
  // Stryker disable next-line ObjectLiteral: false is json-rules-engine's default, stated to keep it off on purpose
  const engine = new Engine(rules.flatMap(engineRules), { allowUndefinedFacts: false });
  // Ours replace json-rules-engine's built-ins of the same names (theirs check types differently).
  for (const operator of Object.values(operatorTable)) engine.addOperator(operator.name, operator.apply as (fact: unknown, value: unknown) => boolean);
  // Neither side holds on an unknown fact: the decorators' fact check rejects it before the operator runs.
  engine.addOperatorDecorator(new OperatorDecorator<unknown, unknown, unknown, unknown>(HOLDS, (fact, value, next) => next(fact, value), known));
  engine.addOperatorDecorator(new OperatorDecorator<unknown, unknown, unknown, unknown>(FAILS, (fact, value, next) => !next(fact, value), known));
  return engine;
}

/*
 * A json-rules-engine Engine is not safe for overlapping runs (a finishing run marks the engine
 * finished and the other run skips its remaining rules), so each run borrows an idle engine.
 */
const idleEngines = new WeakMap<object, Engine[]>();
const MAX_IDLE_ENGINES = 8;

/** Evaluates every rule of the set with json-rules-engine, the reference evaluator. */
export async function runEngine(ruleSet: DecisionRuleSet, facts: Facts): Promise<Map<CriterionId, Truth>> {
  return runRules(ruleSet, ruleSet.rules, facts);
}

/**
 * Evaluates rules of any kind with json-rules-engine. `owner` (the rule set) keys the idle engines;
 * `rules` are its rules in order.
 */
export async function runRules<Id extends string, F extends string>(
  owner: object,
  rules: readonly { readonly id: Id; readonly conditions: TopLevelCondition<F> }[],
  facts: Readonly<Record<F, FactValue>>,
): Promise<Map<Id, Truth>> {
  let idle = idleEngines.get(owner);
  if (!idle) {
    idle = [];
    idleEngines.set(owner, idle);
  }
  const engine = idle.pop() ?? (await createEngine(rules as readonly EngineRule[]));
  try {
    const { events } = await engine.run({ ...facts });
    const truths = new Map<Id, Truth>(rules.map((rule) => [rule.id, null]));
    for (const event of events) {
      truths.set((event.params as { criterion: Id }).criterion, event.type === "met");
    }
    return truths;
  } finally {
    if (idle.length < MAX_IDLE_ENGINES) idle.push(engine);
  }
}
