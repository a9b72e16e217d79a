/**
 * The rules of Bildungspartner NRW as declarative rule files, and the evaluators that apply them.
 *
 * @packageDocumentation
 */
export { evaluate, evaluateSync } from "./evaluate.js";
export { isSubmittable, submittableStatuses } from "./decision.js";
export type {
  CriterionResult,
  CriterionStatus,
  Decision,
  DecisionStatus,
  EvaluateOptions,
  NextStep,
} from "./decision.js";
export { applicationSpec, contradictionCodes, fieldLabel, fieldPatterns, fieldSpec, isBlank, issueMessage, limits, parseApplication } from "./application.js";
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
export { categories, roleMailboxes, schoolTypes } from "./data.js";
export type { Category, CategoryId, OfficialMailboxDomain, SchoolType, SchoolTypeId, ThirdPartnerReading } from "./data.js";
export { coveredMonths, parseIsoDate } from "./dates.js";
export { isPersonalEmail } from "./mailbox.js";
export { factDefinitions } from "./facts.js";
export type { FactDefinition, FactName, FactValue } from "./facts.js";
export { operatorNames } from "./operators.js";
export type { ConditionValue, OperatorName } from "./operators.js";
export { foldCondition } from "./condition.js";
export type { ConditionFolder } from "./condition.js";
export { criterionIds, criterionLevels, parseRuleFile, ruleFileSchema } from "./rule-file.js";
export type {
  Condition,
  CriterionId,
  CriterionLevel,
  FactCondition,
  FurtherSource,
  RuleFile,
  SourceQuote,
  TopLevelCondition,
} from "./rule-file.js";
export { loadRuleSet, ruleSetInForce } from "./rule-set.js";
export type { RuleSet, RuleSetManifest, RuleSetNextStep, RuleSetNextSteps } from "./rule-set.js";
export { FAQ_URL, faqQuoteProblems, ruleCaseFileProblems, ruleFileProblems, ruleSetProblems } from "./rule-problems.js";
export type { RuleCase, RuleCaseFile, RuleFileProblem } from "./rule-problems.js";
export { shippedRuleSets } from "./shipped-rules.js";
export { offerings } from "./offerings.js";
export type { OfferingResult, OfferingsOptions, OfferingsReport } from "./offerings.js";
export { parseSituation, situationFieldLabel, situationIssueMessage, situationLimits } from "./situation.js";
export type { FundingPurpose, ParsedSituation, Situation, SituationIssue, SituationIssueCode } from "./situation.js";
export { offeringFactDefinitions } from "./offering-facts.js";
export type { OfferingFactDefinition, OfferingFactName } from "./offering-facts.js";
export {
  isOfferingManifest,
  loadOfferingRuleSet,
  offeringCaseFileProblems,
  offeringIds,
  offeringPlaceholders,
  offeringRuleFileProblems,
  offeringRuleFileSchema,
  offeringRuleSetProblems,
  parseOfferingRuleFile,
} from "./offering-rules.js";
export type {
  OfferingCase,
  OfferingCaseFile,
  OfferingId,
  OfferingRuleFile,
  OfferingRuleSet,
  OfferingRuleSetManifest,
  OfferingStatus,
  OfferingTexts,
} from "./offering-rules.js";
export { shippedOfferingRuleSets } from "./shipped-offerings.js";
export { createReceipt, ruleSetHash, serializeReceipt, verifyReceipt } from "./receipt.js";
export type { Receipt, ReceiptOptions, ReceiptVerification } from "./receipt.js";
export { redact, REDACTED } from "./redact.js";
export { canonicalJson } from "./canonical-json.js";
export { BildungspartnerError, RuleFileError } from "./errors.js";
export type { BildungspartnerErrorCode } from "./errors.js";
export { format as formatMessage } from "./lang.js";
export type { Lang, LocalizedText, MessageParams } from "./lang.js";
export type { BildungspartnerErrorOptions } from "./errors.js";
