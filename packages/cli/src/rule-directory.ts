import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { RuleProblem } from "@bildungspartner/core";
import { readRuleFolder as readFolderFromDisk, type RuleFolderOnDisk } from "@bildungspartner/core/node";
import { loadRuleFolder, ruleProblemMessage, type RuleFolder } from "@bildungspartner/core/rules";
import { UsageError } from "./io.js";
import { counted, texts } from "./messages.js";

/*
 * Core's `node` entry reads a folder from disk into its folder map (`rules/…`, `rules/offerings/…`,
 * `data/…`); here the CLI adds what a command line needs: a usage error for a missing folder, paths
 * shown as the user can open them, and errors that list every problem.
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

/** A rules folder read from disk as core's folder map (core's `RuleFolderOnDisk`), with its keys shown as the user can open them. */
export interface ReadFolder extends Omit<RuleFolderOnDisk, "pathOf"> {
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

/**
 * Reads a rules folder from disk as core's `readRuleFolder` does (its JSON files, its `offerings/`,
 * the `data` folder beside it). Throws a usage error when the folder does not exist.
 */
export async function readRuleFolder(dir: string): Promise<ReadFolder> {
  if (!(await isDirectory(dir))) throw new UsageError(`${dir}: kein Ordner / not a folder`);
  const read = await readFolderFromDisk(dir);
  return { dir, files: read.files, unreadable: read.unreadable, offeringsOnly: read.offeringsOnly, display: (key) => shown(read.pathOf(key)) };
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
