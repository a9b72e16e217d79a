import { decidedApplication, decisionFor, type DecidedApplication } from "./checked.js";
import { decide, decisionKey, evaluationOf, type Decision, type EvaluateOptions, type Evaluation } from "./decision.js";
import { runEngine } from "./engine.js";
import type { CriterionId } from "./rule-file.js";
import { explainRule, type Explained } from "./three-valued.js";

/**
 * Decides a partnership application with json-rules-engine, the reference evaluator.
 *
 * Never rejects because of bad input: input that does not fit the schema gives a Decision with status
 * `invalid` and one issue per bad field. Rejects only for programmer mistakes in `options`
 * (an unknown `lang`, an `asOf` that is not a date or lies before every rule set). A checked
 * application (`checkApplication`) is not parsed again; a decided one (`decideApplication`) with the
 * same options gives its Decision without evaluating again.
 */
export async function evaluate(input: unknown, options: EvaluateOptions = {}): Promise<Decision> {
  const key = decisionKey(options);
  const known = decisionFor(input, key);
  if (known) return known;
  const evaluation = evaluationOf(input, key);
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

/** The compiled evaluator's Decision. */
function decideCompiled(evaluation: Evaluation): Decision {
  const results = new Map<CriterionId, Explained>(evaluation.ruleSet.rules.map((rule) => [rule.id, explainRule(rule, evaluation.facts)]));
  return decide(evaluation, results);
}

/**
 * Decides a partnership application synchronously with the rule files compiled to plain functions.
 * Returns the same Decision as {@link evaluate} for every input; meant for live form validation.
 * Takes checked and decided applications as {@link evaluate} does.
 */
export function evaluateSync(input: unknown, options: EvaluateOptions = {}): Decision {
  const key = decisionKey(options);
  return decisionFor(input, key) ?? decideCompiled(evaluationOf(input, key));
}

/**
 * Reads and decides an application at once (with the compiled evaluator) and keeps both: the
 * checked application with its Decision, which `evaluate`, `evaluateSync` and forms' `validateForm`
 * with the same options take as it is. A value decided with the same options is returned as it is.
 */
export function decideApplication(input: unknown, options: EvaluateOptions = {}): DecidedApplication {
  const key = decisionKey(options);
  if (decisionFor(input, key)) return input as DecidedApplication;
  const evaluation = evaluationOf(input, key);
  return decidedApplication(evaluation, key, decideCompiled(evaluation));
}
