import { parseArgs } from "node:util";
import type { Lang } from "@bildungspartner/core";
import { UsageError, type Io } from "./io.js";

/** One subcommand of `bildungspartner`. */
export interface Command {
  /** The word after `bildungspartner`, e.g. `check`. */
  readonly name: string;
  /** Its part of `--help`: usage line(s) and explanation, German and English. */
  readonly help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: Io): Promise<number>;
}

/** Reads `--lang de|en`. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "de" || value === "en") return value ?? "de";
  throw new UsageError(`--lang ${value}: erlaubt sind de und en / allowed are de and en`);
}

/** Reads `--format text|json`. */
export function parseFormat(value: string | undefined): "text" | "json" {
  if (value === undefined || value === "text" || value === "json") return value ?? "text";
  throw new UsageError(`--format ${value}: erlaubt sind text und json / allowed are text and json`);
}

/**
 * The options most commands share: files, `--format` and `--lang`; plus the command's own string
 * options named in `extra` (e.g. `check-agreement --application <file>`), undefined when not given.
 */
export function parseFileCommand<Extra extends string = never>(
  name: string,
  args: readonly string[],
  extra: readonly Extra[] = [],
): { files: string[]; format: "text" | "json"; lang: Lang; extra: Partial<Record<Extra, string>> } {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { format: { type: "string" }, lang: { type: "string" }, ...Object.fromEntries(extra.map((option) => [option, { type: "string" as const }])) },
  });
  const lang = parseLang(values.lang as string | undefined);
  const format = parseFormat(values.format as string | undefined);
  if (positionals.length === 0) throw new UsageError(`${name}: keine Datei angegeben / no file given`);
  const all = values as Record<string, string | boolean | undefined>;
  const given: Partial<Record<Extra, string>> = {};
  for (const option of extra) {
    const value = all[option];
    if (typeof value === "string") given[option] = value;
  }
  return { files: positionals, format, lang, extra: given };
}
