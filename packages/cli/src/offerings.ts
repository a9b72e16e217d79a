import { formatMessage, offerings, situationFieldLabel, type Lang, type OfferingsReport, type OfferingStatus, type SituationIssue } from "@bildungspartner/core";
import { parseFileCommand, type Command } from "./command.js";
import { readJsonInput } from "./files.js";
import { ExitCode, type Io } from "./io.js";
import { texts, validFromText } from "./messages.js";
import { pathLabel } from "@bildungspartner/core/rules";

/** The offerings of one situation file, as `offerings --format json` prints them. */
export type FileOfferings = OfferingsReport & { file: string };

const applicationKeys = ["school", "partners", "agreement", "contacts"];
const situationKeys = ["application", "decision", "registered", "flyers", "funding", "training"];

/**
 * A file holds a situation; a plain application file (only school, partners, agreement, contacts) is
 * read as `{ application: … }`, so the files `check` reads work here too.
 */
export function asSituation(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const keys = Object.keys(input);
  const plainApplication = keys.some((key) => applicationKeys.includes(key)) && !keys.some((key) => situationKeys.includes(key));
  return plainApplication ? { application: input } : input;
}

/** A file that could not be read: the offerings of an empty situation, with the reason at path "". */
function unreadable(file: string, { code, params, message }: Pick<SituationIssue, "code" | "params" | "message">, lang: Lang): FileOfferings {
  return { file, ...offerings({}, { lang }), issues: [{ path: "", code, params, message }] };
}

/** Reads one situation file and lists its offerings; never throws. */
export async function offeringsOfFile(file: string, lang: Lang): Promise<FileOfferings> {
  const read = await readJsonInput(file, lang);
  return read.ok ? { file, ...offerings(asSituation(read.input), { lang }) } : unreadable(file, read, lang);
}

const marks: Readonly<Record<OfferingStatus, string>> = { available: "✓", "not-available": "✗", unknown: "?" };

const words = {
  registered: {
    true: { de: "Partnerschaft registriert", en: "Partnership registered" },
    false: { de: "Partnerschaft nicht registriert", en: "Partnership not registered" },
    null: { de: "Registrierung nicht angegeben", en: "Registration not given" },
  },
  ruleSet: { de: "Angebote {version}, gültig ab {validFrom}", en: "Offerings {version}, in force from {validFrom}" },
  next: { de: "Nächster Schritt", en: "Next step" },
  summary: {
    de: "{available} verfügbar, {not-available} nicht verfügbar, {unknown} offen",
    en: "{available} available, {not-available} not available, {unknown} open",
  },
} as const;

/** A situation's path for people: the application's fields by their labels, positions from 1. */
function situationPathLabel(path: string, lang: Lang): string {
  const inApplication = /^application\.(.+)$/.exec(path);
  return inApplication ? `${applicationWord[lang]} – ${pathLabel(inApplication[1]!, lang)}` : situationFieldLabel(path, lang);
}

const applicationWord = { de: "Antrag", en: "Application" } as const;

/** The human-readable list of one file's offerings. */
export function offeringsText(report: FileOfferings, lang: Lang): string {
  const lines = [report.file, `${words.registered[String(report.registered) as "true" | "false" | "null"][lang]} (${formatMessage(words.ruleSet[lang], { version: report.ruleSet.version, validFrom: validFromText(report.ruleSet.validFrom, lang) })})`, ""];
  if (report.issues.length > 0) {
    lines.push(`  ${texts.issues[lang]}:`);
    for (const issue of report.issues) lines.push(`  ✗ ${issue.path ? situationPathLabel(issue.path, lang) : texts.wholeInput[lang]}: ${issue.message}`);
    lines.push("");
  }
  const counts: Record<OfferingStatus, number> = { available: 0, "not-available": 0, unknown: 0 };
  for (const offering of report.offerings) {
    counts[offering.status] += 1;
    lines.push(`  ${marks[offering.status]} ${offering.title}`);
    lines.push(`    ${offering.message}`);
    for (const step of offering.nextSteps) lines.push(`    → ${step}`);
    if (offering.missing?.length) lines.push(`    ${texts.missing[lang]}: ${offering.missing.map((path) => situationPathLabel(path, lang)).join("; ")}`);
    lines.push(`    ${texts.source[lang]}: „${offering.source.quote}“ ${offering.source.url}`);
  }
  lines.push("", `  ${formatMessage(words.summary[lang], counts)}`);
  return `${lines.join("\n")}\n`;
}

/** `bildungspartner offerings <file…>`: lists what each partnership may use. */
export async function listOfferings(files: readonly string[], options: { format: "text" | "json"; lang: Lang }, io: Io): Promise<number> {
  const reports: FileOfferings[] = [];
  for (const file of files) reports.push(await offeringsOfFile(file, options.lang));
  io.stdout.write(options.format === "json" ? `${JSON.stringify(reports, null, 2)}\n` : reports.map((r) => offeringsText(r, options.lang)).join("\n"));
  return reports.some((report) => report.issues.length > 0) ? ExitCode.error : ExitCode.ok;
}

/** The `offerings` command. */
export const offeringsCommand: Command = {
  name: "offerings",
  help: `  bildungspartner offerings <datei.json…> [--format text|json] [--lang de|en]
    Zeigt je Datei, was eine Partnerschaft nutzen kann und was das Programm nicht anbietet (Logo, Flyer,
    Wettbewerb, BIPARCOURS, „Archiv und Schule“, Fortbildung, …), mit Meldung, nächsten Schritten und Quelle.
    Shows per file what a partnership may use and what the programme does not offer, with message,
    next steps and source. Die Datei / the file: { "application": {…} | "decision": {…}, "registered": true,
      "flyers": { "count": 200 }, "funding": { "purpose": "project|training|permanent", "projectStarted": false },
      "training": { "servesPartnership": true } }; eine reine Antragsdatei gilt als { "application": … }
      / a plain application file counts as { "application": … }.
    --format json   ein JSON-Array, je Datei der Bericht (offerings, issues, registered) mit "file"
                    one JSON array: per file the report plus "file"
    --lang de|en    Sprache (Standard: de) / language (default: de)
    Exit: 0 gelesen / read; 2 mindestens eine Datei ungültig oder unlesbar / any file invalid or unreadable.
`,
  run: (args, io) => {
    const { files, format, lang } = parseFileCommand("offerings", args);
    return listOfferings(files, { format, lang }, io);
  },
};
