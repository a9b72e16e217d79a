import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveParameters, type ParameterizedRule } from "../src/evaluate/parameters.js";

// The text of src/generated/runtime-data.ts: what the evaluators and the form read of
// data/categories.json and the criteria in rules/, without the reasons, sources, descriptions and
// reading texts that only the catalogue, the diffs and the tooling show. Parameters are resolved as
// the loader resolves them: the module holds plain values and filled texts.
// scripts/generate-runtime-data.ts writes it (part of `pnpm build`); a test holds the file to it.

interface CategoryEntry {
  readonly id: string;
  readonly inProgramme: boolean;
  readonly label: { readonly de: string; readonly en: string };
  readonly thirdPartner: { readonly needed: boolean | string };
}

/** A criterion's file as the generator reads it: the keys a Decision needs, and each reading. */
interface CriterionFile {
  readonly id: string;
  readonly level: string;
  readonly title: unknown;
  readonly messages: unknown;
  readonly source: unknown;
  readonly conditions: unknown;
  readonly readings?: readonly { readonly id: string; readonly text: unknown; readonly [key: string]: unknown }[];
}

/** What the module is made from: the parsed `data/categories.json`, `rules/ruleset.json` and the criteria's files by id. */
export interface RuntimeDataSources {
  readonly categoriesFile: { readonly categories: readonly CategoryEntry[] };
  readonly manifest: { readonly version: string; readonly validFrom: string; readonly criteria: readonly string[]; readonly nextSteps?: unknown };
  readonly criteria: Readonly<Record<string, CriterionFile>>;
}

/** Reads the sources from the core package's folder (`data/`, `rules/`). */
export function runtimeDataSources(corePackage: string): RuntimeDataSources {
  const read = (file: string): any => JSON.parse(readFileSync(join(corePackage, file), "utf8"));
  const manifest = read("rules/ruleset.json") as RuntimeDataSources["manifest"];
  const criteria = Object.fromEntries(manifest.criteria.map((id) => [id, read(`rules/${id}.json`) as CriterionFile]));
  return { categoriesFile: read("data/categories.json"), manifest, criteria };
}

/** The module's text from the shipped data and rule files. */
export function runtimeDataModule({ categoriesFile, manifest, criteria }: RuntimeDataSources): string {
  const text = JSON.stringify;
  const entries = categoriesFile.categories.map(
    ({ id, inProgramme, label, thirdPartner }) =>
      `{ id: ${text(id)}, inProgramme: ${inProgramme}, label: { de: ${text(label.de)}, en: ${text(label.en)} }, thirdPartner: { needed: ${text(thirdPartner.needed)} } }`,
  );
  // A Decision reads a reading's id, title, level and when; its long text is for the catalogue.
  const rules = manifest.criteria.map((id) => {
    const { level, title, messages, source, conditions, readings } = resolveParameters(criteria[id] as unknown as ParameterizedRule) as unknown as CriterionFile;
    return { id, level, title, messages, source, conditions, ...(readings ? { readings: readings.map(({ text: _text, ...reading }) => reading) } : {}) };
  });
  const ruleSet = { version: manifest.version, validFrom: manifest.validFrom, rules, nextSteps: { eligible: [], "needs-review": [], ...(manifest.nextSteps as object | undefined) } };
  return `// Generated from data/categories.json and rules/ by scripts/generate-runtime-data.ts (part of \`pnpm build\`): do not edit.
// Only what the evaluators and the form read, so that browser bundles leave out the reasons, sources,
// descriptions, interpretations and the readings' texts.
import type { CategoryReading } from "../application/data.js";
import type { DecisionRuleSet } from "../evaluate/decision-rules.js";

/** The shipped partner categories as the evaluators and the form read them, in the order of the FAQ. */
export const runtimeCategories: readonly CategoryReading[] = [
${entries.map((entry) => `  ${entry},`).join("\n")}
];

/** The shipped criteria as a Decision reads them (see \`shippedDecisionRuleSets\`). */
export const runtimeRuleSets: readonly DecisionRuleSet[] = [${JSON.stringify(ruleSet, null, 2)} satisfies DecisionRuleSet];
`;
}
