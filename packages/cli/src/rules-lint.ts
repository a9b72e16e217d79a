import {
  evaluate,
  factDefinitions,
  loadRuleSet,
  parseRuleFile,
  ruleFileProblems,
  schoolTypes as builtInSchoolTypes,
  type Condition,
  type FactName,
  type RuleCaseFile,
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
  /** How many rule files and example cases were checked. */
  readonly checked: { readonly rules: number; readonly cases: number };
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
  const listed = new Set(manifestCriteria);
  for (const file of Object.keys(raw.ruleFiles)) {
    if (!listed.has(file.replace(/\.json$/, ""))) {
      problems.push({ file, path: "", detail: "Nicht in ruleset.json (criteria) aufgeführt, wird also nie angewandt / not listed in ruleset.json" });
    }
  }
  for (const id of listed) {
    if (!Object.hasOwn(raw.caseFiles, `${id}.cases.json`) && !raw.unreadable.some((p) => p.file === `${id}.cases.json`)) {
      problems.push({ file: `${id}.cases.json`, path: "", detail: "Keine Beispielfälle: Datei fehlt / no example cases: file is missing" });
    }
  }
  for (const file of Object.keys(raw.caseFiles)) {
    if (!listed.has(file.replace(/\.cases\.json$/, ""))) {
      problems.push({ file, path: "", detail: "Beispielfälle zu einem Kriterium, das nicht in ruleset.json steht / cases for a criterion not in ruleset.json" });
    }
  }
  return problems;
}

/** Runs every example case through `evaluate` with the folder's rule set, on its first day. */
async function caseProblems(ruleSet: RuleSet, caseFiles: Readonly<Record<string, unknown>>): Promise<{ problems: RuleFileProblem[]; count: number }> {
  const problems: RuleFileProblem[] = [];
  let count = 0;
  for (const [file, content] of Object.entries(caseFiles)) {
    const { criterion, cases } = content as RuleCaseFile;
    if (!ruleSet.rules.some((rule) => rule.id === criterion)) continue;
    for (const [index, example] of cases.entries()) {
      count += 1;
      const decision = await evaluate(example.input, { ruleSets: [ruleSet], asOf: ruleSet.validFrom });
      if (decision.issues.length > 0) {
        const issues = decision.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
        problems.push({ file, path: `cases.${index}.input`, detail: `Eingabe ungültig (${issues}) / invalid input` });
        continue;
      }
      const status = decision.criteria.find((c) => c.id === criterion)?.status;
      if (status !== example.expected) {
        problems.push({
          file,
          path: `cases.${index}.expected`,
          detail: `„${example.name}“ ergibt „${statusWords[status ?? "unknown"]}“, erwartet „${statusWords[example.expected]}“ / gives "${status}", expected "${example.expected}"`,
        });
      }
    }
  }
  return { problems, count };
}

/**
 * Checks a rules folder: every file against its schema, then what the schema cannot see (comparisons
 * that can never hold, unknown values, rules not in the rule set, ids used twice, criteria without
 * example cases, example cases that fail under `evaluate`, data lists). Reports all problems at once.
 */
export async function lintRuleDirectory(dir: string): Promise<LintReport> {
  const raw = await readRuleDirectory(dir);
  const structural = structuralProblems(raw);
  const criteria = (raw.manifest as { criteria?: unknown } | undefined)?.criteria;
  const manifestCriteria = Array.isArray(criteria) && criteria.every((c) => typeof c === "string") ? (criteria as string[]) : undefined;
  const problems: RuleFileProblem[] = [...structural, ...folderProblems(raw, manifestCriteria)];

  const broken = new Set(structural.map((p) => p.file));
  const schoolTypes = (raw.data.schoolTypes as { schoolTypes?: Array<{ id: string }> } | undefined)?.schoolTypes ?? builtInSchoolTypes;
  const knownValues = new Map<FactName, ReadonlySet<string>>([["school.type", new Set(schoolTypes.map((t) => t.id))]]);
  const ruleSet = tryLoad(raw, broken);
  const listed = new Set(manifestCriteria ?? []);
  for (const [file, content] of Object.entries(raw.ruleFiles)) {
    const id = file.replace(/\.json$/, "");
    // Rule files the manifest does not list are not part of the rule set's check: check them alone.
    const own = listed.has(id) ? [] : ruleFileProblems(file, content);
    problems.push(...own);
    if (own.length > 0 || broken.has(file)) continue;
    const rule = ruleSet?.rules.find((r) => r.id === id) ?? tryParse(file, content);
    const setValidFrom = listed.has(id) && !broken.has("ruleset.json") ? (raw.manifest as { validFrom?: string }).validFrom : undefined;
    if (rule) problems.push(...ruleProblems(file, rule, setValidFrom, knownValues));
  }
  let cases = 0;
  if (ruleSet) {
    const runnable = Object.fromEntries(Object.entries(raw.caseFiles).filter(([file]) => !broken.has(file)));
    const result = await caseProblems(ruleSet, runnable);
    problems.push(...result.problems);
    cases = result.count;
  }
  // Grouped by file, in the order found within each file, as compilers print them.
  const order = [...new Set(problems.map((p) => p.file))].sort();
  const sorted = [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  return {
    dir,
    problems: sorted.map((p) => ({ file: displayPath(dir, p.file), path: p.path, message: p.detail })),
    checked: { rules: Object.keys(raw.ruleFiles).length, cases },
  };
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
  try {
    return criteria.length === 0 ? undefined : loadRuleSet(reduced, raw.ruleFiles);
  } catch {
    return undefined;
  }
}

function tryParse(file: string, content: unknown): RuleFile | undefined {
  try {
    return parseRuleFile(file, content);
  } catch {
    return undefined;
  }
}

/** One problem as a compiler prints it: `file:path: message` (`file: message` for the whole file). */
export function formatProblem(problem: LintProblem): string {
  return `${problem.file}${problem.path ? `:${problem.path}` : ""}: ${problem.message}`;
}

