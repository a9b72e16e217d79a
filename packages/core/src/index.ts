/**
 * The rules of Bildungspartner NRW as declarative rule files, and the evaluators that apply them.
 *
 * @packageDocumentation
 */
export { evaluate, evaluateSync } from "./evaluate.js";
export { decisionStatuses, isSubmittable, ruleSetFor, submittableStatuses } from "./decision.js";
export type {
  CriterionResult,
  CriterionStatus,
  DecidingReading,
  Decision,
  DecisionStatus,
  EvaluateOptions,
  NextStep,
} from "./decision.js";
export { applicationSpec, contradictionCodes, fieldLabel, fieldPatterns, fieldSpec, isBlank, issueMessage, limits, parseApplication } from "./application.js";
export { criterionIds } from "./rule-file.js";
export { applicationSchema } from "./application-schema.js";
export type {
  Agreement,
  Application,
  Contact,
  Choice,
  FieldIssueCode,
  FieldKind,
  FieldSpec,
  Issue,
  IssueCode,
  Requirement,
  SiblingValue,
  ParsedApplication,
  Partner,
  School,
} from "./application.js";
export { categories, roleMailboxes, schoolTypes, thirdPartnerNeed } from "./data.js";
export type { Category, CategoryId, CategoryReading, OfficialMailboxDomain, SchoolType, SchoolTypeId, ThirdPartnerNeed, ThirdPartnerReading } from "./data.js";
export { coveredMonths, parseIsoDate } from "./dates.js";
export { bearsName, emailKind, isPersonalEmail, isRoleMailbox } from "./mailbox.js";
export type { EmailKind } from "./mailbox.js";
export { factDefinitions } from "./facts.js";
export type { FactDefinition, FactName, FactValue } from "./facts.js";
export { foldCondition } from "./condition.js";
export type { ConditionFolder } from "./condition.js";
export type { ConditionValue, OperatorName } from "./operators.js";
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
} from "./rule-file.js";
export { ruleSetInForce } from "./in-force.js";
export { submissionStageWords, submissionStages } from "./rule-set.js";
export type { RuleSet, RuleSetNextStep, RuleSetNextSteps, SubmissionStage } from "./rule-set.js";
export type { DecisionReading, DecisionRule, DecisionRuleSet } from "./decision-rules.js";
export { shippedRuleSets } from "./shipped-rules.js";
export { offerings } from "./offerings.js";
export type { OfferingResult, OfferingsOptions, OfferingsReport } from "./offerings.js";
export { parseSituation, situationFieldLabel, situationIssueMessage, situationLimits } from "./situation.js";
export type { FundingPurpose, ParsedSituation, Situation, SituationIssue, SituationIssueCode } from "./situation.js";
export type { OfferingFactName } from "./offering-facts.js";
export type { OfferingId, OfferingRuleFile, OfferingRuleSet, OfferingStatus } from "./offering-rules.js";
export { shippedOfferingRuleSets } from "./shipped-offerings.js";
export type { RuleProblem, RuleProblemCode } from "./rule-problems.js";
export { BildungspartnerError, RuleFileError } from "./errors.js";
export type { BildungspartnerErrorCode } from "./errors.js";
export { format as formatMessage } from "./lang.js";
export { resolveLang } from "./lang.js";
export type { Lang, LocalizedText, MessageParams } from "./lang.js";
export type { BildungspartnerErrorOptions } from "./errors.js";
