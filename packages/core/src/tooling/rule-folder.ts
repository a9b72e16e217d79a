import { operatorTable, wholeNumberEdges, type OperatorName } from "../evaluate/operators.js";
import { foldCondition } from "../evaluate/condition.js";
import type { Category, SchoolType } from "../application/data.js";
import type { LocalizedText } from "../lang.js";
import type { OfferingRuleSet } from "../offerings/offering-rules.js";
import type { Condition } from "../evaluate/rule-file.js";
import { caseProblems, MANIFEST_FILE, parseRule, ruleProblems, rulesProblems, type RuleCaseFile } from "./rule-loading.js";
import { eligibilityKind, offeringKind, ruleKinds, shippedDataLists, type AnyRuleKind, type AnyRuleSet, type DataLists } from "./rule-kinds.js";
import { faqQuoteProblems, ruleProblem, type RuleFolderFiles, type RuleProblem } from "./rule-problems.js";
import type { RuleSet } from "../evaluate/rule-set.js";
import { isRecord } from "../json.js";
import { textProblems, type CheckedRule } from "./text-checks.js";
import { monthDayText } from "./rule-prose.js";

/*
 * A rules folder as data (a map of paths to parsed JSON), checked, loaded and its example cases run:
 * the work of `bildungspartner rules lint` without a file system, so it runs in a browser too.
 */

/** The files of the data lists in a {@link RuleFolderFiles} map, with the key of the list each holds. */
export const dataFiles = {
  categories: { file: "data/categories.json", key: "categories" },
  schoolTypes: { file: "data/school-types.json", key: "schoolTypes" },
  roleMailboxes: { file: "data/role-mailboxes.json", key: "" },
} as const;

/** One kind's files in a folder map, by name inside the kind's folder (`min-duration.json`). */
interface KindFiles {
  /** Whether the map has any file of the kind. */
  readonly present: boolean;
  readonly manifest: unknown;
  readonly ruleFiles: Readonly<Record<string, unknown>>;
  readonly caseFiles: Readonly<Record<string, unknown>>;
}

function kindFiles(files: RuleFolderFiles, kind: AnyRuleKind): KindFiles {
  const prefix = `${kind.folder}/`;
  const ruleFiles: Record<string, unknown> = {};
  const caseFiles: Record<string, unknown> = {};
  let manifest: unknown;
  let present = false;
  for (const [key, content] of Object.entries(files)) {
    const name = key.startsWith(prefix) ? key.slice(prefix.length) : "";
    if (name === "" || name.includes("/") || !name.endsWith(".json")) continue;
    present = true;
    if (name === MANIFEST_FILE) manifest = content;
    else if (name.endsWith(".cases.json")) caseFiles[name] = content;
    else ruleFiles[name] = content;
  }
  return { present, manifest, ruleFiles, caseFiles };
}

/** A problem found by the generic checks, which name files inside the kind's folder, with its key in the map. */
const inFolder = (kind: AnyRuleKind) => (problem: RuleProblem): RuleProblem => ({ ...problem, file: `${kind.folder}/${problem.file}` });

/** The ids the manifest lists under `list`, when it is a list of texts. */
function listedIds(manifest: unknown, list: string): string[] | undefined {
  const ids = (manifest as Readonly<Record<string, unknown>> | undefined)?.[list];
  return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? (ids as string[]) : undefined;
}

/**
 * A kind's structural problems: the manifest with every rule file it lists (a missing manifest
 * unless it could not be read), and every example-case file. `unreadable` names files (in the kind's
 * folder) that exist but could not be read: reported by the reader, not again as missing.
 */
function structuralProblems(kind: AnyRuleKind, own: KindFiles, unreadable: ReadonlySet<string>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (own.manifest === undefined) {
    if (!unreadable.has(MANIFEST_FILE)) problems.push(ruleProblem(MANIFEST_FILE, "", "file-missing"));
  } else {
    problems.push(...rulesProblems(kind, own.manifest, own.ruleFiles).filter((p) => !unreadable.has(p.file)));
  }
  for (const [file, content] of Object.entries(own.caseFiles)) problems.push(...caseProblems(kind, file, content));
  return problems;
}

const hasText = (value: unknown): boolean => typeof value === "string" && value.trim().length > 0;

function labelProblems(file: string, path: string, label: unknown): RuleProblem[] {
  if (!isRecord(label)) return [ruleProblem(file, path, "label-missing")];
  return [
    ...(hasText(label.de) ? [] : [ruleProblem(file, `${path}.de`, "german-text-missing")]),
    ...(hasText(label.en) ? [] : [ruleProblem(file, `${path}.en`, "english-text-missing")]),
  ];
}

/** Problems of a list of `{ id, label }` entries: ids present and unique, labels in both languages. */
function entryListProblems(file: string, key: string, content: unknown, extra: (entry: Record<string, unknown>, path: string) => RuleProblem[]): RuleProblem[] {
  const list = isRecord(content) ? content[key] : undefined;
  if (!Array.isArray(list)) return [ruleProblem(file, key, "list-missing")];
  const seen = new Set<unknown>();
  return list.flatMap((entry: unknown, index): RuleProblem[] => {
    const path = `${key}.${index}`;
    if (!isRecord(entry)) return [ruleProblem(file, path, "entry-not-object")];
    const problems: RuleProblem[] = [];
    if (typeof entry.id !== "string" || !/^[a-z][a-z0-9-]*$/.test(entry.id)) problems.push(ruleProblem(file, `${path}.id`, "invalid-entry-id"));
    else if (seen.has(entry.id)) problems.push(ruleProblem(file, `${path}.id`, "entry-id-twice", { id: entry.id }));
    seen.add(entry.id);
    return [...problems, ...labelProblems(file, `${path}.label`, entry.label), ...extra(entry, path)];
  });
}

/**
 * Problems of a category's third-partner reading: `needed` true, false or "review", the reason in both
 * languages, and the public page it rests on (an http(s) address, a quote only as non-empty text).
 */
function thirdPartnerProblems(file: string, path: string, reading: unknown): RuleProblem[] {
  if (!isRecord(reading)) return [ruleProblem(file, path, "third-partner-missing")];
  const source = reading.source;
  const url = isRecord(source) ? source.url : undefined;
  return [
    ...(typeof reading.needed === "boolean" || reading.needed === "review" ? [] : [ruleProblem(file, `${path}.needed`, "third-partner-need")]),
    ...labelProblems(file, `${path}.reason`, reading.reason),
    ...(typeof url === "string" && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(url) ? [] : [ruleProblem(file, `${path}.source.url`, "source-url-needed")]),
    ...(isRecord(source) && source.quote !== undefined && !hasText(source.quote) ? [ruleProblem(file, `${path}.source.quote`, "empty-quote")] : []),
  ];
}

function roleMailboxProblems(file: string, content: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const words = isRecord(content) ? content.localParts : undefined;
  if (!Array.isArray(words)) problems.push(ruleProblem(file, "localParts", "list-missing"));
  else {
    const seen = new Set<unknown>();
    words.forEach((word: unknown, index) => {
      if (typeof word !== "string" || !/^[a-z]+$/.test(word)) problems.push(ruleProblem(file, `localParts.${index}`, "local-part-spelling", { word: String(word) }));
      else if (seen.has(word)) problems.push(ruleProblem(file, `localParts.${index}`, "word-twice", { word }));
      seen.add(word);
    });
  }
  // Role words that are also surnames: a list of words of `localParts`, else they never apply.
  if (isRecord(content)) {
    const surnames = content.alsoSurnames;
    if (!Array.isArray(surnames)) problems.push(ruleProblem(file, "alsoSurnames", "list-missing"));
    else {
      const known = new Set(Array.isArray(words) ? words : []);
      surnames.forEach((word: unknown, index) => {
        if (!known.has(word)) problems.push(ruleProblem(file, `alsoSurnames.${index}`, "not-a-local-part", { word: String(word) }));
      });
    }
  }
  const domains = isRecord(content) ? content.officialDomains : undefined;
  if (!Array.isArray(domains)) problems.push(ruleProblem(file, "officialDomains", "list-missing"));
  else {
    domains.forEach((entry: unknown, index) => {
      const path = `officialDomains.${index}`;
      if (!isRecord(entry) || typeof entry.domain !== "string" || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(entry.domain)) {
        problems.push(ruleProblem(file, `${path}.domain`, "domain-needed"));
        return;
      }
      if (!Number.isInteger(entry.localPartDigits) || (entry.localPartDigits as number) < 1) {
        problems.push(ruleProblem(file, `${path}.localPartDigits`, "whole-number-needed"));
      }
      problems.push(...labelProblems(file, `${path}.label`, entry.label));
    });
  }
  return problems;
}

/**
 * Problems of the data lists of a folder map: entries with ids and both labels, no id twice, each
 * category's third-partner reading, and role-mailbox words written the way they are compared (lower
 * case, umlauts as ae/oe/ue/ss), else they never match, with the surnames among them (`alsoSurnames`).
 */
export function dataListProblems(files: RuleFolderFiles): RuleProblem[] {
  const { categories, schoolTypes, roleMailboxes } = dataFiles;
  return [
    ...(Object.hasOwn(files, categories.file)
      ? entryListProblems(categories.file, categories.key, files[categories.file], (entry, path) => [
          ...(typeof entry.inProgramme === "boolean" ? [] : [ruleProblem(categories.file, `${path}.inProgramme`, "boolean-needed")]),
          ...thirdPartnerProblems(categories.file, `${path}.thirdPartner`, entry.thirdPartner),
        ])
      : []),
    ...(Object.hasOwn(files, schoolTypes.file) ? entryListProblems(schoolTypes.file, schoolTypes.key, files[schoolTypes.file], () => []) : []),
    ...(Object.hasOwn(files, roleMailboxes.file) ? roleMailboxProblems(roleMailboxes.file, files[roleMailboxes.file]) : []),
  ];
}

/** The folder's data lists where present and sound (`broken` names files with problems), else core's. */
function dataLists(files: RuleFolderFiles, broken: ReadonlySet<string> = new Set()): { data: DataLists; fromFolder: RuleFolder["dataFromFolder"] } {
  const usable = (file: string) => Object.hasOwn(files, file) && !broken.has(file);
  const categories = usable(dataFiles.categories.file) ? (files[dataFiles.categories.file] as { categories: Category[] }).categories : undefined;
  const schoolTypes = usable(dataFiles.schoolTypes.file) ? (files[dataFiles.schoolTypes.file] as { schoolTypes: SchoolType[] }).schoolTypes : undefined;
  const roleMailboxes = usable(dataFiles.roleMailboxes.file) ? (files[dataFiles.roleMailboxes.file] as DataLists["roleMailboxes"]) : undefined;
  return {
    data: {
      categories: categories ?? shippedDataLists.categories,
      schoolTypes: schoolTypes ?? shippedDataLists.schoolTypes,
      roleMailboxes: roleMailboxes ?? shippedDataLists.roleMailboxes,
    },
    fromFolder: { categories: categories !== undefined, schoolTypes: schoolTypes !== undefined, roleMailboxes: roleMailboxes !== undefined },
  };
}

/**
 * Comparisons that the schema allows but that can never mean what the author wanted: an operator
 * that does not fit the fact's type, a value of the wrong type, a value the data lists do not know.
 */
export function comparisonProblems(
  file: string,
  condition: Condition<string>,
  types: ReadonlyMap<string, "boolean" | "number" | "string">,
  knownValues: ReadonlyMap<string, ReadonlySet<string>>,
  at = "conditions",
): RuleProblem[] {
  const flat = (parts: readonly RuleProblem[][]) => parts.flat();
  return foldCondition<string, RuleProblem[]>(condition, {
    all: flat,
    any: flat,
    not: (inner) => inner,
    fact: ({ fact, operator, value }, path) => {
      const type = types.get(fact)!;
      const problem = (code: Parameters<typeof ruleProblem>[2], params: Record<string, string> = {}, where = "value") => [
        ruleProblem(file, [at, path, where].filter((part) => part !== "").join("."), code, { operator, fact, ...params }),
      ];
      const operands = operatorTable[operator].operands;
      // No fact is a list, so an operator that reads the fact as one never fits.
      if (operands.fact === "list") return problem("needs-list-fact", {}, "operator");
      if (operands.fact === "number" && type !== "number") return problem("compares-numbers", {}, "operator");
      const isList = operands.value === "list";
      if (isList && (!Array.isArray(value) || value.length === 0)) return problem("needs-non-empty-list");
      if (!isList && Array.isArray(value)) return problem("needs-single-value");
      const items: readonly unknown[] = isList ? (value as readonly unknown[]) : [value];
      const wrongType = items.find((item) => typeof item !== type);
      if (wrongType !== undefined || items.includes(null)) {
        return problem("wrong-value-type", { expectedType: type, value: JSON.stringify(wrongType ?? null) });
      }
      const known = knownValues.get(fact);
      const unknownItem = known ? items.find((item) => !known.has(item as string)) : undefined;
      if (known && unknownItem !== undefined) return problem("unknown-value", { value: JSON.stringify(unknownItem), allowed: [...known].join(", ") });
      return [];
    },
  });
}

/** A number or day comparison of a condition: one side of a range. */
interface Bound {
  readonly fact: string;
  readonly operator: OperatorName;
  readonly value: number;
  readonly path: string;
}

/** Two comparisons of one fact, joined by `all`, that no value meets together (from 01.10. to 30.09.). */
export interface EmptyRange {
  /** The fact both compare. */
  readonly fact: string;
  /** The comparison that sets the least value (`greaterThanInclusive` 1001). */
  readonly lower: { readonly operator: OperatorName; readonly value: number; readonly path: string };
  /** The comparison that sets the greatest value (`lessThanInclusive` 930). */
  readonly upper: { readonly operator: OperatorName; readonly value: number; readonly path: string };
}

/**
 * Ranges that admit no value: within one `all`, a lower bound of a fact (≥, >) at or above where its
 * upper bound (≤, <) ends, e.g. a school-year window from 01.10. to a cut-off of 30.09. Such a part of
 * a rule can never hold, whatever an application says. Read from resolved conditions (plain values).
 */
export function emptyRanges(condition: Condition<string>): EmptyRange[] {
  type Found = { readonly empty: EmptyRange[]; readonly bound?: Bound };
  return foldCondition<string, Found>(condition, {
    fact: ({ fact, operator, value }, path) =>
      typeof value === "number" && operatorTable[operator].bound ? { empty: [], bound: { fact, operator, value, path } } : { empty: [] },
    all: (parts) => {
      const bounds = parts.flatMap((part) => (part.bound ? [part.bound] : []));
      const empty = parts.flatMap((part) => part.empty);
      for (const lower of bounds) {
        const holds = wholeNumberEdges(lower.operator, lower.value).holds;
        for (const upper of bounds) {
          const fails = wholeNumberEdges(upper.operator, upper.value).fails;
          if (lower.fact !== upper.fact || holds === undefined || fails === undefined || holds < fails) continue;
          empty.push({ fact: lower.fact, lower: { operator: lower.operator, value: lower.value, path: lower.path }, upper: { operator: upper.operator, value: upper.value, path: upper.path } });
        }
      }
      return { empty };
    },
    any: (parts) => ({ empty: parts.flatMap((part) => part.empty) }),
    not: (inner) => ({ empty: inner.empty }),
  }).empty;
}

/** Lint's problems for {@link emptyRanges}, at the upper bound's value; days of the year written „30.09.“. */
function emptyRangeProblems(file: string, condition: Condition<string>, formats: ReadonlyMap<string, string | undefined>): RuleProblem[] {
  return emptyRanges(condition).map(({ fact, lower, upper }) => {
    const shown = (value: number) => (formats.get(fact) === "month-day" ? monthDayText(value) : String(value));
    return ruleProblem(file, ["conditions", upper.path, "value"].filter((part) => part !== "").join("."), "empty-range", {
      fact,
      lowerOperator: lower.operator,
      lower: shown(lower.value),
      upperOperator: upper.operator,
      upper: shown(upper.value),
    });
  });
}

/** What one kind's lint found, before the folder's problems are put together. */
interface KindLint {
  readonly problems: RuleProblem[];
  readonly cases: number;
  readonly rules: number;
}

/** A loaded kind: its rule set and its example-case files by rule id. */
export interface LoadedKind<RS> {
  readonly ruleSet: RS;
  readonly cases: ReadonlyMap<string, RuleCaseFile>;
}

/**
 * The rule set to run the example cases with: the folder's, reduced to the rules without problems, so
 * one broken rule does not hide failing cases of the others. Without a usable manifest, every sound
 * rule file on its own.
 */
function soundRuleSet(kind: AnyRuleKind, own: KindFiles, broken: ReadonlySet<string>): AnyRuleSet | undefined {
  const sound = (id: unknown): id is string => typeof id === "string" && Object.hasOwn(own.ruleFiles, `${id}.json`) && !broken.has(`${id}.json`);
  const manifest = own.manifest as Readonly<Record<string, unknown>> | undefined;
  const usable = manifest !== undefined && !broken.has(MANIFEST_FILE) && Array.isArray(manifest[kind.list]);
  const candidates = usable ? (manifest[kind.list] as unknown[]) : Object.keys(own.ruleFiles).map((file) => file.replace(/\.json$/, ""));
  const ids = [...new Set(candidates.filter(sound))];
  if (ids.length === 0) return undefined;
  const rules = ids.flatMap((id) => (ruleProblems(kind, `${id}.json`, own.ruleFiles[`${id}.json`]).length > 0 ? [] : [parseRule(kind, `${id}.json`, own.ruleFiles[`${id}.json`])]));
  const head = usable ? manifest : { version: "0.0.0", validFrom: "1970-01-01" };
  return kind.build({ ...head, [kind.list]: ids }, rules);
}

/** What every check of one kind's files reads. */
interface KindContext {
  readonly kind: AnyRuleKind;
  readonly own: KindFiles;
  readonly unreadable: ReadonlySet<string>;
  readonly data: DataLists;
  /** Files with a structural problem: the checks that need them whole skip them. */
  readonly broken: ReadonlySet<string>;
  /** The ids the manifest lists, `undefined` when it has no readable list. */
  readonly listed: ReadonlySet<string> | undefined;
}

/** One check of a kind's files: what it finds, as problems. */
type KindCheck = (context: KindContext) => readonly RuleProblem[];

/** Ids used by two files: the file named after the id keeps it; every other file with the same id is the problem. */
const idsUsedTwice: KindCheck = ({ own }) => {
  const filesById = new Map<string, string[]>();
  for (const [file, content] of Object.entries(own.ruleFiles)) {
    const id = (content as { id?: unknown } | null)?.id;
    if (typeof id === "string") filesById.set(id, [...(filesById.get(id) ?? []), file]);
  }
  return [...filesById].flatMap(([id, named]) => {
    if (named.length < 2) return [];
    const owner = named.find((file) => file === `${id}.json`) ?? named[0]!;
    return named.filter((f) => f !== owner).map((file) => ruleProblem(file, "id", "id-used-twice", { id, owner }));
  });
};

/** Rule files the manifest does not list, listed rules without example cases, case files of no listed rule. */
const manifestListing: KindCheck = ({ kind, own, unreadable, listed }) => {
  if (!listed) return [];
  return [
    ...Object.keys(own.ruleFiles)
      .filter((file) => !listed.has(file.replace(/\.json$/, "")))
      .map((file) => ruleProblem(file, "", "not-listed", { list: kind.list })),
    ...[...listed]
      .map((id) => `${id}.cases.json`)
      .filter((file) => !Object.hasOwn(own.caseFiles, file) && !unreadable.has(file))
      .map((file) => ruleProblem(file, "", "no-case-file")),
    ...Object.keys(own.caseFiles)
      .filter((file) => !listed.has(file.replace(/\.cases\.json$/, "")))
      .map((file) => ruleProblem(file, "", "cases-not-listed", { kind: kind.name })),
  ];
};

/**
 * Each rule file on its own: its schema when the manifest does not list it (a listed one is checked
 * with its set), comparisons that can never hold or name unknown values, texts that contradict the
 * rule, and a rule valid from after its rule set.
 */
const ruleContents: KindCheck = ({ kind, own, data, broken, listed }) => {
  const types = new Map(kind.facts.map((fact) => [fact.name, fact.type]));
  const formats = new Map(kind.facts.map((fact) => [fact.name, "format" in fact ? fact.format : undefined]));
  const knownValues = kind.knownValues(data);
  const setValidFrom = broken.has(MANIFEST_FILE) ? undefined : (own.manifest as { validFrom?: unknown } | undefined)?.validFrom;
  return Object.entries(own.ruleFiles).flatMap(([file, content]) => {
    const id = file.replace(/\.json$/, "");
    const alone = listed?.has(id) ? [] : ruleProblems(kind, file, content);
    if (alone.length > 0 || broken.has(file)) return alone;
    const rule = parseRule(kind, file, content) as unknown as CheckedRule & { conditions: Condition<string>; validFrom: string };
    const late =
      listed?.has(id) && typeof setValidFrom === "string" && rule.validFrom > setValidFrom
        ? [ruleProblem(file, "validFrom", "after-rule-set-valid-from", { validFrom: setValidFrom })]
        : [];
    return [...comparisonProblems(file, rule.conditions, types, knownValues), ...emptyRangeProblems(file, rule.conditions, formats), ...textProblems(file, rule), ...late];
  });
};

/** The checks of a kind's files after the structural ones, in the order their problems are listed. */
const kindChecks: readonly KindCheck[] = [idsUsedTwice, manifestListing, ruleContents];

/** Every example case of a sound rule set run through the kind's evaluator: inputs that do not read, statuses not as expected. */
function exampleCaseProblems({ kind, own, data, broken }: KindContext, ruleSet: AnyRuleSet): { problems: RuleProblem[]; cases: number } {
  const ids = new Set(ruleSet.rules.map((rule) => rule.id));
  const problems: RuleProblem[] = [];
  let cases = 0;
  for (const [file, content] of Object.entries(own.caseFiles)) {
    if (broken.has(file)) continue;
    const caseFile = content as RuleCaseFile;
    const id = caseFile[kind.caseKey] as string;
    if (!ids.has(id)) continue;
    for (const [index, example] of caseFile.cases.entries()) {
      cases += 1;
      const { issues, status } = kind.runCase(ruleSet, example.input, id, data);
      if (issues.length > 0) {
        const listedIssues = (lang: "de" | "en") => issues.map((issue) => `${issue.path}: ${issue.message[lang]}`).join("; ");
        problems.push(ruleProblem(file, `cases.${index}.input`, "invalid-case-input", { issues: listedIssues("de"), issuesEn: listedIssues("en") }));
      } else if (status !== example.expected) {
        problems.push(
          ruleProblem(file, `cases.${index}.expected`, "case-fails", {
            kind: kind.name,
            name: example.name,
            actualStatus: status ?? "unknown",
            expectedStatus: example.expected,
          }),
        );
      }
    }
  }
  return { problems, cases };
}

function lintKind(kind: AnyRuleKind, files: RuleFolderFiles, unreadable: ReadonlySet<string>, data: DataLists): KindLint {
  const own = kindFiles(files, kind);
  const structural = structuralProblems(kind, own, unreadable);
  const broken = new Set(structural.map((p) => p.file));
  const listedList = listedIds(own.manifest, kind.list);
  const context: KindContext = { kind, own, unreadable, data, broken, listed: listedList ? new Set(listedList) : undefined };
  const ruleSet = soundRuleSet(kind, own, broken);
  const examples = ruleSet ? exampleCaseProblems(context, ruleSet) : { problems: [], cases: 0 };
  const problems = [...structural, ...kindChecks.flatMap((check) => check(context)), ...examples.problems];
  return { problems: problems.map(inFolder(kind)), cases: examples.cases, rules: Object.keys(own.ruleFiles).length };
}

/** What {@link lintRuleFolder} found. */
export interface LintReport {
  /** Every problem, grouped by file (criteria and data lists, then offerings), in the order found within each file. */
  readonly problems: readonly RuleProblem[];
  /** How many example cases ran. */
  readonly cases: number;
  /** How many rule files were checked. */
  readonly rules: number;
  /** Whether the FAQ quotes were checked. */
  readonly faqQuotes: boolean;
}

/** Options of {@link lintRuleFolder}. */
export interface LintOptions {
  /** The FAQ page's text: every quote citing the FAQ must stand in it verbatim. Not checked without it. */
  readonly faqText?: string;
  /**
   * Problems of files that exist but could not be read (too large, not JSON), found by whoever read
   * the folder; listed in the report, and their files are not reported again as missing.
   */
  readonly unreadable?: readonly RuleProblem[];
}

/**
 * Everything `bildungspartner rules lint` checks, for both kinds: every file against its schema, then
 * what the schema cannot see (comparisons that can never hold, unknown values, rules not in the rule
 * set, ids used twice, rules without example cases, every example case run through the kind's
 * evaluator, data lists) and, given the FAQ's text, every quote attributed to the FAQ. A kind whose
 * folder has no file is not checked, except the criteria when the map has no offerings either.
 */
export function lintRuleFolder(files: RuleFolderFiles, options: LintOptions = {}): LintReport {
  const unreadableProblems = options.unreadable ?? [];
  const unreadable = new Set(unreadableProblems.map((p) => p.file));
  const dataProblems = dataListProblems(files);
  const { data } = dataLists(files, new Set(dataProblems.map((p) => p.file)));
  const present = ruleKinds.filter((kind) => kindFiles(files, kind).present);
  const kinds = present.length > 0 ? present : [eligibilityKind];
  const linted = kinds.map((kind) => {
    const inKind = new Set([...unreadable].flatMap((file) => (file.startsWith(`${kind.folder}/`) ? [file.slice(kind.folder.length + 1)] : [])));
    return lintKind(kind, files, inKind, data);
  });
  const problems = [...unreadableProblems, ...dataProblems, ...linted.flatMap((kind) => kind.problems)];
  if (options.faqText !== undefined) {
    const cited = Object.fromEntries(Object.entries(files).filter(([file]) => !file.endsWith(".cases.json") && file !== dataFiles.schoolTypes.file && file !== dataFiles.roleMailboxes.file));
    problems.push(...faqQuoteProblems(cited, options.faqText));
  }
  // Grouped by file as compilers print them: data lists and criteria first, then the offerings.
  const group = (file: string) => (file.startsWith(`${offeringKind.folder}/`) ? 1 : 0);
  const order = [...new Set(problems.map((p) => p.file))].sort((a, b) => group(a) - group(b) || (a < b ? -1 : a > b ? 1 : 0));
  const sorted = [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  return {
    problems: sorted,
    cases: linted.reduce((sum, kind) => sum + kind.cases, 0),
    rules: linted.reduce((sum, kind) => sum + kind.rules, 0),
    faqQuotes: options.faqText !== undefined,
  };
}

/** A rules folder that loads: the criteria, the offerings if it has any, their example cases, and the data lists. */
export interface RuleFolder {
  /** The criteria's rule set, carrying the folder's data lists (`data`). */
  readonly ruleSet: RuleSet;
  /** The offerings' rule set, when the folder has `rules/offerings/`. */
  readonly offerings?: OfferingRuleSet;
  /** Example-case files by kind and rule id. */
  readonly cases: { readonly criteria: ReadonlyMap<string, RuleCaseFile>; readonly offerings: ReadonlyMap<string, RuleCaseFile> };
  /** The folder's data lists, or the ones built into core where the folder has none. */
  readonly data: DataLists;
  /** Whether each of `data` came from the folder (else: built into core). */
  readonly dataFromFolder: { readonly [K in keyof DataLists]: boolean };
}

function loadKind<RS>(kind: AnyRuleKind, own: KindFiles): LoadedKind<RS> {
  const cases = new Map<string, RuleCaseFile>();
  for (const content of Object.values(own.caseFiles)) cases.set(String((content as RuleCaseFile)[kind.caseKey]), content as RuleCaseFile);
  const manifest = own.manifest as Readonly<Record<string, unknown>>;
  const ids = manifest[kind.list] as readonly string[];
  return { ruleSet: kind.build(manifest, ids.map((id) => parseRule(kind, `${id}.json`, own.ruleFiles[`${id}.json`]))) as RS, cases };
}

/**
 * Loads a folder map: the criteria (`rules/`), the offerings (`rules/offerings/`) if it has any, their
 * example cases and the data lists (`data/`); or every structural problem (schemas, listing,
 * example-case files, data lists) when it has any.
 */
export function loadRuleFolder(
  files: RuleFolderFiles,
): { readonly status: "loaded"; readonly folder: RuleFolder } | { readonly status: "invalid"; readonly problems: readonly RuleProblem[] } {
  const criteria = kindFiles(files, eligibilityKind);
  const offered = kindFiles(files, offeringKind);
  const problems = [
    ...dataListProblems(files),
    ...structuralProblems(eligibilityKind, criteria, new Set()).map(inFolder(eligibilityKind)),
    ...(offered.present ? structuralProblems(offeringKind, offered, new Set()).map(inFolder(offeringKind)) : []),
  ];
  if (problems.length > 0) return { status: "invalid", problems };
  const { data, fromFolder } = dataLists(files);
  const loadedCriteria = loadKind<RuleSet>(eligibilityKind, criteria);
  const loadedOfferings = offered.present ? loadKind<OfferingRuleSet>(offeringKind, offered) : undefined;
  return {
    status: "loaded",
    folder: {
      // The criteria carry the folder's lists and offerings, so every evaluator given this rule set reads them.
      ruleSet: { ...loadedCriteria.ruleSet, data, ...(loadedOfferings ? { offerings: loadedOfferings.ruleSet } : {}) },
      ...(loadedOfferings ? { offerings: loadedOfferings.ruleSet } : {}),
      cases: { criteria: loadedCriteria.cases, offerings: loadedOfferings?.cases ?? new Map() },
      data,
      dataFromFolder: fromFolder,
    },
  };
}

/** One example case with its actual result under its folder's own rules. */
export interface CaseResult {
  readonly kind: "criteria" | "offerings";
  /** The rule's id. */
  readonly rule: string;
  /** The case file's key in the folder map (`rules/min-duration.cases.json`). */
  readonly file: string;
  /** The case's position in its file, from 0. */
  readonly index: number;
  readonly name: string;
  readonly expected: string;
  /** The status the rule gives; `invalid` when the input has issues. */
  readonly actual: string;
  /** The input's issues, when it has any, in German and English. */
  readonly issues: readonly { readonly path: string; readonly message: LocalizedText }[];
}

/** Every example case of both kinds with its actual result under the folder's own rules (each rule set on its first day). */
export function exampleCaseResults(folder: RuleFolder): readonly CaseResult[] {
  const sides: Array<[AnyRuleKind, AnyRuleSet | undefined, ReadonlyMap<string, RuleCaseFile>]> = [
    [eligibilityKind, folder.ruleSet, folder.cases.criteria],
    [offeringKind, folder.offerings, folder.cases.offerings],
  ];
  return sides.flatMap(([kind, ruleSet, cases]) =>
    ruleSet === undefined
      ? []
      : ruleSet.rules.flatMap((rule) =>
          (cases.get(rule.id)?.cases ?? []).map((example, index): CaseResult => {
            const { issues, status } = kind.runCase(ruleSet, example.input, rule.id, folder.data);
            return {
              kind: kind.name,
              rule: rule.id,
              file: `${kind.folder}/${rule.id}.cases.json`,
              index,
              name: example.name,
              expected: example.expected,
              actual: issues.length > 0 ? "invalid" : (status ?? "unknown"),
              issues,
            };
          }),
        ),
  );
}
