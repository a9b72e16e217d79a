/**
 * Tooling for rule files, browser-safe: the two kinds of rules (criteria and offerings) described as
 * values, their schemas, one generic load / parse / problems path over a kind, problems as data with
 * messages in German and English, the linter of a whole rules folder given as a map of files, the
 * example cases, the diff of two folders with its impact on applications, and conditions in words.
 *
 * @packageDocumentation
 */
export { eligibilityKind, offeringKind, ruleKinds, shippedDataLists } from "./rule-kinds.js";
export type { AnyRuleKind, AnyRuleSet, CaseRun, DataLists, KindFact, RuleKind } from "./rule-kinds.js";
export { caseFileSchema, caseProblems, loadRules, MANIFEST_FILE, parseRule, ruleProblems, rulesProblems } from "./rule-loading.js";
export type { RuleCase, RuleCaseFile, RuleSetSpec } from "./rule-loading.js";
export { criteriaSpec, manifestSchema } from "./rule-set.js";
export type { RuleSetManifest } from "./rule-set.js";
export { criterionIds, criterionLevels, ruleFileJsonSchema, ruleFileSchema, topLevelConditionSchema } from "./rule-file.js";
export {
  offeringIds,
  offeringManifestSchema,
  offeringPlaceholders,
  offeringRuleFileJsonSchema,
  offeringRuleFileSchema,
  offeringsSpec,
} from "./offering-rules.js";
export type { OfferingCase, OfferingCaseFile, OfferingRuleSetManifest, OfferingTexts } from "./offering-rules.js";
export { offeringFactDefinitions } from "./offering-facts.js";
export type { OfferingFactDefinition, OfferingFactName } from "./offering-facts.js";
export { factDefinitions } from "./facts.js";
export type { FactDefinition, FactName, FactValue } from "./facts.js";
export { operatorNames } from "./operators.js";
export type { ConditionValue, OperatorName } from "./operators.js";
export { factConditions, foldCondition } from "./condition.js";
export type { ConditionFolder } from "./condition.js";
export {
  checkSchema,
  FAQ_URL,
  faqQuoteProblems,
  MAX_RULE_FILE_DEPTH,
  ruleProblem,
  ruleProblemCodes,
  ruleProblemMessage,
  ruleProblemTexts,
  schemaProblems,
} from "./rule-problems.js";
export type { RuleFolderFiles, RuleProblem, RuleProblemCode } from "./rule-problems.js";
export { comparisonProblems, dataFiles, dataListProblems, exampleCaseResults, lintRuleFolder, loadRuleFolder } from "./rule-folder.js";
export type { CaseResult, LintOptions, LintReport, LoadedKind, RuleFolder } from "./rule-folder.js";
export { shippedRuleFolder } from "./shipped-folder.js";
export { criterionLevelWords, decisionStatusWords, diffMarkdown, diffRuleFolders, MAX_LISTED } from "./rule-diff.js";
export type { DiffNames, OfferingsDiff, RuleChange, RuleSetDiff } from "./rule-diff.js";
export { impactCollector, ruleImpact } from "./rule-impact.js";
export type { ChangedApplication, CriterionChange, Impact, ImpactCollector, ImpactRow } from "./rule-impact.js";
export {
  comparisonProse,
  comparisonText,
  conditionOutline,
  conditionProse,
  decisionTable,
  factLabel,
  germanDate,
  germanList,
  inputLines,
  monthDayText,
  pathLabel,
  statusWords,
} from "./rule-prose.js";
export type { DecisionTable, Outline, ProseLists } from "./rule-prose.js";
