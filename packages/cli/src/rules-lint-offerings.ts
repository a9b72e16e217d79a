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
  type OfferingRuleSet,
  type OfferingStatus,
  type RuleFileProblem,
} from "@bildungspartner/core";
import { readRuleDirectory, ruleFolderProblems, type RawRuleDirectory } from "./rule-directory.js";
import {
  comparisonProblems,
  exampleCaseProblems,
  faqProblems,
  lintReport,
  lintRuleDirectory,
  listedIds,
  listingProblems,
  unlessThrows,
  type LintReport,
} from "./rules-lint.js";

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
  return ruleFolderProblems(raw, offeringRuleSetProblems, offeringCaseFileProblems);
}

/** The folder's rule set reduced to its sound rules, so one broken rule does not hide failing cases of others. */
function tryLoad(raw: RawRuleDirectory, broken: ReadonlySet<string>, listed: readonly string[]): OfferingRuleSet | undefined {
  const sound = listed.filter((id) => Object.hasOwn(raw.ruleFiles, `${id}.json`) && !broken.has(`${id}.json`));
  if (sound.length === 0 || broken.has("ruleset.json")) return undefined;
  return unlessThrows(() => loadOfferingRuleSet({ ...(raw.manifest as object), offerings: [...new Set(sound)] }, raw.ruleFiles));
}

/** Checks a folder of offering rules and reports every problem at once, like `lintRuleDirectory`, with the FAQ quotes given its text. */
export async function lintOfferingDirectory(dir: string, faqText?: string): Promise<LintReport> {
  const raw = await readRuleDirectory(dir);
  const structural = offeringStructuralProblems(raw);
  const listedOfferings = listedIds(raw.manifest, "offerings");
  const listed = new Set(listedOfferings ?? []);
  const problems: RuleFileProblem[] = [...structural, ...(listedOfferings ? listingProblems(raw, listed, { list: "offerings", rule: { de: "einem Angebot", en: "an offering" } }) : [])];
  const broken = new Set(structural.map((p) => p.file));
  const setValidFrom = broken.has("ruleset.json") ? undefined : (raw.manifest as { validFrom?: string } | undefined)?.validFrom;
  for (const [file, content] of Object.entries(raw.ruleFiles)) {
    const id = file.replace(/\.json$/, "");
    const own = listed.has(id) ? [] : offeringRuleFileProblems(file, content);
    problems.push(...own);
    if (own.length > 0 || broken.has(file)) continue;
    const rule = unlessThrows(() => parseOfferingRuleFile(file, content));
    if (!rule) continue;
    problems.push(...comparisonProblems(file, rule.conditions, "conditions", knownValues, types));
    if (listed.has(id) && setValidFrom !== undefined && rule.validFrom > setValidFrom) {
      problems.push({ file, path: "validFrom", detail: `Liegt nach dem Beginn des Regelsatzes (${setValidFrom}) / after the rule set's validFrom` });
    }
  }
  const ruleSet = listedOfferings ? tryLoad(raw, broken, listedOfferings) : undefined;
  const cases = ruleSet
    ? await exampleCaseProblems(raw.caseFiles, broken, {
        caseKey: "offering",
        ids: new Set(ruleSet.rules.map((rule) => rule.id)),
        run: (input, id) => {
          const report = offerings(input, { ruleSets: [ruleSet], asOf: ruleSet.validFrom });
          return { issues: report.issues, status: report.offerings.find((o) => o.id === id)?.status ?? "unknown" };
        },
        words: offeringStatusWords,
      })
    : { problems: [], count: 0 };
  problems.push(...cases.problems, ...faqProblems(raw, faqText));
  return lintReport(dir, raw, problems, cases.count, faqText !== undefined);
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
 * offerings folder inside it (`offerings/`), if it has one, in one report. Given the FAQ's text, the
 * quotes attributed to the FAQ are checked too.
 */
export async function lintAnyRuleDirectory(dir: string, faqText?: string): Promise<LintReport> {
  if (isOfferingManifest(await readManifest(dir))) return lintOfferingDirectory(dir, faqText);
  const criteria = await lintRuleDirectory(dir, faqText);
  const offeringsDir = join(dir, "offerings");
  if (!existsSync(join(offeringsDir, "ruleset.json"))) return criteria;
  const offered = await lintOfferingDirectory(offeringsDir, faqText);
  return {
    dir,
    problems: [...criteria.problems, ...offered.problems],
    checked: {
      rules: criteria.checked.rules + offered.checked.rules,
      cases: criteria.checked.cases + offered.checked.cases,
      faqQuotes: criteria.checked.faqQuotes,
    },
  };
}
