/**
 * Tooling for rule files, browser-safe: the two kinds of rules (criteria and offerings) described as
 * values, their schemas, one generic load / parse / problems path over a kind, problems as data with
 * messages in German and English, the linter of a whole rules folder given as a map of files, the
 * example cases, the diff of two folders with its impact on applications, and conditions in words.
 *
 * @packageDocumentation
 */
export { eligibilityKind, offeringKind, ruleKinds, shippedDataLists } from "./tooling/rule-kinds.js";
export type { AnyRuleKind, AnyRuleSet, CaseRun, DataLists, KindFact, RuleKind } from "./tooling/rule-kinds.js";
export { caseFileSchema, caseProblems, loadRules, MANIFEST_FILE, parseRule, ruleProblems, rulesProblems } from "./tooling/rule-loading.js";
export type { RuleCase, RuleCaseFile, RuleSetSpec } from "./tooling/rule-loading.js";
export { criteriaSpec, manifestSchema } from "./evaluate/rule-set.js";
export type { RuleSetManifest } from "./evaluate/rule-set.js";
export { criterionIds, criterionLevels, ruleFileJsonSchema, ruleFileSchema, topLevelConditionSchema } from "./evaluate/rule-file.js";
export {
  levelPlaceholders,
  monthDayWords,
  parameterUnits,
  parseMonthDay,
  placeholderWords,
  resolveParameters,
} from "./evaluate/parameters.js";
export type {
  MonthDayParameter,
  NumberParameter,
  ParameterizedRule,
  ParameterReference,
  ParameterUnit,
  RuleParameter,
  RuleParameters,
} from "./evaluate/parameters.js";
export { textProblems } from "./tooling/text-checks.js";
export type { CheckedRule } from "./tooling/text-checks.js";
export {
  offeringIds,
  offeringManifestSchema,
  offeringPlaceholders,
  offeringRuleFileJsonSchema,
  offeringRuleFileSchema,
  offeringsSpec,
} from "./offerings/offering-rules.js";
export type { OfferingCase, OfferingCaseFile, OfferingRuleSetManifest, OfferingTexts } from "./offerings/offering-rules.js";
export { offeringFactDefinitions } from "./offerings/offering-facts.js";
export type { OfferingFactDefinition, OfferingFactName } from "./offerings/offering-facts.js";
export { factDefinitions } from "./application/facts.js";
export type { FactDefinition, FactName, FactValue } from "./application/facts.js";
export { listWords, operatorNames, operatorTable, wholeNumberEdges } from "./evaluate/operators.js";
export type { ConditionValue, OperandTypes, Operator, OperatorBound, OperatorName, OperatorProse } from "./evaluate/operators.js";
export { factConditions, foldCondition } from "./evaluate/condition.js";
export type { ConditionFolder } from "./evaluate/condition.js";
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
} from "./tooling/rule-problems.js";
export type { RuleFolderFiles, RuleProblem, RuleProblemCode } from "./tooling/rule-problems.js";
export { comparisonProblems, dataFiles, dataListProblems, emptyRanges, exampleCaseResults, lintRuleFolder, loadRuleFolder } from "./tooling/rule-folder.js";
export type { CaseResult, EmptyRange, LintOptions, LintReport, LoadedKind, RuleFolder } from "./tooling/rule-folder.js";
export { shippedRuleFolder } from "./tooling/shipped-folder.js";
export { loadRuleSet, MAX_RULE_FILE_BYTES, MAX_RULE_FOLDER_FILES, ruleFolderFiles, unzipRuleFolder } from "./tooling/load-rule-set.js";
export type { InvalidRuleSet, LoadedRuleSet, RuleFileEntry, RuleFolderRead } from "./tooling/load-rule-set.js";
export { diffMarkdown, diffRuleFolders, MAX_LISTED } from "./tooling/rule-diff.js";
export { diffChangeText, diffChangeTexts } from "./tooling/diff-changes.js";
export type { DiffChange, DiffChangeCode } from "./tooling/diff-changes.js";
export {
  criterionLevelWords,
  criterionStatusTerms,
  decisionStatusTerms,
  decisionStatusWords,
  offeringStatusTerms,
  termTones,
  termWords,
} from "./evaluate/vocabulary.js";
export type { StatusTerm, StatusTone } from "./evaluate/vocabulary.js";
export type { DiffNames, OfferingsDiff, RuleChange, RuleSetDiff } from "./tooling/rule-diff.js";
export { impactCollector, mergeTransitions, ruleImpact } from "./tooling/rule-impact.js";
export type { ChangedApplication, CriterionChange, Impact, ImpactCollector, ImpactRow, Transition } from "./tooling/rule-impact.js";
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
} from "./tooling/rule-prose.js";
export type { DecisionTable, Outline, ProseLists } from "./tooling/rule-prose.js";
