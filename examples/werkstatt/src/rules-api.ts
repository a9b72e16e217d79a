/*
 * The one door to the rule tooling: lint, diff, impact and prose come from core's browser-safe entry,
 * the same functions `bildungspartner rules lint` and `rules diff` run. The Werkstatt has no second
 * implementation of any of them.
 */
export {
  conditionProse,
  diffMarkdown,
  diffRuleFolders,
  exampleCaseResults,
  impactCollector,
  lintRuleFolder,
  loadRuleFolder,
  ruleImpact,
  ruleProblemMessage,
  shippedRuleFolder,
} from "@bildungspartner/core/rules";
export type { CaseResult, Impact, LintReport, RuleFolder, RuleFolderFiles, RuleProblem, RuleSetDiff } from "@bildungspartner/core/rules";
