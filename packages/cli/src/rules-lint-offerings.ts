import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  isOfferingManifest,
  loadOfferingRuleSet,
  offeringCaseFileProblems,
  offeringFactDefinitions,
  offeringRuleFileProblems,
  offeringRuleSetProblems,
  offerings,
  parseOfferingRuleFile,
  type OfferingCaseFile,
  type OfferingRuleFile,
  type OfferingRuleSet,
  type OfferingStatus,
  type RuleFileProblem,
} from "@bildungspartner/core";
import { displayPath, readRuleDirectory, type RawRuleDirectory } from "./rule-directory.js";
import { comparisonProblems, lintRuleDirectory, type LintReport } from "./rules-lint.js";

/*
 * `rules lint` for a folder of offering rules (`ruleset.json` with `"kind": "offerings"`): the same
 * checks as for the criteria, with the offerings' own ids, facts, statuses and evaluator.
 */

/** The German words for an offering status. */
export const offeringStatusWords: Readonly<Record<OfferingStatus, string>> = {
  available: "verfügbar",
  "not-available": "nicht verfügbar",
  unknown: "offen (Angabe fehlt)",
};

const types = new Map(offeringFactDefinitions.map((fact) => [fact.name as string, fact.type]));
const knownValues = new Map<string, ReadonlySet<string>>([["funding.purpose", new Set(["project", "training", "permanent"])]]);

/** Unreadable files, the manifest and every listed rule file, and every example-case file. */
export function offeringStructuralProblems(raw: RawRuleDirectory): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [...raw.unreadable];
  const unreadable = new Set(raw.unreadable.map((p) => p.file));
  if (raw.manifest === undefined && !unreadable.has("ruleset.json")) {
    problems.push({ file: "ruleset.json", path: "", detail: "Datei fehlt / file is missing" });
  } else if (raw.manifest !== undefined) {
    problems.push(...offeringRuleSetProblems(raw.manifest, raw.ruleFiles).filter((p) => !unreadable.has(p.file)));
  }
  for (const [file, content] of Object.entries(raw.caseFiles)) problems.push(...offeringCaseFileProblems(file, content));
  return problems;
}

function listedOfferings(manifest: unknown): string[] | undefined {
  const list = (manifest as { offerings?: unknown } | undefined)?.offerings;
  return Array.isArray(list) && list.every((id) => typeof id === "string") ? (list as string[]) : undefined;
}

function folderProblems(raw: RawRuleDirectory, listed: ReadonlySet<string>): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  for (const file of Object.keys(raw.ruleFiles)) {
    if (!listed.has(file.replace(/\.json$/, ""))) {
      problems.push({ file, path: "", detail: "Nicht in ruleset.json (offerings) aufgeführt, wird also nie angewandt / not listed in ruleset.json" });
    }
  }
  for (const id of listed) {
    if (!Object.hasOwn(raw.caseFiles, `${id}.cases.json`) && !raw.unreadable.some((p) => p.file === `${id}.cases.json`)) {
      problems.push({ file: `${id}.cases.json`, path: "", detail: "Keine Beispielfälle: Datei fehlt / no example cases: file is missing" });
    }
  }
  for (const file of Object.keys(raw.caseFiles)) {
    if (!listed.has(file.replace(/\.cases\.json$/, ""))) {
      problems.push({ file, path: "", detail: "Beispielfälle zu einem Angebot, das nicht in ruleset.json steht / cases for an offering not in ruleset.json" });
    }
  }
  return problems;
}

function tryParse(file: string, content: unknown): OfferingRuleFile | undefined {
  try {
    return parseOfferingRuleFile(file, content);
  } catch {
    return undefined;
  }
}

/** The folder's rule set reduced to its sound rules, so one broken rule does not hide failing cases of others. */
function tryLoad(raw: RawRuleDirectory, broken: ReadonlySet<string>, listed: readonly string[]): OfferingRuleSet | undefined {
  const sound = listed.filter((id) => Object.hasOwn(raw.ruleFiles, `${id}.json`) && !broken.has(`${id}.json`));
  if (sound.length === 0 || broken.has("ruleset.json")) return undefined;
  try {
    return loadOfferingRuleSet({ ...(raw.manifest as object), offerings: [...new Set(sound)] }, raw.ruleFiles);
  } catch {
    return undefined;
  }
}

/** Runs every example case through `offerings` with the folder's rule set, on its first day. */
function caseProblems(ruleSet: OfferingRuleSet, caseFiles: Readonly<Record<string, unknown>>): { problems: RuleFileProblem[]; count: number } {
  const problems: RuleFileProblem[] = [];
  let count = 0;
  for (const [file, content] of Object.entries(caseFiles)) {
    const { offering, cases } = content as OfferingCaseFile;
    if (!ruleSet.rules.some((rule) => rule.id === offering)) continue;
    for (const [index, example] of cases.entries()) {
      count += 1;
      const report = offerings(example.input, { ruleSets: [ruleSet], asOf: ruleSet.validFrom });
      if (report.issues.length > 0) {
        const issues = report.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
        problems.push({ file, path: `cases.${index}.input`, detail: `Eingabe ungültig (${issues}) / invalid input` });
        continue;
      }
      const status = report.offerings.find((o) => o.id === offering)?.status ?? "unknown";
      if (status !== example.expected) {
        problems.push({
          file,
          path: `cases.${index}.expected`,
          detail: `„${example.name}“ ergibt „${offeringStatusWords[status]}“, erwartet „${offeringStatusWords[example.expected]}“ / gives "${status}", expected "${example.expected}"`,
        });
      }
    }
  }
  return { problems, count };
}

/** Checks a folder of offering rules and reports every problem at once, like `lintRuleDirectory`. */
export async function lintOfferingDirectory(dir: string): Promise<LintReport> {
  const raw = await readRuleDirectory(dir);
  const structural = offeringStructuralProblems(raw);
  const listedIds = listedOfferings(raw.manifest);
  const listed = new Set(listedIds ?? []);
  const problems: RuleFileProblem[] = [...structural, ...(listedIds ? folderProblems(raw, listed) : [])];
  const broken = new Set(structural.map((p) => p.file));
  const setValidFrom = broken.has("ruleset.json") ? undefined : (raw.manifest as { validFrom?: string } | undefined)?.validFrom;
  for (const [file, content] of Object.entries(raw.ruleFiles)) {
    const id = file.replace(/\.json$/, "");
    const own = listed.has(id) ? [] : offeringRuleFileProblems(file, content);
    problems.push(...own);
    if (own.length > 0 || broken.has(file)) continue;
    const rule = tryParse(file, content);
    if (!rule) continue;
    problems.push(...comparisonProblems(file, rule.conditions, "conditions", knownValues, types));
    if (listed.has(id) && setValidFrom !== undefined && rule.validFrom > setValidFrom) {
      problems.push({ file, path: "validFrom", detail: `Liegt nach dem Beginn des Regelsatzes (${setValidFrom}) / after the rule set's validFrom` });
    }
  }
  let cases = 0;
  const ruleSet = listedIds ? tryLoad(raw, broken, listedIds) : undefined;
  if (ruleSet) {
    const runnable = Object.fromEntries(Object.entries(raw.caseFiles).filter(([file]) => !broken.has(file)));
    const result = caseProblems(ruleSet, runnable);
    problems.push(...result.problems);
    cases = result.count;
  }
  const order = [...new Set(problems.map((p) => p.file))].sort();
  const sorted = [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  return {
    dir,
    problems: sorted.map((p) => ({ file: displayPath(dir, p.file), path: p.path, message: p.detail })),
    checked: { rules: Object.keys(raw.ruleFiles).length, cases },
  };
}

async function readManifest(dir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dir, "ruleset.json"), "utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Lints a folder of either kind: an offerings folder alone; a criteria folder together with the
 * offerings folder inside it (`offerings/`), if it has one, in one report.
 */
export async function lintAnyRuleDirectory(dir: string): Promise<LintReport> {
  if (isOfferingManifest(await readManifest(dir))) return lintOfferingDirectory(dir);
  const criteria = await lintRuleDirectory(dir);
  const offeringsDir = join(dir, "offerings");
  if (!existsSync(join(offeringsDir, "ruleset.json"))) return criteria;
  const offered = await lintOfferingDirectory(offeringsDir);
  return {
    dir,
    problems: [...criteria.problems, ...offered.problems],
    checked: { rules: criteria.checked.rules + offered.checked.rules, cases: criteria.checked.cases + offered.checked.cases },
  };
}
