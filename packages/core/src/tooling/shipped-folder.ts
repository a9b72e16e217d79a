import type { RuleFolderFiles } from "./rule-problems.js";
import { shippedCaseFiles, shippedCriteriaFiles, shippedDataFiles, shippedOfferingFiles } from "../generated/shipped-files.js";

const inFolder = (folder: string, files: RuleFolderFiles) => Object.entries(files).map(([file, content]) => [`${folder}/${file}`, content] as const);

/**
 * The shipped rule files, example cases and data lists as a folder map (`rules/…`,
 * `rules/offerings/…`, `data/…`), fresh deep copies on each call, for tools that edit and re-check them.
 */
export function shippedRuleFolder(): RuleFolderFiles {
  return structuredClone({
    ...Object.fromEntries([...inFolder("rules", shippedCriteriaFiles), ...inFolder("rules/offerings", shippedOfferingFiles)]),
    ...shippedCaseFiles,
    ...shippedDataFiles,
  }) as RuleFolderFiles;
}
