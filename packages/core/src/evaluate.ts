import { decide, prepareEvaluation, type Decision, type EvaluateOptions } from "./decision.js";
import { runEngine } from "./engine.js";
import type { CriterionId } from "./rule-file.js";
import { compiledRule, type Truth } from "./three-valued.js";

/**
 * Decides a partnership application with json-rules-engine, the reference evaluator.
 *
 * Never rejects because of bad input: input that does not fit the schema gives a Decision with status
 * `invalid` and one issue per bad field. Rejects only for programmer mistakes in `options`
 * (an unknown `lang`, an `asOf` that is not a date or lies before every rule set).
 */
export async function evaluate(input: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  const evaluation = prepareEvaluation(input, options);
  return decide(evaluation, await runEngine(evaluation.ruleSet, evaluation.facts.values));
}

/**
 * Decides a partnership application synchronously with the rule files compiled to plain functions.
 * Returns the same Decision as {@link evaluate} for every input; meant for live form validation.
 */
export function evaluateSync(input: unknown, options: EvaluateOptions = {}): Decision {
  const evaluation = prepareEvaluation(input, options);
  const truths = new Map<CriterionId, Truth>(
    evaluation.ruleSet.rules.map((rule) => [rule.id, compiledRule(rule)(evaluation.facts.values)]),
  );
  return decide(evaluation, truths);
}
