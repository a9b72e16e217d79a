import { parseArgs } from "node:util";
import { diffMarkdown, diffRuleFolders } from "@bildungspartner/core/rules";
import { parseFormat, type Command } from "./command.js";
import { readInputFile } from "./files.js";
import { ExitCode, UsageError, type Io } from "./io.js";
import { formatProblem, loadRuleDirectory, RuleDirectoryError, shippedRulesDir, type RuleDirectory } from "./rule-directory.js";
import { writeCatalogue } from "./rules-catalogue.js";
import { analyseImpact } from "./rules-impact.js";
import { formatLintProblem, lintRuleDirectory } from "./rules-lint.js";
import { counted, texts } from "./messages.js";

/** Loads a rules folder (with its offerings), or reports its problems on stderr and answers with exit code 2. */
async function load(dir: string, io: Io): Promise<RuleDirectory | number> {
  try {
    return await loadRuleDirectory(dir);
  } catch (error) {
    if (!(error instanceof RuleDirectoryError)) throw error;
    for (const problem of error.problems) io.stderr.write(`${formatProblem(problem, error.display)}\n`);
    io.stderr.write(`${error.message}. Details: bildungspartner rules lint ${dir}\n`);
    return ExitCode.error;
  }
}

function parse(args: readonly string[], options: Record<string, { type: "string" }>) {
  return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
}

/** The text of the FAQ file given with `--faq`; a usage error when it cannot be read. */
async function readFaq(file: string): Promise<string> {
  const content = await readInputFile(file);
  if (!content.ok) throw new UsageError(`--faq ${file}: keine lesbare Textdatei (${content.detail}) / not a readable text file`);
  return new TextDecoder().decode(content.bytes);
}

async function lint(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: "string" }, faq: { type: "string" } });
  if (positionals.length > 1) throw new UsageError("rules lint: höchstens ein Ordner / at most one folder");
  const format = parseFormat(values.format);
  const faqText = values.faq === undefined ? undefined : await readFaq(values.faq);
  if (faqText === undefined) {
    io.stderr.write("Zitate aus der FAQ nicht geprüft (dazu --faq <datei>) / FAQ quotes not checked (use --faq <file>)\n");
  }
  const report = await lintRuleDirectory(positionals[0] ?? shippedRulesDir(), faqText);
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ ...report, ok: report.problems.length === 0 }, null, 2)}\n`);
  } else {
    for (const problem of report.problems) io.stdout.write(`${formatLintProblem(problem)}\n`);
    const { rules, cases, faqQuotes } = report.checked;
    const quotes = faqQuotes ? { de: ", die Zitate aus der FAQ", en: ", the FAQ quotes" } : { de: "", en: "" };
    io.stdout.write(
      report.problems.length === 0
        ? `Keine Probleme: ${rules} Regeldateien, ${cases} Beispielfälle${quotes.de} geprüft / no problems: ${rules} rule files, ${cases} example cases${quotes.en} checked\n`
        : `${counted(report.problems.length, texts.problems, "de")} / ${counted(report.problems.length, texts.problems, "en")}\n`,
    );
  }
  return report.problems.length === 0 ? ExitCode.ok : ExitCode.failed;
}

async function catalogue(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: "string" } });
  if (positionals.length > 1) throw new UsageError("rules catalogue: höchstens ein Ordner / at most one folder");
  if (!values.out) throw new UsageError("rules catalogue: --out <ordner> fehlt / --out <folder> is missing");
  const dir = positionals[0] ?? shippedRulesDir();
  const directory = await load(dir, io);
  if (typeof directory === "number") return directory;
  const files = await writeCatalogue(directory, values.out);
  io.stdout.write(`Regelkatalog geschrieben / rule catalogue written: ${values.out}/index.html (${files.length} Dateien / files)\n`);
  return ExitCode.ok;
}

async function diff(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { applications: { type: "string" }, format: { type: "string" } });
  if (positionals.length !== 2) throw new UsageError("rules diff: zwei Ordner nötig (alt, neu) / two folders needed (old, new)");
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json") {
    throw new UsageError(`--format ${format}: erlaubt sind markdown und json / allowed are markdown and json`);
  }
  const oldDir = await load(positionals[0]!, io);
  if (typeof oldDir === "number") return oldDir;
  const newDir = await load(positionals[1]!, io);
  if (typeof newDir === "number") return newDir;
  const changes = diffRuleFolders(oldDir, newDir, { old: oldDir.dir, new: newDir.dir });
  const impact = values.applications ? await analyseImpact(values.applications, oldDir, newDir, io) : undefined;
  io.stdout.write(format === "json" ? `${JSON.stringify({ ...changes, impact }, null, 2)}\n` : diffMarkdown(changes, impact));
  return ExitCode.ok;
}

const subcommands: Readonly<Record<string, (args: readonly string[], io: Io) => Promise<number>>> = { catalogue, lint, diff };

/** The `rules` command: catalogue, lint and diff of rule folders. */
export const rulesCommand: Command = {
  name: "rules",
  help: `  bildungspartner rules lint [ordner] [--faq <faq.txt>] [--format text|json]
    Prüft alle Regeldateien eines Ordners (Standard: die mitgelieferten) und meldet jedes Problem als
    datei:pfad: meldung; führt jeden Beispielfall mit evaluate aus. Exit 1 bei Problemen. Ein Ordner
    offerings/ darin (Angebote, "kind": "offerings") wird mitgeprüft, ein Angebotsordner auch allein.
    --faq <datei>   der Text der FAQ-Seite: jedes Zitat, das die FAQ als Quelle nennt (source,
                    furtherSources, nextSteps, thirdPartner.source in categories.json), muss darin
                    wörtlich stehen. Ohne --faq sagt lint auf stderr, dass es sie nicht geprüft hat.
    Checks every rule file of a folder (default: the shipped rules) and reports every problem as
    file:path: message; runs every example case through evaluate. Exit 1 on problems. An offerings/
    folder inside it (offerings, "kind": "offerings") is checked too; an offerings folder also alone.
    --faq <file>    the FAQ page's text: every quote citing the FAQ must stand in it verbatim.
  bildungspartner rules catalogue [ordner] --out <ordner>
    Schreibt den Regelkatalog: index.html (druckbar, mit Muss- und Soll-Kriterien, Quellen, nächsten
    Schritten und den Auslegungsfragen), markdown/auslegungsfragen.md, je Regel markdown/<id>.md und,
    mit offerings/, angebote.html und je Angebot markdown/angebote/<id>.md. / Writes the rule
    catalogue: index.html (printable, with levels, sources, next steps and the readings to confirm),
    markdown/auslegungsfragen.md, markdown/<id>.md per rule and, with offerings/, angebote.html and
    markdown/angebote/<id>.md per offering.
  bildungspartner rules diff <alt> <neu> [--applications <datei.ndjson>] [--format markdown|json]
    Was sich zwischen zwei Regelordnern ändert, Regel für Regel (auch Stufen, Quellen, Auslegungen,
    nächste Schritte und Datenlisten), auch in ihren Ordnern offerings/; mit --applications (ein
    Antrag je Zeile) auch die Ergebnisse vorher und nachher je Status (auch „Prüfung durch
    Bildungspartner NRW“) und welche Anträge ihr Ergebnis nach den Kriterien ändern. Geänderte
    Datenlisten werden genannt, aber nicht mitgezählt. Fortschritt auf stderr, wenn es ein Terminal ist.
    What changes between two rule folders, rule by rule (levels, sources, readings, next steps and
    data lists too), also in their offerings/ folders; with --applications (one application per line)
    also the outcomes before and after per status (needs-review included) and which applications
    change outcome under the criteria. Changed data lists are named, not counted. Progress on stderr
    when it is a terminal.
`,
  run: (args, io) => {
    const [name, ...rest] = args;
    if (name === undefined) throw new UsageError("rules: Unterbefehl fehlt (lint, catalogue, diff) / subcommand missing");
    const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
    if (!subcommand) throw new UsageError(`rules: unbekannter Unterbefehl "${name}" (lint, catalogue, diff) / unknown subcommand`);
    return subcommand(rest, io);
  },
};
