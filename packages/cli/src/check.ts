import { evaluate, formatMessage, type Decision, type DecisionStatus, type Issue, type Lang } from "@bildungspartner/core";
import { readJsonInput } from "./files.js";
import { parseFileCommand, type Command } from "./command.js";
import { ExitCode, type Io } from "./io.js";
import { counted, texts, validFromText } from "./messages.js";
import { pathLabel } from "@bildungspartner/core/rules";

/** A Decision about one file, as `check --format json` prints it. */
export type FileDecision = Decision & { file: string };

/** Options of the `check` command. */
export interface CheckOptions {
  readonly format: "text" | "json";
  readonly lang: Lang;
}

/** A file that could not be read is an invalid input; its Decision says why, at path "". */
async function unreadable(file: string, { code, params, message }: Pick<Issue, "code" | "params" | "message">, lang: Lang): Promise<FileDecision> {
  const nothingKnown = await evaluate({}, { lang });
  return { file, ...nothingKnown, status: "invalid", issues: [{ path: "", code, params, message }] };
}

/** Reads and evaluates one application file; never throws. */
export async function decideFile(file: string, lang: Lang): Promise<FileDecision> {
  const read = await readJsonInput(file, lang);
  return read.ok ? { file, ...(await evaluate(read.input, { lang })) } : unreadable(file, read, lang);
}

const marks: Record<Decision["criteria"][number]["status"], string> = { met: "✓", "not-met": "✗", unknown: "?" };

/** The human-readable report of one file. */
export function textReport(decision: FileDecision, lang: Lang): string {
  const lines = [
    decision.file,
    `${texts.statusLine[decision.status][lang]} (${formatMessage(texts.ruleSet[lang], { version: decision.ruleSet.version, validFrom: validFromText(decision.ruleSet.validFrom, lang) })})`,
    "",
  ];
  if (decision.issues.length > 0) {
    lines.push(`  ${texts.issues[lang]}:`);
    for (const issue of decision.issues) lines.push(`  ✗ ${issue.path ? pathLabel(issue.path, lang) : texts.wholeInput[lang]}: ${issue.message}`);
    lines.push("");
  }
  for (const criterion of decision.criteria) {
    lines.push(`  ${marks[criterion.status]} ${criterion.title} (${texts.level[criterion.level][lang]})`);
    lines.push(`    ${criterion.message}`);
    for (const reading of criterion.readings) lines.push(`    ${texts.reading[lang]}: ${reading.title}`);
    if (criterion.missing?.length) lines.push(`    ${texts.missing[lang]}: ${criterion.missing.map((path) => pathLabel(path, lang)).join("; ")}`);
    lines.push(`    ${texts.source[lang]}: „${criterion.source.quote}“ ${criterion.source.url}`);
  }
  if (decision.nextSteps.length > 0) {
    lines.push("", `  ${texts.nextSteps[lang]}:`);
    decision.nextSteps.forEach((step, i) => {
      lines.push(`  ${i + 1}. ${step.message}`);
      lines.push(`     ${texts.source[lang]}: „${step.source.quote}“ ${step.source.url}`);
    });
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Exit code for a set of outcomes: 2 if any is invalid; 1 if any is not eligible, incomplete or
 * needs review by the programme office; 0 when all are eligible.
 */
export function exitCodeFor(statuses: readonly DecisionStatus[]): number {
  if (statuses.includes("invalid")) return ExitCode.error;
  return statuses.every((s) => s === "eligible") ? ExitCode.ok : ExitCode.failed;
}

/** The count per status, every status named: „3 Dateien: 1 registrierbar, 1 Prüfung durch Bildungspartner NRW, …“. */
function summaryLine(decisions: readonly { readonly status: DecisionStatus }[], lang: Lang): string {
  const statuses = Object.keys(texts.statusWord) as DecisionStatus[];
  const counts = statuses.map((status) => `${decisions.filter((d) => d.status === status).length} ${texts.statusWord[status][lang]}`);
  return formatMessage(texts.summary[lang], { files: counted(decisions.length, texts.files, lang), counts: counts.join(", ") });
}

/** `bildungspartner check <file…>`: decides each application file and prints the report. */
export async function check(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const decisions: FileDecision[] = [];
  for (const file of files) decisions.push(await decideFile(file, options.lang));
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify(decisions, null, 2)}\n`);
  } else {
    io.stdout.write(decisions.map((d) => textReport(d, options.lang)).join("\n"));
    io.stdout.write(`\n${summaryLine(decisions, options.lang)}\n`);
  }
  return exitCodeFor(decisions.map((d) => d.status));
}

/** The `check` command. */
export const checkCommand: Command = {
  name: "check",
  help: `  bildungspartner check <datei.json…> [--format text|json] [--lang de|en]
    Prüft jede Antragsdatei (JSON, siehe README) gegen die Kriterien von Bildungspartner NRW.
    Checks each application file (JSON, see README) against the criteria of Bildungspartner NRW.
    --format text   lesbarer Bericht je Datei (Standard) / a readable report per file (default)
    --format json   ein JSON-Array, je Datei die Entscheidung (Decision) mit "file"
                    one JSON array: per file the Decision plus "file"
    --lang de|en    Sprache der Meldungen (Standard: de) / language of messages (default: de)
    Je Kriterium steht, ob es ein Muss- oder ein Soll-Kriterium ist. Ist nur ein Soll-Kriterium nicht
    erfüllt, lautet das Ergebnis „Prüfung durch Bildungspartner NRW“ (needs-review). Registrierbare
    Anträge und solche zur Prüfung nennen die nächsten Schritte mit ihrer Quelle.
    Each criterion shows whether it is a must or a should criterion. When only should criteria are not
    met, the status is needs-review (the programme office decides). Eligible and needs-review
    decisions name the next steps with their source.
    Eine Datei, die nicht lesbar oder kein JSON ist, ergibt den Status "invalid" mit einem Eintrag
    in "issues" (path ""). / A file that cannot be read or is not JSON gives status "invalid".
    Exit: 0 alle registrierbar / all eligible; 1 mindestens eine nicht registrierbar, unvollständig
    oder zur Prüfung durch Bildungspartner NRW / any not eligible, incomplete or needs-review;
    2 mindestens eine ungültig / any invalid.
`,
  run: (args, io) => {
    const { files, format, lang } = parseFileCommand("check", args);
    return check(files, { format, lang }, io);
  },
};
