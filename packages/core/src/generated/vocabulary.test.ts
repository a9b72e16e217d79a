import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { shippedFilesModule, vocabularyModule, vocabularySources } from "../../scripts/vocabulary.js";
import { shippedRuleFolder } from "../tooling/shipped-folder.js";
import { categoryIds, criterionIds, offeringIds, schoolTypeIds } from "./vocabulary.js";

const sources = vocabularySources(fileURLToPath(new URL("../../", import.meta.url)));
const current = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), "utf8");

describe("src/generated/vocabulary.ts and shipped-files.ts", () => {
  it("are current with the rule folder and data/ (else run `pnpm build`)", () => {
    expect(current("vocabulary.ts")).toBe(vocabularyModule(sources));
    expect(current("shipped-files.ts")).toBe(shippedFilesModule(sources));
  });

  it("hold the ids in the order of the manifests and lists", () => {
    const folder = shippedRuleFolder() as Record<string, any>;
    expect(criterionIds).toEqual(folder["rules/ruleset.json"].criteria);
    expect(offeringIds).toEqual(folder["rules/offerings/ruleset.json"].offerings);
    expect(categoryIds).toEqual(folder["data/categories.json"].categories.map((c: { id: string }) => c.id));
    expect(schoolTypeIds).toEqual(folder["data/school-types.json"].schoolTypes.map((t: { id: string }) => t.id));
  });

  it("ship every JSON file of the folder, each rule beside its example cases", () => {
    expect(Object.keys(shippedRuleFolder()).sort()).toEqual([...sources.files].sort());
    for (const id of criterionIds) expect(sources.files).toContain(`rules/${id}.cases.json`);
    for (const id of offeringIds) expect(sources.files).toContain(`rules/offerings/${id}.cases.json`);
  });
});
