/**
 * Text from agreement files: PDF (unpdf), DOCX (mammoth) and plain text. A separate entry point,
 * `@bildungspartner/agreement/extract`, so that bundles that only check text never load either library.
 * unpdf and mammoth are optional peer dependencies, loaded on the first file of their type: install
 * them beside this package (`npm install @bildungspartner/agreement unpdf mammoth`). Works in Node and
 * in the browser. Where the `node` export condition applies (Node, and the server bundles of Next.js,
 * webpack and Turbopack alike) this entry is extract/node.ts: the same exports, the readers imported by
 * Node at run time, never by the bundler.
 *
 * @packageDocumentation
 */
import { readerModules } from "./extract/bundled-readers.js";
import { textExtractor, type ExtractedText, type ExtractOptions } from "./extract/extract-text.js";

/**
 * Extracts the text of an agreement file. Throws {@link AgreementError}: `NO_TEXT_LAYER` for a PDF
 * without text (a scan), `UNREADABLE_FILE` for damaged, encrypted or mislabelled files,
 * `FILE_TOO_LARGE` above {@link agreementLimits}.maxFileBytes, for a PDF of more than `maxPages` pages
 * and for a DOCX that unpacks to more than `maxUnpackedBytes` (a zip bomb is refused before it is
 * unpacked), `UNSUPPORTED_TYPE` for other types, and `MISSING_DEPENDENCY` when the reader of the
 * file's type is not installed (`unpdf` for PDF, `mammoth` for DOCX; the message names the package).
 */
export const extractText: (bytes: Uint8Array | ArrayBuffer, options: ExtractOptions) => Promise<ExtractedText> = textExtractor(readerModules);

export { documentTypeOf } from "./extract/extract-text.js";
export type { DocumentType, ExtractedPage, ExtractedText, ExtractOptions } from "./extract/extract-text.js";
export { AgreementError, agreementLimits } from "./errors.js";
export type { AgreementErrorCode } from "./errors.js";
export type { PageSpan } from "./findings/types.js";
