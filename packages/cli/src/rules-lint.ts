import {
  evaluate,
  factDefinitions,
  faqQuoteProblems,
  loadRuleSet,
  parseRuleFile,
  ruleFileProblems,
  schoolTypes as builtInSchoolTypes,
  type Category,
  type Condition,
  type FactName,
  type RuleFile,
  type RuleFileProblem,
  type RuleSet,
} from "@bildungspartner/core";
import { displayPath, readRuleDirectory, structuralProblems, type RawRuleDirectory } from "./rule-directory.js";
import { statusWords } from "./rule-prose.js";

/** One problem the linter found, with the file as the user can open it. */
export interface LintProblem {
  /** The file, relative to the current folder when inside it. */
  readonly file: string;
  /** Dotted JSON path inside the file; `""` for the whole file. */
  readonly path: string;
  /** What is wrong, German then English. */
  readonly message: string;
}

/** What `rules lint` found in a folder. */
export interface LintReport {
  readonly dir: string;
  readonly problems: readonly LintProblem[];
  /** How many rule files and example cases were checked, and whether the FAQ quotes were. */
  readonly checked: { readonly rules: number; readonly cases: number; readonly faqQuotes: boolean };
}

const factTypes = new Map<string, "boolean" | "number" | "string">(factDefinitions.map((fact) => [fact.name, fact.type]));
const numericOperators = new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
const listOperators = new Set(["in", "notIn"]);

const typeWords = { boolean: "true/false", number: "Zahl / number", string: "Text / text" } as const;

/** Comparisons that the schema allows but that can never mean what the author wanted. */
export function comparisonProblems(
  file: string,
  condition: Condition<string>,
  path: string,
  knownValues: ReadonlyMap<string, ReadonlySet<string>>,
  types: ReadonlyMap<string, "boolean" | "number" | "string"> = factTypes,
): RuleFileProblem[] {
  if ("not" in condition) return comparisonProblems(file, condition.not, `${path}.not`, knownValues, types);
  if ("all" in condition) return condition.all.flatMap((part, i) => comparisonProblems(file, part, `${path}.all.${i}`, knownValues, types));
  if ("any" in condition) return condition.any.flatMap((part, i) => comparisonProblems(file, part, `${path}.any.${i}`, knownValues, types));
  const { fact, operator, value } = condition;
  const type = types.get(fact)!;
  const at = (detail: string, where = "value"): RuleFileProblem[] => [{ file, path: `${path}.${where}`, detail }];
  if (operator === "contains" || operator === "doesNotContain") {
    return at(`"${operator}" passt nur zu Listen; ${fact} ist keine / "${operator}" needs a list fact`, "operator");
  }
  if (numericOperators.has(operator) && type !== "number") {
    return at(`"${operator}" vergleicht Zahlen; ${fact} ist keine Zahl / "${operator}" compares numbers`, "operator");
  }
  const items: readonly unknown[] = listOperators.has(operator) ? (Array.isArray(value) ? value : []) : [value];
  if (listOperators.has(operator) && (!Array.isArray(value) || value.length === 0)) {
    return at(`"${operator}" braucht eine nicht leere Liste [...] / "${operator}" needs a non-empty list`);
  }
  if (!listOperators.has(operator) && Array.isArray(value)) {
    return at(`"${operator}" vergleicht mit einem einzelnen Wert, nicht mit einer Liste / compares with one value, not a list`);
  }
  const wrongType = items.find((item) => typeof item !== type);
  if (wrongType !== undefined || items.includes(null)) {
    return at(`${fact} ist ${typeWords[type]}; ${JSON.stringify(wrongType ?? null)} passt nicht / wrong type of value`);
  }
  const known = knownValues.get(fact);
  const unknownItem = known ? items.find((item) => !known.has(item as string)) : undefined;
  if (known && unknownItem !== undefined) {
    return at(`Unbekannter Wert ${JSON.stringify(unknownItem)} für ${fact}; erlaubt: ${[...known].join(", ")} / unknown value`);
  }
  return [];
}

function ruleProblems(file: string, rule: RuleFile, setValidFrom: string | undefined, knownValues: ReadonlyMap<FactName, ReadonlySet<string>>): RuleFileProblem[] {
  const problems = comparisonProblems(file, rule.conditions, "conditions", knownValues);
  if (setValidFrom !== undefined && rule.validFrom > setValidFrom) {
    problems.push({
      file,
      path: "validFrom",
      detail: `Liegt nach dem Beginn des Regelsatzes (${setValidFrom}), der die Regel schon ab dann anwendet / after the rule set's validFrom`,
    });
  }
  return problems;
}

/** Problems that a folder can have beyond each file's own schema. */
function folderProblems(raw: RawRuleDirectory, manifestCriteria: readonly string[] | undefined): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const filesById = new Map<string, string[]>();
  for (const [file, content] of Object.entries(raw.ruleFiles)) {
    const id = (content as { id?: unknown } | null)?.id;
    if (typeof id === "string") filesById.set(id, [...(filesById.get(id) ?? []), file]);
  }
  for (const [id, files] of filesById) {
    if (files.length < 2) continue;
    // The file named after the id keeps it; every other file with the same id is the problem.
    const owner = files.find((file) => file === `${id}.json`) ?? files[0]!;
    for (const file of files.filter((f) => f !== owner)) {
      problems.push({ file, path: "id", detail: `Die id ${id} steht schon in ${owner} / id already used in ${owner}` });
    }
  }
  if (!manifestCriteria) return problems;
  return [...problems, ...listingProblems(raw, new Set(manifestCriteria), { list: "criteria", rule: { de: "einem Kriterium", en: "a criterion" } })];
}

/** The ids the manifest lists under `list`, when it is a list of texts. */
export function listedIds(manifest: unknown, list: string): string[] | undefined {
  const ids = (manifest as Readonly<Record<string, unknown>> | undefined)?.[list];
  return Array.isArray(ids) && ids.every((id) => typeof id === "string") ? (ids as string[]) : undefined;
}

/** How a folder's kind names its rules in the listing problems. */
export interface ListingWords {
  /** The manifest's list (`criteria`). */
  readonly list: string;
  /** "one rule", with the indefinite article, German (dative) and English. */
  readonly rule: { readonly de: string; readonly en: string };
}

/** Rule files the manifest does not list, listed ids without example cases, and cases for ids not listed. */
export function listingProblems(raw: RawRuleDirectory, listed: ReadonlySet<string>, words: ListingWords): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  for (const file of Object.keys(raw.ruleFiles)) {
    if (!listed.has(file.replace(/\.json$/, ""))) {
      problems.push({ file, path: "", detail: `Nicht in ruleset.json (${words.list}) aufgeführt, wird also nie angewandt / not listed in ruleset.json` });
    }
  }
  for (const id of listed) {
    if (!Object.hasOwn(raw.caseFiles, `${id}.cases.json`) && !raw.unreadable.some((p) => p.file === `${id}.cases.json`)) {
      problems.push({ file: `${id}.cases.json`, path: "", detail: "Keine Beispielfälle: Datei fehlt / no example cases: file is missing" });
    }
  }
  for (const file of Object.keys(raw.caseFiles)) {
    if (!listed.has(file.replace(/\.cases\.json$/, ""))) {
      problems.push({
        file,
        path: "",
        detail: `Beispielfälle zu ${words.rule.de}, das nicht in ruleset.json steht / cases for ${words.rule.en} not in ruleset.json`,
      });
    }
  }
  return problems;
}

/** What running one example case gave: input issues, or the status of the case's rule. */
export interface CaseOutcome<S extends string> {
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  readonly status: S | undefined;
}

/** How to run one kind's example cases. */
export interface CaseRunner<S extends string> {
  /** The key naming the rule in a case file (`criterion`). */
  readonly caseKey: string;
  /** The ids of the rules the rule set has; cases for others are not run. */
  readonly ids: ReadonlySet<string>;
  /** Runs one case's input and returns the status of rule `id`. */
  readonly run: (input: Readonly<Record<string, unknown>>, id: string) => CaseOutcome<S> | Promise<CaseOutcome<S>>;
  /** The German word for each status. */
  readonly words: Readonly<Record<S, string>> & { readonly unknown: string };
}

/** Runs every example case of the sound case files; a problem for each case that is invalid or gives another status. */
export async function exampleCaseProblems<S extends string>(
  caseFiles: Readonly<Record<string, unknown>>,
  broken: ReadonlySet<string>,
  runner: CaseRunner<S>,
): Promise<{ problems: RuleFileProblem[]; count: number }> {
  const problems: RuleFileProblem[] = [];
  let count = 0;
  for (const [file, content] of Object.entries(caseFiles)) {
    if (broken.has(file)) continue;
    const caseFile = content as Readonly<Record<string, unknown>> & { readonly cases: readonly { name: string; input: Readonly<Record<string, unknown>>; expected: S }[] };
    const id = caseFile[runner.caseKey] as string;
    if (!runner.ids.has(id)) continue;
    for (const [index, example] of caseFile.cases.entries()) {
      count += 1;
      const { issues, status } = await runner.run(example.input, id);
      if (issues.length > 0) {
        const listed = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
        problems.push({ file, path: `cases.${index}.input`, detail: `Eingabe ungültig (${listed}) / invalid input` });
        continue;
      }
      if (status !== example.expected) {
        problems.push({
          file,
          path: `cases.${index}.expected`,
          detail: `„${example.name}“ ergibt „${runner.words[status ?? "unknown"]}“, erwartet „${runner.words[example.expected]}“ / gives "${status}", expected "${example.expected}"`,
        });
      }
    }
  }
  return { problems, count };
}

/**
 * Quotes attributed to the FAQ that do not stand verbatim in `faqText`: in the rule files, the
 * manifest (next steps) and, for criteria, the categories' third-partner readings. None without a text.
 */
export function faqProblems(raw: RawRuleDirectory, faqText: string | undefined): RuleFileProblem[] {
  if (faqText === undefined) return [];
  const files: Record<string, unknown> = { ...raw.ruleFiles };
  if (raw.manifest !== undefined) files["ruleset.json"] = raw.manifest;
  if (raw.data.categories !== undefined) files["../data/categories.json"] = raw.data.categories;
  return faqQuoteProblems(files, faqText);
}

/** The report: problems grouped by file, in the order found within each file, as compilers print them. */
export function lintReport(dir: string, raw: RawRuleDirectory, problems: readonly RuleFileProblem[], cases: number, faqQuotes: boolean): LintReport {
  const order = [...new Set(problems.map((p) => p.file))].sort();
  const sorted = [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  return {
    dir,
    problems: sorted.map((p) => ({ file: displayPath(dir, p.file), path: p.path, message: p.detail })),
    checked: { rules: Object.keys(raw.ruleFiles).length, cases, faqQuotes },
  };
}

/** The value, or undefined when computing it throws (a file the schema check has already reported). */
export function unlessThrows<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

/**
 * Checks a rules folder: every file against its schema, then what the schema cannot see (comparisons
 * that can never hold, unknown values, rules not in the rule set, ids used twice, criteria without
 * example cases, example cases that fail under `evaluate`, data lists) and, given the FAQ's text,
 * every quote attributed to the FAQ. Reports all problems at once.
 */
export async function lintRuleDirectory(dir: string, faqText?: string): Promise<LintReport> {
  const raw = await readRuleDirectory(dir);
  const structural = structuralProblems(raw);
  const manifestCriteria = listedIds(raw.manifest, "criteria");
  const problems: RuleFileProblem[] = [...structural, ...folderProblems(raw, manifestCriteria)];

  const broken = new Set(structural.map((p) => p.file));
  const schoolTypes = (raw.data.schoolTypes as { schoolTypes?: Array<{ id: string }> } | undefined)?.schoolTypes ?? builtInSchoolTypes;
  const knownValues = new Map<FactName, ReadonlySet<string>>([["school.type", new Set(schoolTypes.map((t) => t.id))]]);
  const ruleSet = tryLoad(raw, broken);
  // The example cases read the folder's own categories, when they are sound.
  const categories = broken.has("../data/categories.json") ? undefined : (raw.data.categories as { categories?: Category[] } | undefined)?.categories;
  const listed = new Set(manifestCriteria ?? []);
  for (const [file, content] of Object.entries(raw.ruleFiles)) {
    const id = file.replace(/\.json$/, "");
    // Rule files the manifest does not list are not part of the rule set's check: check them alone.
    const own = listed.has(id) ? [] : ruleFileProblems(file, content);
    problems.push(...own);
    if (own.length > 0 || broken.has(file)) continue;
    const rule = ruleSet?.rules.find((r) => r.id === id) ?? unlessThrows(() => parseRuleFile(file, content));
    const setValidFrom = listed.has(id) && !broken.has("ruleset.json") ? (raw.manifest as { validFrom?: string }).validFrom : undefined;
    if (rule) problems.push(...ruleProblems(file, rule, setValidFrom, knownValues));
  }
  const cases = ruleSet
    ? await exampleCaseProblems(raw.caseFiles, broken, {
        caseKey: "criterion",
        ids: new Set(ruleSet.rules.map((rule) => rule.id)),
        run: async (input, id) => {
          const decision = await evaluate(input, { ruleSets: [ruleSet], asOf: ruleSet.validFrom, ...(categories ? { categories } : {}) });
          return { issues: decision.issues, status: decision.criteria.find((c) => c.id === id)?.status };
        },
        words: statusWords,
      })
    : { problems: [], count: 0 };
  problems.push(...cases.problems, ...faqProblems(raw, faqText));
  return lintReport(dir, raw, problems, cases.count, faqText !== undefined);
}

/**
 * The rule set to run the example cases with: the folder's, reduced to the rules without problems, so
 * one broken rule does not hide failing cases of the others. Without a usable `ruleset.json`, every
 * sound rule file on its own.
 */
function tryLoad(raw: RawRuleDirectory, broken: ReadonlySet<string>): RuleSet | undefined {
  const sound = (id: unknown) => typeof id === "string" && Object.hasOwn(raw.ruleFiles, `${id}.json`) && !broken.has(`${id}.json`);
  const manifest = raw.manifest as { criteria?: unknown } | undefined;
  const usable = manifest !== undefined && !broken.has("ruleset.json") && Array.isArray(manifest.criteria);
  const criteria = usable ? (manifest.criteria as unknown[]).filter(sound) : Object.keys(raw.ruleFiles).map((f) => f.replace(/\.json$/, "")).filter(sound);
  const reduced = usable ? { ...manifest, criteria } : { version: "0.0.0", validFrom: "1970-01-01", criteria };
  return criteria.length === 0 ? undefined : unlessThrows(() => loadRuleSet(reduced, raw.ruleFiles));
}

/** One problem as a compiler prints it: `file:path: message` (`file: message` for the whole file). */
export function formatProblem(problem: LintProblem): string {
  return `${problem.file}${problem.path ? `:${problem.path}` : ""}: ${problem.message}`;
}

