import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CriterionId, CriterionStatus } from "../src/index.js";

/** One data-only example case from `rules/<id>.cases.json`. */
export interface RuleCase {
  readonly file: string;
  readonly criterion: CriterionId;
  readonly name: string;
  readonly input: unknown;
  readonly expected: CriterionStatus;
}

/** The shipped rules folder. */
export const rulesDir = fileURLToPath(new URL("../rules/", import.meta.url));

/** Every example case of every shipped rule, read from the JSON files a policy maker edits. */
export function loadRuleCases(dir: string = rulesDir): RuleCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".cases.json"))
    .sort()
    .flatMap((file) => {
      const content = JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as {
        criterion: CriterionId;
        cases: Array<{ name: string; input: unknown; expected: CriterionStatus }>;
      };
      return content.cases.map((c) => ({ file, criterion: content.criterion, ...c }));
    });
}
