import { describe, expect, it } from "vitest";
import { change, changedFiles, openWorkspace } from "../src/model.js";
import { restoredWorkspace, savedWorkFrom, workToSave } from "../src/saved-work.js";
import { shippedRuleFolder } from "../src/rules-api.js";

describe("work kept in the browser", () => {
  it("opens again as it was left, its changes intact", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "regeln.zip"), "rules/min-duration.json", ["level"], "must");
    const kept = savedWorkFrom(structuredClone(workToSave(workspace, new Date("2026-12-07T22:00:00Z"))));
    expect(kept?.savedAt).toBe("2026-12-07T22:00:00.000Z");
    const again = restoredWorkspace(kept!);
    expect(again.source).toBe("regeln.zip");
    expect(changedFiles(again)).toEqual(["rules/min-duration.json"]);
    expect(again.history).toEqual([]);
  });

  it("ignores what does not have the shape of kept work", () => {
    expect(savedWorkFrom(undefined)).toBeUndefined();
    expect(savedWorkFrom({ source: "x", savedAt: "y", baseline: {}, files: {} })).toBeUndefined();
    expect(savedWorkFrom({ source: 1, savedAt: "y", baseline: shippedRuleFolder(), files: shippedRuleFolder() })).toBeUndefined();
  });
});
