import { decide, prepareEvaluation, type Decision, type EvaluateOptions } from "./decision.js";
import { runEngine } from "./engine.js";
import type { CriterionId } from "./rule-file.js";
import { explainRule, type Explained } from "./three-valued.js";

/**
 * Decides a partnership application with json-rules-engine, the reference evaluator.
 *
 * Never rejects because of bad input: input that does not fit the schema gives a Decision with status
 * `invalid` and one issue per bad field. Rejects only for programmer mistakes in `options`
 * (an unknown `lang`, an `asOf` that is not a date or lies before every rule set).
 */
export async function evaluate(input: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  const evaluation = prepareEvaluation(input, options);
  const truths = await runEngine(evaluation.ruleSet, evaluation.facts.values);
  // The engine decides; which inputs decided is read from the facts, as evaluateSync reads it.
  const results = new Map<CriterionId, Explained>(
    evaluation.ruleSet.rules.map((rule) => {
      const truth = truths.get(rule.id) ?? null;
      return [rule.id, { truth, paths: truth === null ? [] : explainRule(rule, evaluation.facts).paths }];
    }),
  );
  return decide(evaluation, results);
}

/**
 * Decides a partnership application synchronously with the rule files compiled to plain functions.
 * Returns the same Decision as {@link evaluate} for every input; meant for live form validation.
 */
export function evaluateSync(input: unknown, options: EvaluateOptions = {}): Decision {
  const evaluation = prepareEvaluation(input, options);
  const results = new Map<CriterionId, Explained>(evaluation.ruleSet.rules.map((rule) => [rule.id, explainRule(rule, evaluation.facts)]));
  return decide(evaluation, results);
}
