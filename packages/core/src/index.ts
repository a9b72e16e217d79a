/**
 * The rules of Bildungspartner NRW as declarative rule files, and the evaluators that apply them.
 *
 * @packageDocumentation
 */
export { decideApplication, evaluate, evaluateSync } from "./evaluate/evaluate.js";
export { checkApplication } from "./evaluate/checked.js";
export type { CheckedApplication, CheckOptions, DecidedApplication, InputLists } from "./evaluate/checked.js";
export { decisionStatuses, isSubmittable, ruleSetFor, submittableStatuses } from "./evaluate/decision.js";
export type {
  CriterionResult,
  CriterionStatus,
  DecidingReading,
  Decision,
  DecisionStatus,
  EvaluateOptions,
  NextStep,
} from "./evaluate/decision.js";
export { applicationSpec, applicationSpecFor, contradictionCodes, fieldLabel, fieldPatterns, fieldSpec, isBlank, issueMessage, limits, parseApplication } from "./application/application.js";
export { criterionIds } from "./evaluate/rule-file.js";
export { applicationSchema } from "./application/application-schema.js";
export type {
  Agreement,
  Application,
  ApplicationSpec,
  Contact,
  Choice,
  ChoiceLists,
  FieldIssueCode,
  FieldKind,
  FieldSpec,
  FieldValue,
  Issue,
  IssueCode,
  Requirement,
  SiblingValue,
  ParsedApplication,
  Partner,
  School,
} from "./application/application.js";
export { categories, categoryIds, kindergartenCriterion, roleMailboxes, schoolTypeIds, schoolTypes, thirdPartnerNeed } from "./application/data.js";
export type {
  Category,
  CategoryId,
  CategoryReading,
  DataLists,
  OfficialMailboxDomain,
  RoleMailboxList,
  SchoolType,
  SchoolTypeId,
  ThirdPartnerNeed,
  ThirdPartnerReading,
} from "./application/data.js";
export { coveredMonths, parseIsoDate } from "./application/dates.js";
export { bearsName, emailKind, isPersonalEmail, isRoleMailbox } from "./application/mailbox.js";
export type { EmailKind } from "./application/mailbox.js";
export { factDefinitions } from "./application/facts.js";
export type { FactDefinition, FactLists, FactName, FactValue } from "./application/facts.js";
export { foldCondition } from "./evaluate/condition.js";
export type { ConditionFolder } from "./evaluate/condition.js";
export { operatorTable, wholeNumberEdges } from "./evaluate/operators.js";
export type { ConditionValue, OperandTypes, Operator, OperatorBound, OperatorName, OperatorProse } from "./evaluate/operators.js";
export type {
  Condition,
  CriterionId,
  CriterionLevel,
  FactCondition,
  FurtherSource,
  ReadingStatus,
  RuleFile,
  RuleReading,
  SourceQuote,
  TopLevelCondition,
} from "./evaluate/rule-file.js";
export type { MonthDayParameter, NumberParameter, ParameterUnit, RuleParameter, RuleParameters } from "./evaluate/parameters.js";
export { ruleSetInForce } from "./evaluate/in-force.js";
export { submissionStageWords, submissionStages } from "./evaluate/rule-set.js";
export type { RuleSet, RuleSetNextStep, RuleSetNextSteps, SubmissionStage } from "./evaluate/rule-set.js";
export type { DecisionReading, DecisionRule, DecisionRuleSet } from "./evaluate/decision-rules.js";
export { shippedRuleSets } from "./evaluate/shipped-rules.js";
export { offerings } from "./offerings/offerings.js";
export type { OfferingResult, OfferingsOptions, OfferingsReport } from "./offerings/offerings.js";
export { parseSituation, situationFieldLabel, situationIssueMessage, situationLimits } from "./offerings/situation.js";
export type { FundingPurpose, ParsedSituation, Situation, SituationIssue, SituationIssueCode } from "./offerings/situation.js";
export type { OfferingFactName } from "./offerings/offering-facts.js";
export type { OfferingId, OfferingRuleFile, OfferingRuleSet, OfferingStatus } from "./offerings/offering-rules.js";
export { shippedOfferingRuleSets } from "./offerings/shipped-offerings.js";
export type { RuleProblem, RuleProblemCode } from "./tooling/rule-problems.js";
export { BildungspartnerError, RuleFileError } from "./errors.js";
export type { BildungspartnerErrorCode } from "./errors.js";
export { format as formatMessage } from "./lang.js";
export { resolveLang } from "./lang.js";
export type { Lang, LocalizedText, MessageParams } from "./lang.js";
export type { BildungspartnerErrorOptions } from "./errors.js";
