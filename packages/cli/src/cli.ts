import { parseArgs } from "node:util";
import type { Lang } from "@bildungspartner/core";
import { check } from "./check.js";
import { ExitCode, processIo, UsageError, type Io } from "./io.js";
import { texts } from "./messages.js";
import { version } from "./version.js";

const HELP = `bildungspartner – Regeln von Bildungspartner NRW prüfen / check the rules of Bildungspartner NRW

Aufruf / usage:
  bildungspartner check <datei.json…> [--format text|json] [--lang de|en]
  bildungspartner --help | --version

check
  Prüft jede Antragsdatei (JSON, siehe README) gegen die Kriterien von Bildungspartner NRW.
  Checks each application file (JSON, see README) against the criteria of Bildungspartner NRW.

  --format text   lesbarer Bericht je Datei (Standard) / a readable report per file (default)
  --format json   ein JSON-Array, je Datei die Entscheidung (Decision) mit "file"
                  one JSON array: per file the Decision plus "file"
  --lang de|en    Sprache der Meldungen (Standard: de) / language of messages (default: de)

  Eine Datei, die nicht lesbar oder kein JSON ist, ergibt den Status "invalid" mit einem Eintrag
  in "issues" (path ""). / A file that cannot be read or is not JSON gives status "invalid".

Exit-Codes / exit codes:
  0  alle Dateien registrierbar / every file is eligible
  1  mindestens eine Datei nicht registrierbar oder unvollständig / any not eligible or incomplete
  2  mindestens eine Datei ungültig oder unlesbar, oder Aufruffehler / any invalid, or a usage error
`;

function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "de" || value === "en") return value ?? "de";
  throw new UsageError(`--lang ${value}: erlaubt sind de und en / allowed are de and en`);
}

function parseFormat(value: string | undefined): "text" | "json" {
  if (value === undefined || value === "text" || value === "json") return value ?? "text";
  throw new UsageError(`--format ${value}: erlaubt sind text und json / allowed are text and json`);
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (values.version) {
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  const [command, ...files] = positionals;
  const lang = parseLang(values.lang);
  const format = parseFormat(values.format);
  if (command === undefined) throw new UsageError("Kein Befehl angegeben / no command given");
  if (command !== "check") throw new UsageError(`Unbekannter Befehl "${command}" / unknown command`);
  if (files.length === 0) throw new UsageError("check: keine Datei angegeben / no file given");
  return check(files, { format, lang }, io);
}

/**
 * Runs the `bildungspartner` command line with the given arguments (without `node` and the script)
 * and resolves to its exit code. Usage errors are reported on stderr with exit code 2.
 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (!isUsage) throw error;
    io.stderr.write(`${texts.usagePrefix.de} / ${texts.usagePrefix.en}: ${(error as Error).message}\n${texts.seeHelp.de}\n`);
    return ExitCode.error;
  }
}
