import { AgreementError, agreementLimits, checkAgreementText, type AgreementReport, type Finding } from "@bildungspartner/agreement";
import { formatMessage, type Application, type Lang, type LocalizedText } from "@bildungspartner/core";
import { parseFileCommand, type Command } from "./command.js";
import { readInputFile, readJsonInput } from "./files.js";
import { ExitCode, UsageError, type Io } from "./io.js";
import { counted, texts as shared } from "./messages.js";

/** One file's result as `check-agreement --format json` prints it: a report, or why there is none. */
export type FileAgreementReport =
  | (AgreementReport & { file: string; pagesWithoutText?: number[] })
  | { file: string; error: { code: string; message: string } };

const texts = {
  unsupported: {
    de: "Nicht unterstütztes Dateiformat: erlaubt sind .txt, .pdf und .docx.",
    en: "Unsupported file type: use .txt, .pdf or .docx.",
  },
  notReadable: { de: "Nicht lesbar", en: "Not readable" },
  allFound: { de: "Alle Kriterien im Text belegt", en: "Every criterion shown in the text" },
  counts: {
    de: "{found} belegt, {missing}, {unclear} unklar",
    en: "{found} shown, {missing}, {unclear} unclear",
  },
  pagesWithoutText: {
    de: "Hinweis: Seite {pages} ohne Text (Scan?); was dort steht, ist nicht geprüft.",
    en: "Note: page {pages} without text (scan?); what it holds is not checked.",
  },
  pagesWithoutTextMany: {
    de: "Hinweis: Seiten {pages} ohne Text (Scan?); was dort steht, ist nicht geprüft.",
    en: "Note: pages {pages} without text (scan?); what they hold is not checked.",
  },
  line: { de: "Z.", en: "line" },
  applicationNotObject: {
    de: "Die Datei muss ein JSON-Objekt mit den Angaben eines Antrags enthalten (school, partners …).",
    en: "The file must hold a JSON object with an application's values (school, partners …).",
  },
  page: { de: "S.", en: "p." },
  summary: {
    de: "{files}: {complete} vollständig belegt, {open} mit fehlenden oder unklaren Angaben, {error} nicht lesbar",
    en: "{files}: {complete} fully shown, {open} with missing or unclear points, {error} not readable",
  },
} satisfies Record<string, LocalizedText>;

/** „1 fehlt“, „2 fehlen“. */
const missingCount = {
  one: { de: "1 fehlt", en: "1 missing" },
  many: { de: "{count} fehlen", en: "{count} missing" },
} as const;

const marks: Record<Finding["status"], string> = { found: "✓", missing: "✗", unclear: "?" };

function failure(file: string, code: string, message: string): { result: FileAgreementReport; text: string } {
  return { result: { file, error: { code, message } }, text: "" };
}

/**
 * Reads, extracts and checks one agreement file, with the text it was read from (empty when the file
 * is unreadable; the text output quotes lines of it). Never throws for a bad file.
 */
async function readAgreement(file: string, lang: Lang, application: Application | undefined): Promise<{ result: FileAgreementReport; text: string }> {
  // Loaded on first use: unpdf, mammoth and chrono-node would otherwise slow the start of every other command.
  const [{ documentTypeOf, extractText }, { chronoDateParser }] = await Promise.all([
    import("@bildungspartner/agreement/extract"),
    import("@bildungspartner/agreement/chrono"),
  ]);
  const type = documentTypeOf(file);
  if (!type) return failure(file, "UNSUPPORTED_TYPE", texts.unsupported[lang]);
  const content = await readInputFile(file, agreementLimits.maxFileBytes);
  if (!content.ok) {
    return content.reason === "too-large"
      ? failure(file, "FILE_TOO_LARGE", formatMessage(shared.fileTooLarge[lang], { max: agreementLimits.maxFileBytes }))
      : failure(file, "UNREADABLE_FILE", formatMessage(shared.unreadableFile[lang], { reason: content.detail }));
  }
  try {
    const extracted = await extractText(content.bytes, { type });
    const report = checkAgreementText(extracted.text, {
      lang,
      pages: extracted.pages,
      dateParser: chronoDateParser,
      ...(application ? { application } : {}),
    });
    const empty = extracted.pages.filter((p) => !p.hasText).map((p) => p.number);
    return { result: { file, ...report, ...(empty.length > 0 ? { pagesWithoutText: empty } : {}) }, text: extracted.text };
  } catch (error) {
    if (error instanceof AgreementError) return failure(file, error.code, error.messageIn(lang));
    throw error;
  }
}

/** Line numbers (from 1) of the original text, found by the offset of each line start. */
function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The line number (from 1) of an offset; a finding has a handful of evidence, so a scan is enough. */
const lineNumberAt = (starts: readonly number[], offset: number): number => starts.findLastIndex((start) => start <= offset) + 1;

/** Most lines the text output quotes for one finding. */
const MAX_LINES = 8;

/** The whole lines a finding's evidence lies on, each once, as the text output shows them. */
function evidenceLines(text: string, starts: readonly number[], finding: Finding, lang: Lang): string[] {
  const shown = new Map<number, number | undefined>();
  for (const evidence of finding.evidence) {
    const first = lineNumberAt(starts, evidence.start);
    const last = Math.min(lineNumberAt(starts, Math.max(evidence.start, evidence.end - 1)), first + 4);
    for (let n = first; n <= last; n++) if (!shown.has(n)) shown.set(n, evidence.page);
  }
  const lines: string[] = [];
  for (const [n, page] of [...shown].sort((a, b) => a[0] - b[0])) {
    const from = starts[n - 1]!;
    const to = n < starts.length ? starts[n]! - 1 : text.length;
    let content = text.slice(from, to).replace(/\s+/g, " ").trim();
    if (content === "") continue;
    if (content.length > 160) content = `${content.slice(0, 157)}…`;
    if (lines.length === MAX_LINES) {
      lines.push("      …");
      break;
    }
    lines.push(`      ${page === undefined ? "" : `${texts.page[lang]} ${page}, `}${texts.line[lang]} ${n}: ${content}`);
  }
  return lines;
}

/** The human-readable report of one file. `text` is the checked text, to show whole lines. */
export function agreementTextReport(result: FileAgreementReport, text: string, lang: Lang): string {
  if ("error" in result) return `${result.file}\n  ${texts.notReadable[lang]}: ${result.error.message}\n`;
  const count = (status: Finding["status"]) => result.findings.filter((f) => f.status === status).length;
  const allFound = count("found") === result.findings.length;
  const lines = [
    result.file,
    `  ${allFound ? texts.allFound[lang] : formatMessage(texts.counts[lang], { found: count("found"), missing: counted(count("missing"), missingCount, lang), unclear: count("unclear") })}`,
  ];
  if (result.pagesWithoutText) {
    const template = result.pagesWithoutText.length === 1 ? texts.pagesWithoutText : texts.pagesWithoutTextMany;
    lines.push(`  ${formatMessage(template[lang], { pages: result.pagesWithoutText.join(", ") })}`);
  }
  lines.push("");
  const starts = lineIndex(text);
  for (const finding of result.findings) {
    const criterion = result.decision.criteria.find((c) => c.id === finding.id);
    const title = criterion ? `${criterion.title} (${shared.level[criterion.level][lang]})` : finding.id;
    lines.push(`  ${marks[finding.status]} ${title}`);
    lines.push(`    ${finding.message}`);
    for (const reading of criterion?.readings ?? []) lines.push(`    ${shared.reading[lang]}: ${reading.title}`);
    lines.push(...evidenceLines(text, starts, finding, lang));
  }
  return `${lines.join("\n")}\n`;
}

/** Exit code: 2 if any file is unreadable, 1 if any finding is missing or unclear, else 0. */
export function agreementExitCode(results: readonly FileAgreementReport[]): number {
  if (results.some((r) => "error" in r)) return ExitCode.error;
  return results.every((r) => "findings" in r && r.findings.every((f) => f.status === "found")) ? ExitCode.ok : ExitCode.failed;
}

/**
 * The application file given with `--application`: its school and partner names help find the
 * parties in each agreement. An unreadable file or one that holds no JSON object is a usage error.
 */
async function readApplication(file: string | undefined, lang: Lang): Promise<Application | undefined> {
  if (file === undefined) return undefined;
  const read = await readJsonInput(file, lang);
  if (!read.ok) throw new UsageError(`--application ${file}: ${read.message}`);
  if (typeof read.input !== "object" || read.input === null || Array.isArray(read.input)) {
    throw new UsageError(`--application ${file}: ${texts.applicationNotObject[lang]}`);
  }
  return read.input as Application;
}

/** `bildungspartner check-agreement <file…>`: checks each agreement file and prints the findings. */
export async function checkAgreements(
  files: readonly string[],
  options: { format: "text" | "json"; lang: Lang; application?: string },
  io: Io,
): Promise<number> {
  const application = await readApplication(options.application, options.lang);
  const results: Array<{ result: FileAgreementReport; text: string }> = [];
  // The text output quotes whole lines: the evidence offsets point into the extracted text.
  for (const file of files) results.push(await readAgreement(file, options.lang, application));
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(results.map((r) => r.result), null, 2)}\n`);
  } else {
    io.stdout.write(results.map((r) => agreementTextReport(r.result, r.text, options.lang)).join("\n"));
    const complete = results.filter((r) => "findings" in r.result && r.result.findings.every((f) => f.status === "found")).length;
    const error = results.filter((r) => "error" in r.result).length;
    io.stdout.write(
      `\n${formatMessage(texts.summary[options.lang], { files: counted(results.length, shared.files, options.lang), complete, open: results.length - complete - error, error })}\n`,
    );
  }
  return agreementExitCode(results.map((r) => r.result));
}

/** The `check-agreement` command. */
export const checkAgreementCommand: Command = {
  name: "check-agreement",
  help: `  bildungspartner check-agreement <datei.txt|.pdf|.docx…> [--format text|json] [--lang de|en] [--application <antrag.json>]
    Liest jede Kooperationsvereinbarung und zeigt mit Belegstellen, welche Kriterien der Text erfüllt.
    Reads each cooperation agreement and shows, with evidence, which criteria its text meets.
    --application   Antrag (JSON wie bei check): die Namen von Schule und Partnern helfen, die
                    Parteien im Text zu finden (auch dekliniert oder abgekürzt)
                    application (JSON as for check): its school and partner names help find the
                    parties in the text (also declined or abbreviated)
    --format text   je Kriterium ✓ belegt / ✗ fehlt / ? unklar, mit den Zeilen (und Seiten) der Belege
                    per criterion ✓ shown / ✗ missing / ? unclear, with the lines (and pages) of the evidence
    --format json   ein JSON-Array, je Datei der Bericht (findings, facts, decision) mit "file",
                    oder "error" (code, message) für nicht lesbare Dateien
                    one JSON array: per file the report plus "file", or "error" for unreadable files
    --lang de|en    Sprache der Meldungen (Standard: de) / language of messages (default: de)
    Eine PDF-Datei ohne Text (ein Scan) gilt als nicht lesbar. / A PDF without text (a scan) is unreadable.
    Exit: 0 alle Kriterien belegt / every criterion shown; 1 mindestens eines fehlt oder ist unklar /
    any missing or unclear; 2 nicht lesbare Datei oder Aufruffehler / unreadable file or usage error.
`,
  run: (args, io) => {
    const { files, format, lang, extra } = parseFileCommand("check-agreement", args, ["application"]);
    return checkAgreements(files, { format, lang, ...extra }, io);
  },
};
