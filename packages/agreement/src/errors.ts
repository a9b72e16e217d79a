import { BildungspartnerError, type BildungspartnerErrorOptions, type LocalizedText } from "@bildungspartner/core";

/** Stable codes of the errors this package throws. */
export type AgreementErrorCode =
  /** The text is longer than {@link agreementLimits}.maxTextLength. */
  | "TEXT_TOO_LONG"
  /**
   * The file is larger than {@link agreementLimits}.maxFileBytes, a PDF has more than `maxPages` pages,
   * or a DOCX unpacks to more than `maxUnpackedBytes` or `maxArchiveEntries` parts (a zip bomb).
   */
  | "FILE_TOO_LARGE"
  /** `extractText` was asked for a type other than pdf, docx or txt. */
  | "UNSUPPORTED_TYPE"
  /** The bytes are not a readable PDF or DOCX (damaged, encrypted, another format). */
  | "UNREADABLE_FILE"
  /** A PDF without a text layer: a scan that needs text recognition (OCR) first. */
  | "NO_TEXT_LAYER"
  /**
   * `extractText` needs a reader that is not installed: `unpdf` for PDF, `mammoth` for DOCX (optional
   * peer dependencies). `params.package` names it; the message says how to install it.
   */
  | "MISSING_DEPENDENCY";

/**
 * The error this package throws. Like every error of the SDK it carries a stable `code`, the values
 * its message names as `params`, and renders its message with `messageIn("de" | "en")`; `message`
 * is the German one.
 */
export class AgreementError extends BildungspartnerError<AgreementErrorCode> {
  constructor(code: AgreementErrorCode, templates: LocalizedText, options?: BildungspartnerErrorOptions) {
    super(code, templates, options);
    this.name = "AgreementError";
  }
}

/** Size limits: larger inputs are refused with an {@link AgreementError}, not processed for minutes. */
export const agreementLimits = {
  /** Longest text `checkAgreementText` reads, in characters (about 650 pages of dense text). */
  maxTextLength: 2_000_000,
  /** Largest file `extractText` reads, in bytes. */
  maxFileBytes: 30 * 1024 * 1024,
  /** Most pages of a PDF `extractText` reads; more are refused before any page is read. */
  maxPages: 1_000,
  /** Most bytes a DOCX may unpack to, all its parts together (checked before mammoth unpacks it). */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** Most parts (files in the zip archive) a DOCX may have. */
  maxArchiveEntries: 2_000,
} as const;
