import type { Condition, FactCondition, OperatorName } from "@bildungspartner/core";
import {
  eligibilityKind,
  emptyRanges,
  factDefinitions,
  factLabel,
  foldCondition,
  monthDayText,
  offeringFactDefinitions,
  offeringKind,
  operatorTable,
  parseMonthDay,
  resolveParameters,
  type CaseResult,
  type EmptyRange,
  type ParameterizedRule,
  type RuleFolderFiles,
} from "./rules-api.js";

/*
 * The editing model of the Werkstatt: a rules folder as its files map, changed one value at a time.
 * Every change goes through a function here that can only write values the rule schema allows (a
 * level, a whole number, a month and day that exist, a non-empty text, a list word of a–z), so the
 * page's controls cannot produce rule data that no longer loads. Pure data in, data out: the page
 * renders it, the unit tests check it.
 */

/** A place inside a JSON file: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** An opened rules folder with the changes made to it. */
export interface Workspace {
  /** Where the folder came from, in words („mitgelieferter Regelsatz“, a file name). */
  readonly source: string;
  /** The folder as opened: what changes are compared against. */
  readonly baseline: RuleFolderFiles;
  /** The folder with every change so far. */
  readonly files: RuleFolderFiles;
  /** Earlier states of `files`, latest last, for „rückgängig“. */
  readonly history: readonly RuleFolderFiles[];
}

/** A workspace on a freshly opened folder, without changes. */
export function openWorkspace(files: RuleFolderFiles, source: string): Workspace {
  return { source, baseline: files, files, history: [] };
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a value is a files map of a rules folder: file paths to JSON, the criteria's manifest among them. */
export function isRuleFolderFiles(value: unknown): value is RuleFolderFiles {
  return isObject(value) && isObject(value["rules/ruleset.json"]);
}

/** The value at `path`, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: JsonPath): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isObject(current) && typeof key === "string") current = current[key];
    else return undefined;
  }
  return current;
}

/** A copy of `value` with `next` at `path`; the parts not on the path are shared, not copied. */
function replaceAt(value: unknown, path: JsonPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === "number" && key >= 0 && key <= value.length) {
    const copy = [...value];
    copy[key] = replaceAt(value[key], rest, next);
    return copy;
  }
  if (isObject(value) && typeof key === "string") return { ...value, [key]: replaceAt(value[key], rest, next) };
  throw new Error(`Pfad ${path.join(".")} passt nicht zur Datei / path does not fit the file`);
}

/** Sets one value of one file, remembering the state before for „rückgängig“. Unchanged values change nothing. */
export function change(workspace: Workspace, file: string, path: JsonPath, value: unknown): Workspace {
  const content = workspace.files[file];
  if (content === undefined) throw new Error(`${file}: keine Datei des Regelordners / not a file of the rules folder`);
  if (sameJson(valueAt(content, path), value)) return workspace;
  return {
    ...workspace,
    files: { ...workspace.files, [file]: replaceAt(content, path, value) },
    history: [...workspace.history, workspace.files],
  };
}

/** The state before the last change; the same workspace when nothing was changed. */
export function undo(workspace: Workspace): Workspace {
  const previous = workspace.history.at(-1);
  return previous === undefined ? workspace : { ...workspace, files: previous, history: workspace.history.slice(0, -1) };
}

/** Whether two JSON values are equal (same keys, same values, arrays in the same order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}

/** The files that differ from the folder as opened, sorted by path. */
export function changedFiles(workspace: Workspace): string[] {
  return Object.keys(workspace.files)
    .filter((file) => !sameJson(workspace.files[file], workspace.baseline[file]))
    .sort();
}

/** One rule of the folder as the page lists it. */
export interface RuleEntry {
  readonly kind: "criteria" | "offerings";
  readonly id: string;
  /** Key of the rule file in the files map (`rules/min-duration.json`). */
  readonly file: string;
  /** Key of its example cases (`rules/min-duration.cases.json`), whether or not the folder has them. */
  readonly caseFile: string;
  /** The rule file's content. */
  readonly rule: JsonObject;
}

/** Core's two kinds by the names the Werkstatt keeps them under; their folders, lists and statuses are the kinds' own. */
export const kinds = { criteria: eligibilityKind, offerings: offeringKind } as const;

/** The rules each manifest lists, in its order, that have a rule file: criteria first, then offerings. */
export function ruleEntries(files: RuleFolderFiles): RuleEntry[] {
  return (Object.keys(kinds) as Array<keyof typeof kinds>).flatMap((kind) => {
    const { folder, list } = kinds[kind];
    const dir = `${folder}/`;
    const ids = valueAt(files[`${dir}ruleset.json`], [list]);
    if (!Array.isArray(ids)) return [];
    return ids.flatMap((id): RuleEntry[] => {
      const file = `${dir}${String(id)}.json`;
      const rule = files[file];
      return typeof id === "string" && isObject(rule) ? [{ kind, id, file, caseFile: `${dir}${id}.cases.json`, rule }] : [];
    });
  });
}

/** A number of a rule that a policy maker may set: a named parameter, or a number written into a condition. */
export interface Threshold {
  /** Path of the value in the rule file (`["parameters", "months", "value"]`, `["conditions", "any", 1, "value"]`). */
  readonly path: JsonPath;
  /** The number, a day and month as MMDD (930 is 30 September). */
  readonly value: number;
  /** `month-day` values are days of the year: a parameter writes them „30.09.“, a condition MMDD. */
  readonly format: "number" | "month-day";
  /** What the number is, in German: the parameter's title, or the fact a condition compares. */
  readonly label: string;
  /** The fact and operator of a condition's number; a parameter has neither. */
  readonly fact?: string;
  readonly operator?: OperatorName;
}

/** An operator a threshold control can set: one that compares a single value (not a list) with a scalar fact. */
const takesOneNumber = (operator: OperatorName) => operatorTable[operator].operands.fact !== "list" && operatorTable[operator].operands.value !== "list";
const formats = new Map<string, "month-day" | undefined>(
  [...factDefinitions, ...offeringFactDefinitions].map((fact) => [fact.name, "format" in fact ? fact.format : undefined]),
);

/** A rule's parameters, in the order the file lists them. */
function parameterThresholds(parameters: unknown): Threshold[] {
  if (!isObject(parameters)) return [];
  return Object.entries(parameters).flatMap(([name, parameter]): Threshold[] => {
    const value = valueAt(parameter, ["value"]);
    const day = typeof value === "string" ? parseMonthDay(value) : null;
    const label = String(valueAt(parameter, ["title", "de"]) ?? name);
    if (typeof value === "number") return [{ path: ["parameters", name, "value"], value, format: "number", label }];
    return day === null ? [] : [{ path: ["parameters", name, "value"], value: day, format: "month-day", label }];
  });
}

/** Every number a rule may have set: its parameters, then the numbers its conditions compare with, in the order they read. */
export function thresholds(rule: unknown): Threshold[] {
  const conditions = valueAt(rule, ["conditions"]);
  const literal = !isObject(conditions)
    ? []
    : foldCondition<string, Threshold[]>(conditions as unknown as Condition<string>, {
        fact: (condition: FactCondition<string>, path) => {
          if (typeof condition.value !== "number" || !Object.hasOwn(operatorTable, condition.operator) || !takesOneNumber(condition.operator)) return [];
          const steps = path === "" ? [] : path.split(".").map((step) => (/^\d+$/.test(step) ? Number(step) : step));
          return [
            {
              path: ["conditions", ...steps, "value"],
              fact: condition.fact,
              operator: condition.operator as OperatorName,
              value: condition.value,
              format: formats.get(condition.fact) ?? "number",
              label: factLabel(condition.fact),
            },
          ];
        },
        all: (parts) => parts.flat(),
        any: (parts) => parts.flat(),
        not: (inner) => inner,
      });
  return [...parameterThresholds(valueAt(rule, ["parameters"])), ...literal];
}

/** The JSON a threshold is written as: a parameter's day as „30.09.“, every other value as the number. */
export function thresholdJson(threshold: Threshold, value: number): number | string {
  return threshold.format === "month-day" && threshold.path[0] === "parameters" ? monthDayText(value) : value;
}

/**
 * The range a threshold's new value would leave without any value (a school-year window from 01.10.
 * to a cut-off of 30.09.), as core's lint finds it; undefined when the rule still admits a value there.
 */
export function rangeEmptiedBy(rule: unknown, threshold: Threshold, value: number): EmptyRange | undefined {
  const next = resolveParameters(replaceAt(rule, threshold.path, thresholdJson(threshold, value)) as ParameterizedRule);
  const conditions = valueAt(next, ["conditions"]);
  return isObject(conditions) ? emptyRanges(conditions as unknown as Condition<string>)[0] : undefined;
}

/** An operator's word, as the threshold controls name it („mindestens“); the operator's name for one core does not know. */
export function operatorWord(operator: string): string {
  return Object.hasOwn(operatorTable, operator) ? operatorTable[operator as OperatorName].word.de : operator;
}

/** Days of each month a cut-off can fall on (29 February included: the cut-off is a day of any year). */
const monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days month `month` (1–12) can have. */
export function daysInMonth(month: number): number {
  return monthLengths[month - 1] ?? 31;
}

/** A month-day number as day and month: 930 → { day: 30, month: 9 }. */
export function monthDayParts(value: number): { readonly day: number; readonly month: number } {
  return { day: value % 100, month: Math.floor(value / 100) };
}

/** Day and month as a month-day number, the day moved into the month where it would not exist (31.09. → 30.09.). */
export function monthDayValue(day: number, month: number): number {
  const m = Math.min(12, Math.max(1, Math.trunc(month)));
  const d = Math.min(daysInMonth(m), Math.max(1, Math.trunc(day)));
  return m * 100 + d;
}

/** A whole number from 0 that a threshold control accepts, or undefined for anything else. */
export function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** A rule set version as the manifest schema takes it (1.2.3), or undefined. */
export function versionText(text: string): string | undefined {
  const trimmed = text.trim();
  return /^\d+\.\d+\.\d+$/.test(trimmed) ? trimmed : undefined;
}

/**
 * The FAQ's words that fix a criterion as a Muss-Kriterium: something is „nicht möglich“, or „muss“
 * be. A criterion whose source quote says so departs from the FAQ as a Soll-Kriterium.
 */
const FAQ_MUST = /nicht möglich|(?<![\p{L}-])(?:muss|müssen)(?![\p{L}-])/u;

/** The source quote of a rule when it fixes the rule as a Muss-Kriterium (see above); else undefined. */
export function faqMustQuote(rule: unknown): string | undefined {
  const quote = valueAt(rule, ["source", "quote"]);
  return typeof quote === "string" && FAQ_MUST.test(quote) ? quote : undefined;
}

/** A criterion made a Soll-Kriterium though the FAQ fixes it as a Muss-Kriterium. */
export interface FaqDeparture {
  readonly file: string;
  readonly title: string;
  readonly quote: string;
}

/** Every criterion whose level departs from what the FAQ fixes, in the manifest's order. */
export function faqDepartures(files: RuleFolderFiles): FaqDeparture[] {
  return ruleEntries(files).flatMap((entry): FaqDeparture[] => {
    const quote = faqMustQuote(entry.rule);
    if (entry.kind !== "criteria" || entry.rule.level !== "should" || quote === undefined) return [];
    return [{ file: entry.file, title: String(valueAt(entry.rule, ["title", "de"]) ?? entry.id), quote }];
  });
}

/** Compares two versions 1.2.3 part by part, as numbers: negative when `a` is lower, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The next minor version (1.0.0 → 1.1.0), the step a changed rule set usually takes. */
export function nextVersion(version: string): string {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return `${major}.${minor + 1}.0`;
}

/** The rule sets of a folder: each manifest, its name on the page, and which files belong to it. */
export const manifests = [
  { file: "rules/offerings/ruleset.json", name: "Angebote", owns: (file: string) => file.startsWith("rules/offerings/") },
  // The data lists travel with the criteria's rule set.
  { file: "rules/ruleset.json", name: "Kriterien", owns: (file: string) => !file.startsWith("rules/offerings/") },
] as const;

/** Whether two states of a folder differ at most in their rule sets' version numbers, which decide nothing. */
export function differOnlyInVersions(a: RuleFolderFiles, b: RuleFolderFiles): boolean {
  const withoutVersion = (content: unknown) => (isObject(content) ? { ...content, version: undefined } : content);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every(
    (file) => a[file] === b[file] || (manifests.some((m) => m.file === file) && sameJson(withoutVersion(a[file]), withoutVersion(b[file]))),
  );
}

/** A rule set that changed while its version did not rise above the version as opened. */
export interface VersionDue {
  readonly manifest: string;
  readonly name: string;
  readonly opened: string;
  readonly now: string;
}

/**
 * Every rule set with a changed file whose version is not higher than when it was opened: a changed
 * rule set under an old version number would stand for two different sets of rules.
 */
export function versionsDue(workspace: Workspace): VersionDue[] {
  const changed = changedFiles(workspace);
  return manifests.flatMap((manifest): VersionDue[] => {
    if (workspace.files[manifest.file] === undefined || !changed.some(manifest.owns)) return [];
    const opened = String(valueAt(workspace.baseline[manifest.file], ["version"]) ?? "0.0.0");
    const now = String(valueAt(workspace.files[manifest.file], ["version"]) ?? "0.0.0");
    return compareVersions(now, opened) > 0 ? [] : [{ manifest: manifest.file, name: manifest.name, opened, now }];
  });
}

/** A calendar date written YYYY-MM-DD that exists, or undefined. */
export function isoDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text.trim() ? text.trim() : undefined;
}

/**
 * The earliest day the rule set may start: its rules' own `validFrom`, since a rule set that starts
 * before one of its rules would apply it before it exists (`rules lint` reports that).
 */
export function earliestValidFrom(files: RuleFolderFiles): string {
  return ruleEntries(files)
    .map((entry) => entry.rule.validFrom)
    .filter((date): date is string => typeof date === "string")
    .reduce((latest, date) => (date > latest ? date : latest), "1970-01-01");
}

/** A text for a title, message or note: trimmed, and undefined when empty (the schema needs text). */
export function requiredText(text: string): string | undefined {
  return text.trim() === "" ? undefined : text.trim();
}

/** A role-mailbox word as it is compared: lower case, umlauts spelled out; undefined unless only a–z remain. */
export function mailboxWord(text: string): string | undefined {
  const word = text
    .trim()
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
  return /^[a-z]+$/.test(word) ? word : undefined;
}

/** An id for a new list entry from its German label: „Förderschule“ → `foerderschule`. */
export function entryId(label: string): string | undefined {
  const id = label
    .trim()
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z][a-z0-9-]*$/.test(id) ? id : undefined;
}

const roleMailboxFile = "data/role-mailboxes.json";
const schoolTypeFile = "data/school-types.json";

/** Adds a role-mailbox word; the same workspace when the word is not one of a–z or is listed already. */
export function addMailboxWord(workspace: Workspace, text: string): Workspace {
  const word = mailboxWord(text);
  const words = valueAt(workspace.files[roleMailboxFile], ["localParts"]);
  if (word === undefined || !Array.isArray(words) || words.includes(word)) return workspace;
  return change(workspace, roleMailboxFile, ["localParts"], [...words, word]);
}

/** Removes a role-mailbox word, and with it its mark as a surname (which must name a listed word). */
export function removeMailboxWord(workspace: Workspace, word: string): Workspace {
  const content = workspace.files[roleMailboxFile];
  const words = valueAt(content, ["localParts"]);
  const surnames = valueAt(content, ["alsoSurnames"]);
  if (!Array.isArray(words) || !isObject(content)) return workspace;
  return change(workspace, roleMailboxFile, [], {
    ...content,
    localParts: words.filter((w) => w !== word),
    ...(Array.isArray(surnames) ? { alsoSurnames: surnames.filter((w) => w !== word) } : {}),
  });
}

/** Marks a listed role-mailbox word as also a surname, or not. */
export function setAlsoSurname(workspace: Workspace, word: string, surname: boolean): Workspace {
  const content = workspace.files[roleMailboxFile];
  const words = valueAt(content, ["localParts"]);
  const surnames = valueAt(content, ["alsoSurnames"]);
  if (!Array.isArray(words) || !words.includes(word) || !Array.isArray(surnames)) return workspace;
  const next = surnames.filter((w) => w !== word);
  return change(workspace, roleMailboxFile, ["alsoSurnames"], surname ? [...next, word] : next);
}

/** The ids a list's entries have (`schoolTypes`, `categories`). */
function entryIds(content: unknown, key: string): string[] {
  const list = valueAt(content, [key]);
  return Array.isArray(list) ? list.map((entry) => valueAt(entry, ["id"])).filter((id): id is string => typeof id === "string") : [];
}

/** Adds a school type named by its German and English label; the same workspace when either is empty or its id is taken. */
export function addSchoolType(workspace: Workspace, de: string, en: string): Workspace {
  const id = entryId(de);
  const label = { de: requiredText(de), en: requiredText(en) };
  const list = valueAt(workspace.files[schoolTypeFile], ["schoolTypes"]);
  if (id === undefined || label.de === undefined || label.en === undefined || !Array.isArray(list)) return workspace;
  if (entryIds(workspace.files[schoolTypeFile], "schoolTypes").includes(id)) return workspace;
  return change(workspace, schoolTypeFile, ["schoolTypes"], [...list, { id, label }]);
}

const categoryFile = "data/categories.json";

/** Whether a non-municipal partner of a kind needs a municipal third partner: yes, no, or the programme office decides. */
export type ThirdPartnerNeeded = boolean | "review";

/** A new kind of partner as a policy maker describes it. */
export interface NewCategory {
  readonly label: { readonly de: string; readonly en: string };
  readonly inProgramme: boolean;
  readonly needed: ThirdPartnerNeeded;
  /** Why that reading, in both languages. */
  readonly reason: { readonly de: string; readonly en: string };
  /** Where it is written: the quoted words and their address. */
  readonly source: { readonly quote: string; readonly url: string };
}

/**
 * Whether an entry of a list (kinds of partner, school types) other than the one at `index` already has
 * `text` as its label in `lang`, case and surrounding spaces ignored: two entries with one label could
 * not be told apart in a form.
 */
export function labelTaken(list: readonly unknown[], index: number, lang: "de" | "en", text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return list.some((entry, i) => {
    const label = valueAt(entry, ["label", lang]);
    return i !== index && typeof label === "string" && label.trim().toLowerCase() === wanted;
  });
}

/**
 * Adds a kind of partner, before „other“ (which stays last); the same workspace when a text is empty,
 * the address is not a web address, or its id or German label is taken (two kinds with one label
 * could not be told apart in a form).
 */
export function addCategory(workspace: Workspace, category: NewCategory): Workspace {
  const id = entryId(category.label.de);
  const texts = [category.label.de, category.label.en, category.reason.de, category.reason.en, category.source.quote].map(requiredText);
  const list = valueAt(workspace.files[categoryFile], ["categories"]);
  if (id === undefined || texts.some((t) => t === undefined) || !/^https?:\/\/\S+$/.test(category.source.url.trim()) || !Array.isArray(list)) return workspace;
  const [de, en, reasonDe, reasonEn, quote] = texts as string[];
  if (list.some((c) => valueAt(c, ["id"]) === id) || labelTaken(list, -1, "de", de!)) return workspace;
  const entry = {
    id,
    inProgramme: category.inProgramme,
    label: { de, en },
    thirdPartner: { needed: category.needed, reason: { de: reasonDe, en: reasonEn }, source: { url: category.source.url.trim(), quote } },
  };
  const other = list.findIndex((c) => (c as { id?: unknown }).id === "other");
  const at = other < 0 ? list.length : other;
  return change(workspace, categoryFile, ["categories"], [...list.slice(0, at), entry, ...list.slice(at)]);
}

/** The values every rule's conditions compare `fact` with: a list entry they name cannot be removed. */
export function valuesInConditions(files: RuleFolderFiles, fact: string): Set<string> {
  const values = new Set<string>();
  for (const entry of ruleEntries(files)) {
    if (!isObject(entry.rule.conditions)) continue;
    foldCondition<string, void>(entry.rule.conditions as unknown as Condition<string>, {
      fact: (condition) => {
        if (condition.fact !== fact) return;
        for (const value of Array.isArray(condition.value) ? condition.value : [condition.value]) if (typeof value === "string") values.add(value);
      },
      all: () => undefined,
      any: () => undefined,
      not: () => undefined,
    });
  }
  return values;
}

/** Removes a school type; the same workspace when a rule's conditions name it (they would compare with an unknown value). */
export function removeSchoolType(workspace: Workspace, id: string): Workspace {
  const list = valueAt(workspace.files[schoolTypeFile], ["schoolTypes"]);
  if (!Array.isArray(list) || valuesInConditions(workspace.files, "school.type").has(id)) return workspace;
  return change(
    workspace,
    schoolTypeFile,
    ["schoolTypes"],
    list.filter((entry) => valueAt(entry, ["id"]) !== id),
  );
}


/** The example cases whose rule now gives another result than the case file expects. */
export function changedCases(results: readonly CaseResult[]): CaseResult[] {
  return results.filter((result) => result.actual !== result.expected);
}

/**
 * Takes a case's new result as its expectation (writes `expected` into the case file). The same
 * workspace when the result is no status a case may expect (an input the rules cannot read).
 */
export function acceptCase(workspace: Workspace, result: CaseResult): Workspace {
  if (!(kinds[result.kind].statuses as readonly string[]).includes(result.actual)) return workspace;
  return change(workspace, result.file, ["cases", result.index, "expected"], result.actual);
}
