/*
 * The one door to the rule tooling: lint, diff, impact, prose and the words for statuses and levels
 * come from core's browser-safe entry, the same functions `bildungspartner rules lint` and
 * `rules diff` run. The Werkstatt has no second implementation of any of them.
 */
export {
  conditionProse,
  criterionLevelWords,
  decisionStatusWords,
  diffChangeText,
  diffMarkdown,
  diffRuleFolders,
  eligibilityKind,
  emptyRanges,
  exampleCaseResults,
  factDefinitions,
  factLabel,
  foldCondition,
  germanDate,
  impactCollector,
  lintRuleFolder,
  loadRuleFolder,
  MAX_LISTED,
  mergeTransitions,
  monthDayText,
  offeringFactDefinitions,
  offeringKind,
  operatorTable,
  parseMonthDay,
  resolveParameters,
  ruleFolderFiles,
  ruleImpact,
  ruleProblemMessage,
  shippedDataLists,
  shippedRuleFolder,
  unzipRuleFolder,
} from "@bildungspartner/core/rules";
// The application's field description, for reading applications from CSV and naming what is wrong with one.
export { fieldPatterns, fieldSpec, parseApplication } from "@bildungspartner/core";
// Deciding an application once and keeping it, so that the impact of the next change reuses it.
export { decideApplication } from "@bildungspartner/core";
export type {
  CaseResult,
  DataLists,
  DiffChange,
  EmptyRange,
  ParameterizedRule,
  Impact,
  ImpactRow,
  LintReport,
  ProseLists,
  RuleFileEntry,
  RuleFolder,
  RuleFolderFiles,
  RuleFolderRead,
  RuleProblem,
  RuleSetDiff,
} from "@bildungspartner/core/rules";
