// Runs in a worker thread of the agreement pool (agreement-pool.ts): reading a file may take seconds
// of CPU and hundreds of megabytes, which must never stop the server's event loop.
import type { MessagePort } from "node:worker_threads";
import { AgreementError, agreementLimits, checkAgreementText, type AgreementReport } from "@bildungspartner/agreement";
import { chronoDateParser } from "@bildungspartner/agreement/chrono";
import { extractText } from "@bildungspartner/agreement/extract";
import type { Application } from "@bildungspartner/core";
import { formatMessage } from "@bildungspartner/core";
import { Unzip, UnzipInflate } from "fflate";
import { getDocumentProxy } from "unpdf";
import type { AgreementFileType } from "./upload.js";

/** What the pool measures a file against before and while it is read (see `agreementBudget`). */
export interface FileBudget {
  /** Most pages of a PDF. */
  pages: number;
  /** Most bytes of a DOCX's unpacked `word/document.xml`. */
  documentXmlBytes: number;
  /** Most paragraphs (`<w:p>`) of a DOCX. */
  paragraphs: number;
}

/** One file to read, as the pool sends it to a worker. */
export interface AgreementTask {
  bytes: Uint8Array;
  type: AgreementFileType;
  /** The form as core read it: its names help find the parties in the text. */
  application: Application;
  budget: FileBudget;
  /** Told when the worker starts on the task, so that the time budget counts reading, not waiting. */
  started: MessagePort;
}

/** The outcome of reading one file, as data (errors do not cross the thread boundary intact). */
export type AgreementOutcome =
  | { kind: "read"; report: AgreementReport }
  /** `unreadable`: damaged, encrypted, a scan, a zip bomb; `too-large`: over the portal's budget or the text limit. */
  | { kind: "refused"; reason: "unreadable" | "too-large"; message: string };

/** The German messages of the budgets; `{…}` are filled from the budget and the file. */
export const budgetMessages = {
  pages:
    "Die PDF-Datei hat {pages} Seiten; das Portal liest höchstens {max}. Bitte speichern Sie nur die Vereinbarung mit ihren Anlagen als PDF mit weniger Seiten und laden Sie diese hoch.",
  documentXml:
    "Die Word-Datei ist entpackt zu umfangreich (mehr als {max} MB Text und Formatierung). Bitte speichern Sie die Vereinbarung als PDF und laden Sie diese hoch.",
  paragraphs:
    "Die Word-Datei hat mehr als {max} Absätze, weit mehr als eine Vereinbarung. Bitte entfernen Sie leere Absätze oder speichern Sie die Vereinbarung als PDF und laden Sie diese hoch.",
} as const;

const tooLarge = (message: string): AgreementOutcome => ({ kind: "refused", reason: "too-large", message });

/** A paragraph's start tag: `<w:p>`, `<w:p …>` or `<w:p/>` (not `<w:pPr>`, `<w:proofErr>`). */
const paragraphTag = /<w:p[\s>/]/g;

/**
 * Measures a DOCX's `word/document.xml` while unpacking it in small steps, and stops at the first
 * step over the budget: a file of 160 KB can unpack to 45 MB of empty paragraphs, which take mammoth
 * many seconds and much memory. A broken archive, and a zip bomb by the package's own limits (a part
 * declared larger than it allows, or larger than it declares), are left to `extractText`, which refuses
 * them as unreadable, as the API has always answered.
 */
function docxOverBudget(bytes: Uint8Array, budget: FileBudget): string | undefined {
  let size = 0;
  let paragraphs = 0;
  // The end of the previous chunk, so that a tag split between two chunks is counted.
  let tail = "";
  let over: string | undefined;
  let stop = false;
  const unzip = new Unzip((file) => {
    if (file.name !== "word/document.xml" || (file.originalSize ?? 0) > agreementLimits.maxUnpackedBytes) return;
    file.ondata = (error, chunk) => {
      if (error || over || stop) return;
      size += chunk.length;
      if (size > (file.originalSize ?? Infinity)) {
        stop = true;
        return file.terminate();
      }
      const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
      paragraphs += text.match(paragraphTag)?.length ?? 0;
      // A tag is five characters: four carried over can start one, never hold a whole (counted) one.
      tail = text.slice(-4);
      if (size > budget.documentXmlBytes) over = formatMessage(budgetMessages.documentXml, { max: Math.round(budget.documentXmlBytes / 1024 / 1024) });
      else if (paragraphs > budget.paragraphs) over = formatMessage(budgetMessages.paragraphs, { max: budget.paragraphs.toLocaleString("de-DE") });
      if (over) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // 4 KB of deflated input unpack to at most about 4 MB: the count never runs far past the budget.
    for (let at = 0; at < bytes.length && !over && !stop; at += 4096) unzip.push(bytes.subarray(at, at + 4096), at + 4096 >= bytes.length);
  } catch {
    return undefined;
  }
  return over;
}

/** The page count of a PDF, read from its page tree without reading any page; undefined when unreadable. */
async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const pages = pdf.numPages;
    await pdf.loadingTask.destroy();
    return pages;
  } catch {
    return undefined;
  }
}

/** Reads one agreement file: the budget first, then the text, then the findings. */
export default async function readAgreementFile(task: AgreementTask): Promise<AgreementOutcome> {
  task.started.postMessage("started");
  task.started.close();
  const { bytes, type, budget } = task;
  if (type === "docx") {
    const over = docxOverBudget(bytes, budget);
    if (over) return tooLarge(over);
  }
  if (type === "pdf") {
    const pages = await pdfPageCount(bytes);
    // More pages than the package reads at all: its refusal (unreadable) is the API's answer.
    if (pages !== undefined && pages > budget.pages && pages <= agreementLimits.maxPages) return tooLarge(formatMessage(budgetMessages.pages, { pages, max: budget.pages }));
  }
  try {
    const { text, pages } = await extractText(bytes, { type });
    // On the server chrono-node reads dates the package's own patterns do not know; the browser goes without.
    return { kind: "read", report: checkAgreementText(text, { lang: "de", pages, application: task.application, dateParser: chronoDateParser }) };
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    return { kind: "refused", reason: error.code === "TEXT_TOO_LONG" ? "too-large" : "unreadable", message: error.messageIn("de") };
  }
}
