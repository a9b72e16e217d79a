import { checkAgreementCommand } from "./check-agreement.js";
import { checkCommand } from "./check.js";
import type { Command } from "./command.js";
import { ExitCode, processIo, UsageError, type Io } from "./io.js";
import { texts } from "./messages.js";
import { offeringsCommand } from "./offerings.js";
import { rulesCommand } from "./rules-command.js";
import { version } from "./version.js";

/** Every subcommand, in the order `--help` lists them. */
const commands: readonly Command[] = [checkCommand, rulesCommand, checkAgreementCommand, offeringsCommand];

function help(): string {
  return `bildungspartner – Regeln von Bildungspartner NRW prüfen / check the rules of Bildungspartner NRW

Aufruf / usage:
${commands.map((command) => command.help).join("\n")}
  bildungspartner --help | --version

Exit-Codes / exit codes (alle Befehle / every command):
  0  alles bestanden (check: alle registrierbar) / everything passed (check: all eligible)
  1  mindestens eine Datei nicht bestanden (check: nicht registrierbar, unvollständig oder zur
     Prüfung durch Bildungspartner NRW) / any file did not pass (check: not eligible, incomplete or
     needs-review)
  2  ungültige oder unlesbare Eingabe (jede Datei), oder Aufruffehler / invalid or unreadable input
     (any file), or a usage error
`;
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || (first !== undefined && rest.some((a) => a === "--help" || a === "-h"))) {
    io.stdout.write(help());
    return ExitCode.ok;
  }
  if (first === "--version" || first === "-v") {
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  if (first === undefined) throw new UsageError("Kein Befehl angegeben / no command given");
  const command = commands.find((c) => c.name === first);
  if (!command) throw new UsageError(`Unbekannter Befehl "${first}" / unknown command`);
  return command.run(rest, io);
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
