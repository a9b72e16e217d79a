import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { dataFiles, type LintOptions } from "./rule-folder.js";
import { eligibilityKind, offeringKind } from "./rule-kinds.js";
import { loadRuleSet, MAX_RULE_FILE_BYTES, type InvalidRuleSet, type LoadedRuleSet, type RuleFolderRead } from "./load-rule-set.js";
import { ruleProblem, type RuleProblem } from "./rule-problems.js";

/** A rules folder read from disk: core's folder map, and where on disk each key of it lies. */
export interface RuleFolderOnDisk extends RuleFolderRead {
  /** The rules folder as given. */
  readonly dir: string;
  /** Whether the folder is an offerings folder on its own (its `ruleset.json` says `"kind": "offerings"`). */
  readonly offeringsOnly: boolean;
  /** The file on disk of a key of the map (`data/categories.json` → `<dir>/../data/categories.json`). */
  readonly pathOf: (key: string) => string;
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
    if (size > MAX_RULE_FILE_BYTES) {
      unreadable.push(ruleProblem(key, "", "file-too-large", { size, max: MAX_RULE_FILE_BYTES }));
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
 * Reads a rules folder from disk (`…/rules`, as the repository and the Werkstatt's export lay it out):
 * its JSON files, those of its `offerings/` folder, and the data lists of the `data` folder beside it;
 * an offerings folder (`"kind": "offerings"`) on its own. Files that cannot be read are listed in
 * `unreadable`; a folder that does not exist gives an empty map, which lint reports as a missing
 * `ruleset.json`.
 */
export async function readRuleFolder(dir: string): Promise<RuleFolderOnDisk> {
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
  const pathOf = (key: string): string => {
    const match = folders.find(([prefix]) => key.startsWith(`${prefix}/`) && !key.slice(prefix.length + 1).includes("/"));
    return match ? join(match[1], key.slice(match[0].length + 1)) : join(dir, key);
  };
  return { dir, files, unreadable, offeringsOnly, pathOf };
}

/**
 * Reads a rules folder from disk ({@link readRuleFolder}) and loads it as core's `loadRuleSet` does:
 * linted as `bildungspartner rules lint` lints it (with `faqText`, the FAQ quotes too), loaded only
 * without problems. Its `ruleSet` goes to every evaluator in `ruleSets`.
 */
export async function loadRuleSetFromFolder(dir: string, options: Omit<LintOptions, "unreadable"> = {}): Promise<LoadedRuleSet | InvalidRuleSet> {
  const read = await readRuleFolder(dir);
  return loadRuleSet(read.files, { ...options, unreadable: read.unreadable });
}
