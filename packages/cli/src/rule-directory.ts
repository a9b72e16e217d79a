import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import {
  categories as builtInCategories,
  loadRuleSet,
  roleMailboxes as builtInRoleMailboxes,
  ruleCaseFileProblems,
  ruleSetProblems,
  schoolTypes as builtInSchoolTypes,
  type Category,
  type CriterionId,
  type OfficialMailboxDomain,
  type RuleCaseFile,
  type RuleFileProblem,
  type RuleSet,
  type SchoolType,
} from "@bildungspartner/core";
import { MAX_FILE_BYTES } from "./files.js";
import { UsageError } from "./io.js";

/*
 * Reading rule folders from disk lives here, in the CLI, so that core stays free of node:fs and runs
 * in browsers. Core validates what is read.
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

/** A file of a rules folder as the user can open it: relative to the current folder when inside it. */
export function displayPath(dir: string, file: string): string {
  const full = join(dir, file);
  const fromHere = relative(process.cwd(), full);
  return fromHere === "" || fromHere.startsWith("..") ? full : fromHere;
}

/** The data lists beside a rules folder (`../data/*.json`). */
export interface DataLists {
  readonly categories: readonly Category[];
  readonly schoolTypes: readonly SchoolType[];
  readonly roleMailboxes: {
    readonly localParts: readonly string[];
    readonly alsoSurnames: readonly string[];
    readonly officialDomains: readonly OfficialMailboxDomain[];
  };
}

/** Files of a data folder, with the key of the list each holds. */
const dataFiles = {
  categories: { file: "categories.json", key: "categories" },
  schoolTypes: { file: "school-types.json", key: "schoolTypes" },
  roleMailboxes: { file: "role-mailboxes.json", key: "" },
} as const;

/** A rules folder as read from disk: parsed JSON by file name, and files that could not be read. */
export interface RawRuleDirectory {
  /** The folder as given. */
  readonly dir: string;
  /** `ruleset.json`, parsed; `undefined` when absent or unreadable. */
  readonly manifest: unknown;
  /** Rule files (`<id>.json`), parsed, by file name. */
  readonly ruleFiles: Readonly<Record<string, unknown>>;
  /** Example-case files (`<id>.cases.json`), parsed, by file name. */
  readonly caseFiles: Readonly<Record<string, unknown>>;
  /** The data folder beside the rules folder, if there is one. */
  readonly dataDir: string | undefined;
  /** Data files, parsed, by list; absent when the file is. */
  readonly data: Partial<Record<keyof typeof dataFiles, unknown>>;
  /** Files that exist but could not be read or parsed. Paths are relative to the rules folder's parent. */
  readonly unreadable: readonly RuleFileProblem[];
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readJson(path: string, problems: RuleFileProblem[], file: string): Promise<unknown> {
  try {
    // A rule file is a few kilobytes; a huge one is a mistake (or an attack), not read into memory.
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) {
      problems.push({ file, path: "", detail: `Datei zu groß (${size} Bytes, höchstens ${MAX_FILE_BYTES}) / file too large (at most ${MAX_FILE_BYTES} bytes)` });
      return undefined;
    }
    return JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    problems.push({ file, path: "", detail: `Kein gültiges JSON oder nicht lesbar (${reason}) / not valid JSON or unreadable` });
    return undefined;
  }
}

/**
 * Reads every JSON file of a rules folder and of the `data` folder beside it, without judging them.
 * Throws a usage error when the folder does not exist.
 */
export async function readRuleDirectory(dir: string): Promise<RawRuleDirectory> {
  if (!(await isDirectory(dir))) throw new UsageError(`${dir}: kein Ordner / not a folder`);
  const unreadable: RuleFileProblem[] = [];
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  const ruleFiles: Record<string, unknown> = {};
  const caseFiles: Record<string, unknown> = {};
  let manifest: unknown;
  for (const name of names) {
    const content = await readJson(join(dir, name), unreadable, name);
    if (content === undefined) continue;
    if (name === "ruleset.json") manifest = content;
    else if (name.endsWith(".cases.json")) caseFiles[name] = content;
    else ruleFiles[name] = content;
  }
  const dataDir = join(dir, "..", "data");
  const data: Partial<Record<keyof typeof dataFiles, unknown>> = {};
  const hasData = await isDirectory(dataDir);
  if (hasData) {
    for (const [list, { file }] of Object.entries(dataFiles) as Array<[keyof typeof dataFiles, { file: string }]>) {
      const path = join(dataDir, file);
      if (!(await stat(path).catch(() => undefined))) continue;
      const content = await readJson(path, unreadable, `../data/${file}`);
      if (content !== undefined) data[list] = content;
    }
  }
  return { dir, manifest, ruleFiles, caseFiles, dataDir: hasData ? dataDir : undefined, data, unreadable };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const hasText = (value: unknown): boolean => typeof value === "string" && value.trim().length > 0;

function labelProblems(file: string, path: string, label: unknown): RuleFileProblem[] {
  if (!isObject(label)) return [{ file, path, detail: "Bezeichnung fehlt / label is missing" }];
  return [
    ...(hasText(label.de) ? [] : [{ file, path: `${path}.de`, detail: "Deutscher Text fehlt / German text is missing" }]),
    ...(hasText(label.en) ? [] : [{ file, path: `${path}.en`, detail: "Englischer Text fehlt / English text is missing" }]),
  ];
}

/** Problems of a list of `{ id, label }` entries: ids present and unique, labels in both languages. */
function entryListProblems(file: string, key: string, content: unknown, extra: (entry: Record<string, unknown>, path: string) => RuleFileProblem[]): RuleFileProblem[] {
  const list = isObject(content) ? content[key] : undefined;
  if (!Array.isArray(list)) return [{ file, path: key, detail: "Liste fehlt / list is missing" }];
  const seen = new Set<unknown>();
  return list.flatMap((entry: unknown, index): RuleFileProblem[] => {
    const path = `${key}.${index}`;
    if (!isObject(entry)) return [{ file, path, detail: "Eintrag ist kein Objekt / entry is not an object" }];
    const problems: RuleFileProblem[] = [];
    if (typeof entry.id !== "string" || !/^[a-z][a-z0-9-]*$/.test(entry.id)) {
      problems.push({ file, path: `${path}.id`, detail: "Kennung aus a–z, 0–9 und - nötig / id of a–z, 0–9 and - needed" });
    } else if (seen.has(entry.id)) {
      problems.push({ file, path: `${path}.id`, detail: `Kennung ${entry.id} doppelt / id used twice` });
    }
    seen.add(entry.id);
    return [...problems, ...labelProblems(file, `${path}.label`, entry.label), ...extra(entry, path)];
  });
}

/**
 * Problems of a category's third-partner reading: `needed` true or false, the reason in both
 * languages, and the public page it rests on (an http(s) address, a quote only as non-empty text).
 */
function thirdPartnerProblems(file: string, path: string, reading: unknown): RuleFileProblem[] {
  if (!isObject(reading)) {
    return [{ file, path, detail: "Angabe fehlt, ob ein nicht kommunaler Partner dieser Art einen weiteren, kommunalen Partner braucht / third-partner reading is missing" }];
  }
  const source = reading.source;
  const url = isObject(source) ? source.url : undefined;
  return [
    ...(typeof reading.needed === "boolean" ? [] : [{ file, path: `${path}.needed`, detail: "true oder false nötig / true or false needed" }]),
    ...labelProblems(file, `${path}.reason`, reading.reason),
    ...(typeof url === "string" && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)
      ? []
      : [{ file, path: `${path}.source.url`, detail: "Adresse der Quelle (http oder https) nötig / the source's http(s) address is needed" }]),
    ...(isObject(source) && source.quote !== undefined && !hasText(source.quote)
      ? [{ file, path: `${path}.source.quote`, detail: "Zitat leer: weglassen oder wörtlich angeben / empty quote: leave it out or quote verbatim" }]
      : []),
  ];
}

/** Role words that are also surnames: a list of words of `localParts`, else they never apply. */
function alsoSurnameProblems(file: string, content: unknown): RuleFileProblem[] {
  if (!isObject(content)) return [];
  const surnames = content.alsoSurnames;
  if (!Array.isArray(surnames)) return [{ file, path: "alsoSurnames", detail: "Liste fehlt / list is missing" }];
  const words = new Set(Array.isArray(content.localParts) ? content.localParts : []);
  return surnames.flatMap((word: unknown, index): RuleFileProblem[] =>
    words.has(word)
      ? []
      : [{ file, path: `alsoSurnames.${index}`, detail: `"${String(word)}" steht nicht in localParts / is not one of the localParts` }],
  );
}

/**
 * Problems of the data lists: entries with ids and both labels, no id twice, each category's
 * third-partner reading, and role-mailbox words written the way they are compared (lower case,
 * umlauts as ae/oe/ue/ss), else they never match, with the surnames among them (`alsoSurnames`).
 */
export function dataListProblems(data: RawRuleDirectory["data"]): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  if (data.categories !== undefined) {
    problems.push(
      ...entryListProblems("../data/categories.json", "categories", data.categories, (entry, path) => [
        ...(typeof entry.inProgramme === "boolean"
          ? []
          : [{ file: "../data/categories.json", path: `${path}.inProgramme`, detail: "true oder false nötig / true or false needed" }]),
        ...thirdPartnerProblems("../data/categories.json", `${path}.thirdPartner`, entry.thirdPartner),
      ]),
    );
  }
  if (data.schoolTypes !== undefined) {
    problems.push(...entryListProblems("../data/school-types.json", "schoolTypes", data.schoolTypes, () => []));
  }
  if (data.roleMailboxes !== undefined) {
    const file = "../data/role-mailboxes.json";
    const content = data.roleMailboxes;
    const words = isObject(content) ? content.localParts : undefined;
    if (!Array.isArray(words)) problems.push({ file, path: "localParts", detail: "Liste fehlt / list is missing" });
    else {
      const seen = new Set<unknown>();
      words.forEach((word: unknown, index) => {
        if (typeof word !== "string" || !/^[a-z]+$/.test(word)) {
          problems.push({
            file,
            path: `localParts.${index}`,
            detail: `"${String(word)}": nur Kleinbuchstaben a–z, Umlaute als ae, oe, ue, ss (z. B. "buero") / lower-case a–z only, umlauts spelled out`,
          });
        } else if (seen.has(word)) problems.push({ file, path: `localParts.${index}`, detail: `"${word}" doppelt / listed twice` });
        seen.add(word);
      });
    }
    problems.push(...alsoSurnameProblems(file, content));
    const domains = isObject(content) ? content.officialDomains : undefined;
    if (!Array.isArray(domains)) problems.push({ file, path: "officialDomains", detail: "Liste fehlt / list is missing" });
    else {
      domains.forEach((entry: unknown, index) => {
        const path = `officialDomains.${index}`;
        if (!isObject(entry) || typeof entry.domain !== "string" || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(entry.domain)) {
          problems.push({ file, path: `${path}.domain`, detail: "Domain wie schule.nrw.de nötig / a domain like schule.nrw.de is needed" });
          return;
        }
        if (!Number.isInteger(entry.localPartDigits) || (entry.localPartDigits as number) < 1) {
          problems.push({ file, path: `${path}.localPartDigits`, detail: "Ganze Zahl ab 1 nötig / whole number from 1 needed" });
        }
        problems.push(...labelProblems(file, `${path}.label`, entry.label));
      });
    }
  }
  return problems;
}

/** A rules folder that loaded without problems: the rule set, its example cases and its data lists. */
export interface RuleDirectory {
  readonly dir: string;
  readonly ruleSet: RuleSet;
  /** Example cases by criterion, as far as the folder has them (the linter demands them). */
  readonly cases: ReadonlyMap<CriterionId, RuleCaseFile>;
  /** The folder's data lists, or the ones built into core where the folder has none. */
  readonly data: DataLists;
  /** Whether `data` came from the folder (else: built into core). */
  readonly dataFromFolder: { readonly [K in keyof DataLists]: boolean };
}

/** Thrown when a rules folder has problems; `problems` lists all of them. */
export class RuleDirectoryError extends Error {
  override name = "RuleDirectoryError";
  constructor(
    readonly dir: string,
    readonly problems: readonly RuleFileProblem[],
  ) {
    super(`${dir}: ${problems.length} Problem(e) in den Regeldateien / problem(s) in the rule files`);
  }
}

/**
 * The structural problems of a folder read from disk: unreadable files, the rule set and every rule
 * file, the example-case files, and the data lists. (The linter adds checks beyond these.)
 */
export function structuralProblems(raw: RawRuleDirectory): RuleFileProblem[] {
  return [...ruleFolderProblems(raw, ruleSetProblems, ruleCaseFileProblems), ...dataListProblems(raw.data)];
}

/**
 * Unreadable files, the manifest with every rule file it lists, and every example-case file, each
 * checked by the functions of the folder's kind (criteria or offerings).
 */
export function ruleFolderProblems(
  raw: RawRuleDirectory,
  setProblems: (manifest: unknown, files: Readonly<Record<string, unknown>>) => RuleFileProblem[],
  caseFileProblems: (file: string, content: unknown) => RuleFileProblem[],
): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [...raw.unreadable];
  const unreadable = new Set(raw.unreadable.map((p) => p.file));
  if (raw.manifest === undefined && !unreadable.has("ruleset.json")) {
    problems.push({ file: "ruleset.json", path: "", detail: "Datei fehlt / file is missing" });
  } else if (raw.manifest !== undefined) {
    // An unreadable rule file is reported once, not again as missing.
    problems.push(...setProblems(raw.manifest, raw.ruleFiles).filter((p) => !unreadable.has(p.file)));
  }
  for (const [file, content] of Object.entries(raw.caseFiles)) problems.push(...caseFileProblems(file, content));
  return problems;
}

/** Loads a rules folder for use; throws {@link RuleDirectoryError} listing every structural problem. */
export async function loadRuleDirectory(dir: string): Promise<RuleDirectory> {
  const raw = await readRuleDirectory(dir);
  const problems = structuralProblems(raw);
  if (problems.length > 0) throw new RuleDirectoryError(dir, problems);
  const ruleSet = loadRuleSet(raw.manifest, raw.ruleFiles);
  const cases = new Map<CriterionId, RuleCaseFile>();
  for (const content of Object.values(raw.caseFiles)) {
    const file = content as RuleCaseFile;
    cases.set(file.criterion, file);
  }
  const lists = raw.data as { categories?: { categories: Category[] }; schoolTypes?: { schoolTypes: SchoolType[] }; roleMailboxes?: DataLists["roleMailboxes"] };
  return {
    dir,
    ruleSet,
    cases,
    data: {
      categories: lists.categories?.categories ?? builtInCategories,
      schoolTypes: lists.schoolTypes?.schoolTypes ?? builtInSchoolTypes,
      roleMailboxes: lists.roleMailboxes ?? builtInRoleMailboxes,
    },
    dataFromFolder: {
      categories: lists.categories !== undefined,
      schoolTypes: lists.schoolTypes !== undefined,
      roleMailboxes: lists.roleMailboxes !== undefined,
    },
  };
}
