import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CriterionId, CriterionStatus, RuleSet } from "@bildungspartner/core";
import { eligibilityKind, loadRules } from "@bildungspartner/core/rules";
import { corePackage } from "./rule-folders.js";

/** One data-only example case from `rules/<id>.cases.json`. */
export interface RuleCase {
  readonly file: string;
  readonly criterion: CriterionId;
  readonly name: string;
  readonly input: unknown;
  readonly expected: CriterionStatus;
}

/** The shipped rules folder of `@bildungspartner/core`. */
export const rulesDir = join(corePackage, "rules");

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

/** A rule-set folder read from disk as a policy maker leaves it: `ruleset.json` and `<id>.json` files. */
export function loadRuleSetDir(dir: string): RuleSet {
  const read = (file: string): unknown => JSON.parse(readFileSync(`${dir}/${file}`, "utf8"));
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json") && !file.endsWith(".cases.json") && file !== "ruleset.json")
      .map((file) => [file, read(file)]),
  );
  return loadRules(eligibilityKind, read("ruleset.json"), files);
}
