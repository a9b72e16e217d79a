import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corePackage } from "./rule-folders.js";

/**
 * The environment variable that names a text copy of the programme's FAQ page. The repository holds
 * only short quotes of the FAQ, never its text, so the checks that compare quotes with the page need
 * the text from outside: `BILDUNGSPARTNER_FAQ=/path/to/bildungspartner-nrw-faq.txt npm test`.
 */
export const FAQ_ENV = "BILDUNGSPARTNER_FAQ";

/** The FAQ text file named by {@link FAQ_ENV}, or `undefined` when the variable is not set. */
export const faqFile: string | undefined = process.env[FAQ_ENV] || undefined;

/**
 * The FAQ's text, or `undefined` when no file is named: tests that compare quotes with the real page
 * run only with it (`it.runIf(faqText !== undefined)`). A named file that cannot be read is a broken
 * set-up, not a reason to skip: it throws.
 */
export const faqText: string | undefined = faqFile === undefined ? undefined : readFaq(faqFile);

function readFaq(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${FAQ_ENV}=${file}: die FAQ-Textdatei ist nicht lesbar / the FAQ text file cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/** The line a test run prints when the FAQ checks were skipped: which checks, and how to run them. */
export const faqSkippedNotice =
  `FAQ-Prüfungen übersprungen: ob jedes Zitat der Regeldateien wörtlich in der FAQ steht (core, cli, Anleitungen); ` +
  `so laufen sie: ${FAQ_ENV}=/pfad/zu/bildungspartner-nrw-faq.txt npm test / FAQ checks skipped: ` +
  `whether every quote in the rule files stands verbatim in the FAQ; run them with ${FAQ_ENV}=… npm test`;

/**
 * A stand-in for the FAQ's text, made of every quote the shipped rule and data files hold: the shipped
 * quotes stand in it and any changed quote does not. Tests of the quote checker itself use it where the
 * real text is not given; it proves the checker, not the quotes.
 */
export function faqStandIn(): string {
  const files = [join(corePackage, "data", "categories.json"), ...jsonFiles(join(corePackage, "rules"))];
  return files.flatMap((file) => quotesIn(JSON.parse(readFileSync(file, "utf8")))).join("\n");
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonFiles(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : [],
  );
}

function quotesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(quotesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === "quote" && typeof inner === "string" ? [inner] : quotesIn(inner)));
}
