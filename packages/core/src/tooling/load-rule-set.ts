import { strFromU8, unzipSync } from "fflate";
import type { RuleSet } from "../evaluate/rule-set.js";
import type { OfferingRuleSet } from "../offerings/offering-rules.js";
import { lintRuleFolder, loadRuleFolder, type LintOptions, type LintReport, type RuleFolder } from "./rule-folder.js";
import { ruleProblem, type RuleFolderFiles, type RuleProblem } from "./rule-problems.js";

/*
 * A policy maker's changed rules reach an application as a folder on disk, a Werkstatt zip or the files
 * a person picked in the browser. Each becomes core's folder map (`rules/…`, `rules/offerings/…`,
 * `data/…`), which is linted as `bildungspartner rules lint` lints it before any rule of it is used.
 */

/** The largest rule file read, as the CLI reads them: a rule file is a few kilobytes. */
export const MAX_RULE_FILE_BYTES = 5 * 1024 * 1024;
/** The most files a zip of a rule folder may hold: the shipped folder has about fifty. */
export const MAX_RULE_FOLDER_FILES = 1000;

/** A rule folder's files as read, with the files that could not be read. */
export interface RuleFolderRead {
  /** Every JSON file read, by its key in the folder map (`rules/min-duration.json`, `data/categories.json`). */
  readonly files: RuleFolderFiles;
  /** Files that exist but could not be read or parsed, as rule problems of their key. */
  readonly unreadable: readonly RuleProblem[];
}

/** A file as a browser or an archive gives it: its path in the folder and its text. */
export interface RuleFileEntry {
  /** The file's path, e.g. `regeln/rules/min-duration.json` or `rules\\min-duration.json`. */
  readonly path: string;
  /** The file's text (UTF-8). */
  readonly text: string;
}

/** The key of a path in the folder map: from its first `rules/` or `data/` folder on; undefined for other paths. */
function folderKey(path: string): string | undefined {
  if (!path.endsWith(".json")) return undefined;
  const parts = path.replaceAll("\\", "/").split("/");
  const start = parts.findIndex((part) => part === "rules" || part === "data");
  return start < 0 ? undefined : parts.slice(start).join("/");
}

/**
 * Reads picked or unpacked files into core's folder map: JSON files under a `rules/` or `data/`
 * folder, wherever that folder stands in their paths; other files are left out. A file that is not
 * JSON, or larger than {@link MAX_RULE_FILE_BYTES}, is listed as unreadable, as the CLI lists it.
 */
export function ruleFolderFiles(entries: Iterable<RuleFileEntry>): RuleFolderRead {
  const files: Record<string, unknown> = {};
  const unreadable: RuleProblem[] = [];
  for (const { path, text } of entries) {
    const key = folderKey(path);
    if (key === undefined) continue;
    if (text.length > MAX_RULE_FILE_BYTES) {
      unreadable.push(ruleProblem(key, "", "file-too-large", { size: text.length, max: MAX_RULE_FILE_BYTES }));
      continue;
    }
    try {
      files[key] = JSON.parse(text) as unknown;
    } catch (error) {
      unreadable.push(ruleProblem(key, "", "unreadable-json", { reason: (error as Error).message }));
    }
  }
  return { files, unreadable };
}

/**
 * Reads a zip archive of a rule folder (as the Regel-Werkstatt exports it) into core's folder map.
 * Bounded: entries larger than {@link MAX_RULE_FILE_BYTES} unpacked are not unpacked but listed as
 * unreadable, and an archive of more than {@link MAX_RULE_FOLDER_FILES} files, or bytes that are no
 * zip archive, give one unreadable problem for the whole archive (key `""`).
 */
export function unzipRuleFolder(bytes: Uint8Array): RuleFolderRead {
  const tooLarge: RuleProblem[] = [];
  let count = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, {
      filter: (file) => {
        count += 1;
        if (count > MAX_RULE_FOLDER_FILES || folderKey(file.name) === undefined) return false;
        if (file.originalSize > MAX_RULE_FILE_BYTES) {
          tooLarge.push(ruleProblem(folderKey(file.name) ?? file.name, "", "file-too-large", { size: file.originalSize, max: MAX_RULE_FILE_BYTES }));
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    return { files: {}, unreadable: [ruleProblem("", "", "unreadable-json", { reason: (error as Error).message })] };
  }
  if (count > MAX_RULE_FOLDER_FILES) {
    return { files: {}, unreadable: [ruleProblem("", "", "too-many", { maximum: MAX_RULE_FOLDER_FILES })] };
  }
  const read = ruleFolderFiles(Object.entries(unpacked).map(([path, data]) => ({ path, text: strFromU8(data) })));
  return { files: read.files, unreadable: [...tooLarge, ...read.unreadable] };
}

/** A rule set loaded for use: linted without problems. */
export interface LoadedRuleSet {
  readonly status: "loaded";
  /**
   * The criteria's rule set with the folder's data lists: give it (in `ruleSets`) to `evaluate`,
   * `evaluateSync`, `validateForm`, `createRegistrationForm`, `toJSONSchema` and `checkAgreementText`.
   */
  readonly ruleSet: RuleSet;
  /** The offerings' rule set, when the folder has `rules/offerings/`: give it to `offerings`. */
  readonly offerings?: OfferingRuleSet;
  /** The whole folder: example cases, data lists and where they came from. */
  readonly folder: RuleFolder;
  /** What lint checked: files, cases, and whether the FAQ quotes were checked. */
  readonly report: LintReport;
}

/** A rule set that was not loaded, with every problem `bildungspartner rules lint` reports for it. */
export interface InvalidRuleSet {
  readonly status: "invalid";
  readonly problems: readonly RuleProblem[];
  readonly report: LintReport;
}

/**
 * Lints a rule folder map (e.g. from {@link ruleFolderFiles}, {@link unzipRuleFolder} or the `node`
 * entry's `readRuleFolder`: pass their `unreadable` in the options) as `bildungspartner rules lint`
 * does, and loads it only when lint finds nothing: every schema, list, data list, example case and,
 * with `faqText`, every FAQ quote. Problems come back as data, never thrown.
 */
export function loadRuleSet(files: RuleFolderFiles, options: LintOptions = {}): LoadedRuleSet | InvalidRuleSet {
  const report = lintRuleFolder(files, options);
  const loaded = report.problems.length === 0 ? loadRuleFolder(files) : undefined;
  if (loaded?.status !== "loaded") return { status: "invalid", problems: loaded?.problems ?? report.problems, report };
  const { folder } = loaded;
  return { status: "loaded", ruleSet: folder.ruleSet, ...(folder.offerings ? { offerings: folder.offerings } : {}), folder, report };
}
