import { describe, expect, it } from "vitest";
import { application, random } from "@bildungspartner/test-kit";
import { ImpactShare, mergeImpacts, shares } from "../src/impact-pool.js";
import { addCategory, change, openWorkspace, removeMailboxWord } from "../src/model.js";
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

  it("kept between changes, gives exactly the impact of deciding every row afresh (ids included), lists changed or not", () => {
    const next = random(23);
    const rows: ImpactRow[] = Array.from({ length: 300 }, (_, i) => {
      if (i === 5) return { line: i + 1, unreadable: "kaputt" };
      const value = { ...(application(next, i + 1) as { partners: { category: string }[] }), id: `a-${i}` };
      // Partners of a kind the opened lists do not have: invalid before, read anew once it is added.
      if (i % 7 === 0) value.partners = value.partners.map((partner) => ({ ...partner, category: "zoo" }));
      return { line: i + 1, value };
    });
    const opened = openWorkspace(shippedRuleFolder(), "x");
    const level = change(opened, "rules/min-duration.json", ["level"], "must");
    const lists = removeMailboxWord(level, "info");
    const zoo = addCategory(level, {
      label: { de: "Zoo", en: "Zoo" },
      inProgramme: true,
      needed: false,
      reason: { de: "Lernort", en: "Place of learning" },
      source: { quote: "folgenden Institutionen", url: "https://www.bildungspartner.schulministerium.nrw.de/" },
    });
    const share = new ImpactShare();
    share.setRows(rows);
    share.setBefore(opened.baseline);
    expect(ruleImpact(loaded(opened.baseline), loaded(zoo.files), rows).changed.length).toBeGreaterThan(0);
    for (const workspace of [level, lists, zoo, level]) {
      expect(share.impact(workspace.files, "f")).toEqual(ruleImpact(loaded(opened.baseline), loaded(workspace.files), rows, { file: "f" }));
    }
    expect(share.impact({}, "f")).toBeUndefined();
  });
});
