/**
 * Audit trail of decisions: receipts that bind a Decision to its input and rule set, hashes of rule
 * sets, and redaction of personal data before a receipt or log leaves the office.
 *
 * @packageDocumentation
 */
export { createReceipt, ruleSetHash, serializeReceipt, verifyReceipt } from "./audit/receipt.js";
export type { Receipt, ReceiptOptions, ReceiptVerification } from "./audit/receipt.js";
export { redact, REDACTED } from "./audit/redact.js";
export { canonicalJson } from "./audit/canonical-json.js";
