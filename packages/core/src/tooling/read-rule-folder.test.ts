import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { patchedFolder, writeRuleFolder } from "@bildungspartner/test-kit";
import { afterAll, describe, expect, it } from "vitest";
import { loadRuleSetFromFolder, readRuleFolder } from "./read-rule-folder.js";
import { shippedRuleFolder } from "./shipped-folder.js";

const scratch = mkdtempSync(join(tmpdir(), "read-rule-folder-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("readRuleFolder and loadRuleSetFromFolder (node entry)", () => {
  it("read a folder written to disk back into the same map, and load it", async () => {
    const dir = writeRuleFolder(shippedRuleFolder(), join(scratch, "shipped"));
    const read = await readRuleFolder(dir);
    expect(read.files).toEqual(shippedRuleFolder());
    expect(read.pathOf("data/categories.json")).toBe(join(dir, "..", "data", "categories.json"));
    expect((await loadRuleSetFromFolder(dir)).status).toBe("loaded");
  });

  it("report a changed folder's lint problems, and a missing folder as a missing ruleset.json", async () => {
    const dir = writeRuleFolder(patchedFolder({ "rules/min-duration.json": (rule) => (rule.level = "must") }), join(scratch, "changed"));
    expect((await loadRuleSetFromFolder(dir)).status).toBe("invalid");
    const missing = await loadRuleSetFromFolder(join(scratch, "gibt-es-nicht"));
    expect(missing.status === "invalid" && missing.problems).toContainEqual(expect.objectContaining({ file: "rules/ruleset.json", code: "file-missing" }));
  });
});
