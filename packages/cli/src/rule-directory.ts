import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { RuleProblem } from "@bildungspartner/core";
import {
  dataFiles,
  eligibilityKind,
  loadRuleFolder,
  offeringKind,
  ruleProblem,
  ruleProblemMessage,
  type RuleFolder,
  type RuleFolderFiles,
} from "@bildungspartner/core/rules";
import { MAX_FILE_BYTES } from "./files.js";
import { UsageError } from "./io.js";
import { counted, texts } from "./messages.js";

/*
 * Reading rule folders from disk lives here, in the CLI, so that core stays free of node:fs and runs
 * in browsers: a folder becomes core's folder map (`rules/…`, `rules/offerings/…`, `data/…`), and
 * core checks, loads and lints the map.
 */

/**
 * The rules folder of `@bildungspartner/core` (`rules/`, with `data/` beside it): the one a policy
 * maker edits in a checkout of the repository, else the copy an installed package carries in `dist/`.
 */
export function shippedRulesDir(): string {
  const require = createRequire(import.meta.url);
  const core = dirname(require.resolve("@bildungspartner/core/package.json"));
  const source = join(core, "rules");
  return existsSync(source) ? source : join(core, "dist", "rules");
}

/** A path as the user can open it: relative to the current folder when inside it. */
function shown(full: string): string {
  const fromHere = relative(process.cwd(), full);
  return fromHere === "" || fromHere.startsWith("..") ? full : fromHere;
}

/** A rules folder read from disk as core's folder map, with the files that could not be read. */
export interface ReadFolder {
  /** The folder as given. */
  readonly dir: string;
  /** Every JSON file read, by its key in the folder map. */
  readonly files: RuleFolderFiles;
  /** Files that exist but could not be read or parsed, by their key in the map. */
  readonly unreadable: readonly RuleProblem[];
  /** Whether the folder is an offerings folder on its own (`"kind": "offerings"`). */
  readonly offeringsOnly: boolean;
  /** A key of the map as the file the user can open. */
  readonly display: (key: string) => string;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readJson(path: string, key: string, unreadable: RuleProblem[]): Promise<unknown> {
  try {
    // A rule file is a few kilobytes; a huge one is a mistake (or an attack), not read into memory.
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) {
      unreadable.push(ruleProblem(key, "", "file-too-large", { size, max: MAX_FILE_BYTES }));
      return undefined;
    }
    return JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    unreadable.push(ruleProblem(key, "", "unreadable-json", { reason }));
    return undefined;
  }
}

/** Reads every JSON file of one folder into the map under `prefix`. */
async function readInto(dir: string, prefix: string, files: Record<string, unknown>, unreadable: RuleProblem[], only?: readonly string[]): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json") && (only === undefined || only.includes(name))).sort();
  for (const name of names) {
    const key = `${prefix}/${name}`;
    if (!(await stat(join(dir, name))).isFile()) continue;
    const content = await readJson(join(dir, name), key, unreadable);
    if (content !== undefined) files[key] = content;
  }
}

/**
 * Reads a rules folder from disk: its JSON files, those of its `offerings/` folder, and the data
 * lists of the `data` folder beside it; an offerings folder (`"kind": "offerings"`) on its own.
 * Throws a usage error when the folder does not exist.
 */
export async function readRuleFolder(dir: string): Promise<ReadFolder> {
  if (!(await isDirectory(dir))) throw new UsageError(`${dir}: kein Ordner / not a folder`);
  const manifest = await readFile(join(dir, "ruleset.json"), "utf8").then(
    (text) => JSON.parse(text) as unknown,
    () => undefined,
  );
  const offeringsOnly = (manifest as { kind?: unknown } | undefined)?.kind === "offerings";
  const files: Record<string, unknown> = {};
  const unreadable: RuleProblem[] = [];
  const folders: Array<[string, string]> = offeringsOnly
    ? [[offeringKind.folder, dir]]
    : [
        [eligibilityKind.folder, dir],
        [offeringKind.folder, join(dir, "offerings")],
        ["data", join(dir, "..", "data")],
      ];
  for (const [prefix, path] of folders) {
    if (!(await isDirectory(path))) continue;
    const only = prefix === "data" ? Object.values(dataFiles).map((entry) => entry.file.slice("data/".length)) : undefined;
    await readInto(path, prefix, files, unreadable, only);
  }
  const display = (key: string): string => {
    const match = folders.find(([prefix]) => key.startsWith(`${prefix}/`) && !key.slice(prefix.length + 1).includes("/"));
    return shown(match ? join(match[1], key.slice(match[0].length + 1)) : join(dir, key));
  };
  return { dir, files, unreadable, offeringsOnly, display };
}

/** A message where a compiler prints it: `file:path: message` (`file: message` for the whole file). */
export const located = (file: string, path: string, message: string): string => `${file}${path ? `:${path}` : ""}: ${message}`;

/** One problem as a compiler prints it, German then English. */
export function formatProblem(problem: RuleProblem, display: (key: string) => string = (key) => key): string {
  return located(display(problem.file), problem.path, problemText(problem));
}

/** A problem's message as the CLI prints it: the German rendering, then the English one. */
export function problemText(problem: RuleProblem): string {
  return `${ruleProblemMessage(problem, "de")} / ${ruleProblemMessage(problem, "en")}`;
}

/** A rules folder that loaded without problems, with the folder it came from. */
export interface RuleDirectory extends RuleFolder {
  readonly dir: string;
}

/** Thrown when a rules folder has problems; `problems` lists all of them, `display` names their files. */
export class RuleDirectoryError extends Error {
  override name = "RuleDirectoryError";
  constructor(
    readonly dir: string,
    readonly problems: readonly RuleProblem[],
    readonly display: (key: string) => string,
  ) {
    super(`${dir}: ${counted(problems.length, texts.problems, "de")} in den Regeldateien / ${counted(problems.length, texts.problems, "en")} in the rule files`);
  }
}

/** Loads a rules folder for use; throws {@link RuleDirectoryError} listing every structural problem. */
export async function loadRuleDirectory(dir: string): Promise<RuleDirectory> {
  const read = await readRuleFolder(dir);
  const loaded = loadRuleFolder(read.files);
  const problems = [...read.unreadable, ...(loaded.status === "invalid" ? loaded.problems : [])];
  if (problems.length > 0 || loaded.status === "invalid") throw new RuleDirectoryError(dir, problems, read.display);
  return { dir, ...loaded.folder };
}
