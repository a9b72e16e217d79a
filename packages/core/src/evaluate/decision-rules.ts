import { runtimeRuleSets } from "../generated/runtime-data.js";
import type { RuleFile, RuleReading } from "./rule-file.js";
import type { RuleSet, RuleSetNextSteps } from "./rule-set.js";

/** What a Decision reads of a reading: when it decided a result, and its title; not its long text. */
export type DecisionReading = Omit<RuleReading, "text">;

/** What a Decision reads of a rule: no description, interpretation, further sources or reading texts. */
export type DecisionRule = Pick<RuleFile, "id" | "level" | "title" | "messages" | "source" | "conditions"> & {
  readonly readings?: readonly DecisionReading[];
};

/** What a Decision reads of a rule set; every {@link RuleSet} is one. */
export interface DecisionRuleSet {
  readonly version: string;
  readonly validFrom: string;
  readonly rules: readonly DecisionRule[];
  readonly nextSteps: RuleSetNextSteps;
  /** The data lists the evaluators read with these rules (see {@link RuleSet.data}). */
  readonly data?: RuleSet["data"];
}

/**
 * The shipped rule sets as the evaluators read them by default: what a Decision needs, generated from
 * the rule files at build time (`src/generated/runtime-data.ts`), so a browser form carries no
 * descriptions, interpretations or further sources. `shippedRuleSets` validates the same files; a
 * test holds both equal.
 */
export function shippedDecisionRuleSets(): readonly DecisionRuleSet[] {
  return runtimeRuleSets;
}
