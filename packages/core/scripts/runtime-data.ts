// The text of src/generated/runtime-data.ts: what the evaluators and the form read of
// data/categories.json, without the reasons and sources that only the catalogue and the diffs show.
// scripts/generate-runtime-data.ts writes it (part of `pnpm build`); a test holds the file to it.

interface CategoryEntry {
  readonly id: string;
  readonly inProgramme: boolean;
  readonly label: { readonly de: string; readonly en: string };
  readonly thirdPartner: { readonly needed: boolean | string };
}

/** The module's text from the parsed `data/categories.json`. */
export function runtimeDataModule(categoriesFile: { readonly categories: readonly CategoryEntry[] }): string {
  const text = JSON.stringify;
  const entries = categoriesFile.categories.map(
    ({ id, inProgramme, label, thirdPartner }) =>
      `{ id: ${text(id)}, inProgramme: ${inProgramme}, label: { de: ${text(label.de)}, en: ${text(label.en)} }, thirdPartner: { needed: ${text(thirdPartner.needed)} } }`,
  );
  return `// Generated from data/categories.json by scripts/generate-runtime-data.ts (part of \`pnpm build\`): do not edit.
// Only what the evaluators and the form read, so that browser bundles leave out the reasons and sources.
import type { CategoryReading } from "../data.js";

/** The shipped partner categories as the evaluators and the form read them, in the order of the FAQ. */
export const runtimeCategories: readonly CategoryReading[] = [
${entries.map((entry) => `  ${entry},`).join("\n")}
];
`;
}
