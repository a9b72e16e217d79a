import { describe, expect, it } from "vitest";
import { application, random } from "@bildungspartner/test-kit";
import { mergeImpacts, shares } from "../src/impact-pool.js";
import { change, openWorkspace } from "../src/model.js";
import { ruleImpact, shippedRuleFolder, type ImpactRow } from "../src/rules-api.js";
import { loaded } from "./folders.js";

describe("the impact in shares", () => {
  it("cuts rows into consecutive, even shares", () => {
    expect(shares([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(shares([1], 3)).toEqual([[1], [], []]);
  });

  it("adds up to exactly the impact of all rows at once", () => {
    const next = random(11);
    const rows: ImpactRow[] = Array.from({ length: 400 }, (_, i) => (i === 17 ? { line: i + 1, unreadable: "kaputt" } : { line: i + 1, value: application(next, i + 1) }));
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/min-duration.json", ["level"], "must");
    const [before, after] = [loaded(workspace.baseline), loaded(workspace.files)];
    const whole = ruleImpact(before, after, rows, { file: "antraege.ndjson" });
    const merged = mergeImpacts(shares(rows, 3).map((part) => ruleImpact(before, after, part, { file: "antraege.ndjson" })));
    expect(merged).toEqual(whole);
    expect(whole.changed.length).toBeGreaterThan(0);
  });
});
