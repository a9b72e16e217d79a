import { loadRuleFolder, type RuleFolder, type RuleFolderFiles } from "../src/rules-api.js";

/** The folder of a files map that must load; the test fails with the problems otherwise. */
export function loaded(files: RuleFolderFiles): RuleFolder {
  const result = loadRuleFolder(files);
  if (result.status !== "loaded") throw new Error(JSON.stringify(result.problems));
  return result.folder;
}
