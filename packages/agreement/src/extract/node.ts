/**
 * `@bildungspartner/agreement/extract` under the `node` export condition: the same exports as
 * extract.ts, but Node imports the readers at run time. Bundlers that build for a server (Next.js with
 * Turbopack or webpack) would otherwise resolve them at build time, and a reader that is not
 * installed would fail the build (Turbopack) or become an empty stand-in module (webpack) instead of
 * `MISSING_DEPENDENCY`; the comments tell them to leave these imports to Node.
 *
 * @packageDocumentation
 */
import { textExtractor, type ExtractedText, type ExtractOptions } from "./extract-text.js";
import { loadReader, type ReaderModules } from "./optional-peer.js";

const nodeReaderModules: ReaderModules = {
  unpdf: () => loadReader("unpdf", () => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ "unpdf")),
  mammoth: () => loadReader("mammoth", () => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ "mammoth")),
};

/** See extract.ts: the same function, its readers loaded by Node. */
export const extractText: (bytes: Uint8Array | ArrayBuffer, options: ExtractOptions) => Promise<ExtractedText> = textExtractor(nodeReaderModules);

export { documentTypeOf } from "./extract-text.js";
export type { DocumentType, ExtractedPage, ExtractedText, ExtractOptions } from "./extract-text.js";
export { AgreementError, agreementLimits } from "../errors.js";
export type { AgreementErrorCode } from "../errors.js";
export type { PageSpan } from "../findings/types.js";
