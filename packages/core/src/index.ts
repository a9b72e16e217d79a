/**
 * The rules of Bildungspartner NRW as declarative rule files, and the evaluators that apply them.
 *
 * @packageDocumentation
 */
import * as audit from "./audit.js";
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
export { contradictionCodes, fieldLabel, limits, parseApplication } from "./application.js";
export { criterionIds } from "./rule-file.js";
export { applicationSchema } from "./application-schema.js";
export type {
  Agreement,
  Application,
  Contact,
  Issue,
  IssueCode,
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
export { foldCondition } from "./condition.js";
export type { ConditionFolder } from "./condition.js";
export type { ConditionValue, OperatorName } from "./operators.js";
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
export { ruleSetInForce } from "./rule-set.js";
export type { RuleSet, RuleSetNextStep, RuleSetNextSteps } from "./rule-set.js";
export { shippedRuleSets } from "./shipped-rules.js";
export { offerings } from "./offerings.js";
export type { OfferingResult, OfferingsOptions, OfferingsReport } from "./offerings.js";
export { parseSituation, situationFieldLabel, situationLimits } from "./situation.js";
export type { FundingPurpose, ParsedSituation, Situation, SituationIssue, SituationIssueCode } from "./situation.js";
export type { OfferingFactName } from "./offering-facts.js";
export type { OfferingId, OfferingRuleFile, OfferingRuleSet, OfferingStatus } from "./offering-rules.js";
export { shippedOfferingRuleSets } from "./shipped-offerings.js";
export type { RuleProblem, RuleProblemCode } from "./rule-problems.js";
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const createReceipt: typeof audit.createReceipt = audit.createReceipt;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const verifyReceipt: typeof audit.verifyReceipt = audit.verifyReceipt;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const serializeReceipt: typeof audit.serializeReceipt = audit.serializeReceipt;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const ruleSetHash: typeof audit.ruleSetHash = audit.ruleSetHash;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export type Receipt = audit.Receipt;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export type ReceiptOptions = audit.ReceiptOptions;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export type ReceiptVerification = audit.ReceiptVerification;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const redact: typeof audit.redact = audit.redact;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const REDACTED: typeof audit.REDACTED = audit.REDACTED;
/** @deprecated Import from `@bildungspartner/core/audit`; the main entry drops it in the next minor version. */
export const canonicalJson: typeof audit.canonicalJson = audit.canonicalJson;
export { BildungspartnerError, RuleFileError } from "./errors.js";
export type { BildungspartnerErrorCode } from "./errors.js";
export { format as formatMessage } from "./lang.js";
export { resolveLang } from "./lang.js";
export type { Lang, LocalizedText, MessageParams } from "./lang.js";
export type { BildungspartnerErrorOptions } from "./errors.js";
