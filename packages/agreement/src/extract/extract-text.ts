// What both entries of `@bildungspartner/agreement/extract` share: reading PDF, DOCX and text files.
import { AgreementError, agreementLimits } from "../errors.js";
import { fileErrorTexts, within } from "./file-messages.js";
import type { ReaderModules } from "./optional-peer.js";
import { htmlText } from "./docx-html.js";
import { layoutPages, type PageItems, type PageLayout, type TextItem } from "./pdf-layout.js";
import type { PageSpan } from "../findings/types.js";
import { checkZipBounds } from "./zip-bounds.js";

/** The kinds of file `extractText` reads. */
export type DocumentType = "pdf" | "docx" | "txt";

/** One page of an extracted PDF. */
export interface ExtractedPage extends PageSpan {
  /** False for a page without a text layer (a scanned page) or without any text. */
  hasText: boolean;
  /** 2 when the page was read as two columns (the left one first, then the right one), else 1. */
  columns: 1 | 2;
}

/** The text of a document, ready for `checkAgreementText(text, { pages })`. */
export interface ExtractedText {
  /**
   * The document's text, read by layout: one line per line of a PDF or paragraph of a DOCX, a blank
   * line between paragraphs and between PDF pages, table rows as `| cell | cell |`, parts of a line
   * that stand apart (side-by-side signature captions) three spaces apart; a PDF's running headers,
   * footers and page numbers removed.
   */
  text: string;
  /** One entry per PDF page; empty for DOCX and plain text, which have no fixed pages. */
  pages: ExtractedPage[];
}

/** Options of {@link extractText}. */
export interface ExtractOptions {
  /** The file's format; {@link documentTypeOf} tells it from a file name. */
  type: DocumentType;
}

/** A page with fewer visible characters than this has no text layer worth the name (a scan, a blank page). */
const MIN_PAGE_CHARACTERS = 20;

/** The document type of a file name by its extension, or undefined for other files. */
export function documentTypeOf(fileName: string): DocumentType | undefined {
  const dot = fileName.lastIndexOf(".");
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  return extension === "pdf" || extension === "docx" || extension === "txt" ? extension : undefined;
}

function visibleCharacters(text: string): number {
  let count = 0;
  for (const char of text) if (char.trim() !== "") count += 1;
  return count;
}

function unreadable(kind: string, cause: unknown): AgreementError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AgreementError("UNREADABLE_FILE", fileErrorTexts.unreadable, { params: { kind, detail }, cause });
}

/** The positioned text items of every page of a PDF, the page count checked first. */
async function pdfPages(bytes: Uint8Array, readers: ReaderModules): Promise<PageItems[]> {
  const { getDocumentProxy } = await readers.unpdf();
  // pdf.js takes over the buffer it is given: hand it a copy, never the caller's bytes.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    // A few kilobytes can declare thousands of pages; each costs time to read, so count them first.
    if (pdf.numPages > agreementLimits.maxPages) {
      throw new AgreementError("FILE_TOO_LARGE", fileErrorTexts.pdfPages, { params: { pages: pdf.numPages, max: agreementLimits.maxPages } });
    }
    const pages: PageItems[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const items: TextItem[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        // The item's height is its font size on the page; pdf.js leaves it 0 for some fonts, the matrix still tells it.
        items.push({ str: item.str, x, y, width: item.width, height: item.height || Math.hypot(c, d) || Math.hypot(a, b) });
      }
      const [, bottom = 0, , top = 0] = page.view;
      pages.push({ items, bottom, top });
      page.cleanup();
    }
    return pages;
  } finally {
    // Frees the document's worker and caches, in the browser as in Node.
    await pdf.loadingTask.destroy();
  }
}

async function fromPdf(bytes: Uint8Array, readers: ReaderModules): Promise<ExtractedText> {
  let layouts: PageLayout[];
  try {
    layouts = layoutPages(await pdfPages(bytes, readers));
  } catch (error) {
    if (error instanceof AgreementError) throw error;
    if ((error as { name?: string }).name === "PasswordException") {
      throw new AgreementError("UNREADABLE_FILE", fileErrorTexts.pdfPassword, { cause: error });
    }
    throw unreadable("PDF", error);
  }
  let text = "";
  const spans: ExtractedPage[] = [];
  layouts.forEach((page, index) => {
    if (index > 0) text += "\n\n";
    const hasText = visibleCharacters(page.text) >= MIN_PAGE_CHARACTERS;
    spans.push({ number: index + 1, start: text.length, end: text.length + page.text.length, hasText, columns: page.columns });
    text += page.text;
  });
  if (!spans.some((page) => page.hasText)) {
    throw new AgreementError(
      "NO_TEXT_LAYER",
      within(fileErrorTexts.noTextLayer, spans.length === 1 ? fileErrorTexts.pagesWithoutText.one : fileErrorTexts.pagesWithoutText.many),
      { params: { pages: spans.length } },
    );
  }
  return { text, pages: spans };
}

async function fromDocx(bytes: Uint8Array, readers: ReaderModules): Promise<ExtractedText> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  checkZipBounds(bytes);
  const mammoth = (await readers.mammoth()).default;
  let html: string;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both accept an ArrayBuffer.
    const input = { buffer: arrayBuffer, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    // Empty paragraphs kept: they are the document's blank lines, which separate its blocks.
    // Images become empty <img> tags: their bytes as base64 would only cost time and memory.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage })).value;
  } catch (error) {
    throw unreadable("DOCX", error);
  }
  return { text: htmlText(html), pages: [] };
}

function fromTxt(bytes: Uint8Array): ExtractedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), pages: [] };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), pages: [] };
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), pages: [] };
  } catch {
    // Not UTF-8: German text files from Windows are usually Windows-1252.
    return { text: decodeWindows1252(body), pages: [] };
  }
}

/** Windows-1252 characters at 0x80–0x9F (typographic quotes, dashes, €); the rest is Latin-1. */
const windows1252High =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Decoded by hand: some runtimes' TextDecoder("windows-1252") decodes Latin-1 instead. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? windows1252High[b - 0x80]! : String.fromCharCode(b)));
    text += chunk.join("");
  }
  return text;
}

/**
 * `extractText` over the given ways of loading its readers: each entry of the package passes its own
 * (extract.ts for bundlers and browsers, extract/node.ts for Node).
 */
export function textExtractor(readers: ReaderModules): (bytes: Uint8Array | ArrayBuffer, options: ExtractOptions) => Promise<ExtractedText> {
  return async function extractText(bytes: Uint8Array | ArrayBuffer, options: ExtractOptions): Promise<ExtractedText> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    if (data.byteLength > agreementLimits.maxFileBytes) {
      throw new AgreementError("FILE_TOO_LARGE", fileErrorTexts.fileTooLarge, { params: { bytes: data.byteLength, max: agreementLimits.maxFileBytes } });
    }
    switch (options?.type) {
      case "pdf":
        return fromPdf(data, readers);
      case "docx":
        return fromDocx(data, readers);
      case "txt":
        return fromTxt(data);
      default:
        throw new AgreementError("UNSUPPORTED_TYPE", fileErrorTexts.unsupportedType, { params: { type: JSON.stringify(options?.type) ?? String(options?.type) } });
    }
  };
}
