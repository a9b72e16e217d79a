/**
 * Reads a cooperation agreement's text and shows, with evidence, which criteria of Bildungspartner
 * NRW it meets. Text only, for Node and the browser; PDF and DOCX extraction is in
 * `@bildungspartner/agreement/extract`.
 *
 * @packageDocumentation
 */
import { agreementFindings, type FindingId } from "./findings/types.js";

export { agreementFindings } from "./findings/types.js";

export { checkAgreementText } from "./check.js";
export { sameInstitutionName, samePersonName } from "./parties/names.js";
export { redactReport, REDACTED } from "./findings/redact.js";
export { AgreementError, agreementLimits } from "./errors.js";
export type { AgreementErrorCode } from "./errors.js";
export type {
  AgreementReport,
  CheckAgreementOptions,
  Evidence,
  Finding,
  FindingId,
  FindingParty,
  FindingStatus,
  PageSpan,
  SentenceDate,
  SentenceDateParser,
} from "./findings/types.js";

/** The ids of the findings, in the order every report lists them. */
export const findingIds = [
  agreementFindings.programme,
  agreementFindings.duration,
  agreementFindings.contacts,
  agreementFindings.emails,
  agreementFindings.pupils,
  agreementFindings.signatures,
] as const satisfies readonly FindingId[];
