import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The texts of src/generated/vocabulary.ts (every id and its union, read from the rule folder and the
// data lists) and src/generated/shipped-files.ts (the shipped files as imports, by their key in a
// folder map). Adding a criterion, an offering, a category or a school type is then a change of data
// files only; scripts/generate-runtime-data.ts writes both (part of `pnpm build`), a test holds them current.

/** What the generated modules are made from: ids in the manifests' and lists' order, and the file names. */
export interface VocabularySources {
  readonly criterionIds: readonly string[];
  readonly offeringIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly schoolTypeIds: readonly string[];
  /** Every JSON file of `rules/`, `rules/offerings/` and `data/`, by its key in a folder map (`rules/min-duration.json`). */
  readonly files: readonly string[];
}

/** Reads the ids and the file names from the core package's folder. */
export function vocabularySources(corePackage: string): VocabularySources {
  const read = (file: string): any => JSON.parse(readFileSync(join(corePackage, file), "utf8"));
  const jsonIn = (folder: string) =>
    readdirSync(join(corePackage, folder))
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => `${folder}/${name}`);
  return {
    criterionIds: read("rules/ruleset.json").criteria,
    offeringIds: read("rules/offerings/ruleset.json").offerings,
    categoryIds: read("data/categories.json").categories.map((c: { id: string }) => c.id),
    schoolTypeIds: read("data/school-types.json").schoolTypes.map((t: { id: string }) => t.id),
    files: [...jsonIn("rules"), ...jsonIn("rules/offerings"), ...jsonIn("data")],
  };
}

const HEAD = "// Generated from rules/ and data/ by scripts/generate-runtime-data.ts (part of `pnpm build`): do not edit.\n";

/** The text of `src/generated/vocabulary.ts`. */
export function vocabularyModule(sources: VocabularySources): string {
  const list = (doc: string, name: string, type: string, ids: readonly string[]) => `/** ${doc} */
export type ${type} =
${ids.map((id) => `  | ${JSON.stringify(id)}`).join("\n")};

/** Every {@link ${type}}, in the order of its file. */
export const ${name}: readonly [${type}, ...${type}[]] = [
${ids.map((id) => `  ${JSON.stringify(id)},`).join("\n")}
];
`;
  return `${HEAD}
${list("Ids of the eligibility criteria, one rule file each, in the order of `rules/ruleset.json` (the order a person reads the FAQ).", "criterionIds", "CriterionId", sources.criterionIds)}
${list("Ids of the offerings, one rule file each in `rules/offerings/`, in the order of its `ruleset.json`: what is offered, then what is not.", "offeringIds", "OfferingId", sources.offeringIds)}
${list("Ids of the partner categories (`partners[].category`), in the order of `data/categories.json` (the FAQ's).", "categoryIds", "CategoryId", sources.categoryIds)}
${list("Ids of the school types (`school.type`) in `data/school-types.json`, including the excluded kindergarten and day-care centre.", "schoolTypeIds", "SchoolTypeId", sources.schoolTypeIds)}`;
}

/** `rules/offerings/flyers.cases.json` → `rulesOfferingsFlyersCases`: an import's name. */
const importName = (file: string) => file.replace(/\.json$/, "").replace(/[/.-]+(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The text of `src/generated/shipped-files.ts`. */
export function shippedFilesModule({ files }: VocabularySources): string {
  const group = (doc: string, name: string, take: (file: string) => boolean, key: (file: string) => string) => `/** ${doc} */
export const ${name}: Readonly<Record<string, unknown>> = {
${files
  .filter(take)
  .map((file) => `  ${JSON.stringify(key(file))}: ${importName(file)},`)
  .join("\n")}
};
`;
  const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`) && !file.slice(folder.length + 1).includes("/");
  const isCases = (file: string) => file.endsWith(".cases.json");
  return `${HEAD}${files.map((file) => `import ${importName(file)} from "../../${file}";`).join("\n")}

${group("The shipped criteria's files as parsed JSON, by file name inside `rules/`.", "shippedCriteriaFiles", (f) => inFolder("rules")(f) && !isCases(f), (f) => f.slice("rules/".length))}
${group("The shipped offerings' files as parsed JSON, by file name inside `rules/offerings/`.", "shippedOfferingFiles", (f) => inFolder("rules/offerings")(f) && !isCases(f), (f) => f.slice("rules/offerings/".length))}
${group("The example cases shipped beside the rules, by their key in a folder map.", "shippedCaseFiles", isCases, (f) => f)}
${group("The shipped data lists, by their key in a folder map (`data/…`).", "shippedDataFiles", inFolder("data"), (f) => f)}`;
}
