import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { applicationRows, changeReport, csvRows, exportZip, fileText, folderKey, ndjsonRows, readFolder, reportName, unzipFiles } from "../src/files.js";
import { change, changedFiles, openWorkspace } from "../src/model.js";
import { diffMarkdown, diffRuleFolders, lintRuleFolder, ruleImpact, shippedRuleFolder } from "../src/rules-api.js";
import { loaded } from "./folders.js";


describe("reading a chosen folder", () => {
  it("keys files from the rules or data folder on", () => {
    expect(folderKey("core/rules/offerings/flyers.json")).toBe("rules/offerings/flyers.json");
    expect(folderKey("core\\data\\categories.json")).toBe("data/categories.json");
    expect(folderKey("meine-regeln/min-duration.json")).toBe("rules/min-duration.json");
    expect(folderKey("ruleset.json")).toBe("rules/ruleset.json");
  });

  it("keeps JSON files, names unreadable ones and leaves other files out", () => {
    const read = readFolder([
      { path: "core/rules/ruleset.json", text: "{}" },
      { path: "core/rules/broken.json", text: "{" },
      { path: "core/README.md", text: "# x" },
    ]);
    expect(Object.keys(read.files)).toEqual(["rules/ruleset.json"]);
    expect(read.skipped.map((s) => s.path)).toEqual(["core/rules/broken.json"]);
  });
});

describe("the exported zip", () => {
  it("holds the whole changed folder under its files-map paths and the change report, and reads back the same", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/min-duration.json", ["title", "de"], "Langfristige Kooperationsvereinbarung");
    const diff = diffRuleFolders(loaded(workspace.baseline), loaded(workspace.files));
    const report = changeReport(changedFiles(workspace), diffMarkdown(diff));
    const entries = unzipFiles(exportZip(workspace.files, report));
    expect(entries.find((e) => e.path === reportName)?.text).toContain("rules/min-duration.json");
    expect(entries.find((e) => e.path === "rules/min-duration.json")?.text).toBe(fileText(workspace.files["rules/min-duration.json"]));
    const again = readFolder(entries);
    expect(again.files).toEqual(workspace.files);
    expect(lintRuleFolder(again.files).problems).toEqual([]);
  });

  it("reads zips made elsewhere, folders inside them included", () => {
    const zip = zipSync({ "regeln/": new Uint8Array(), "regeln/rules/ruleset.json": strToU8('{"version":"1.0.0"}') });
    expect(readFolder(unzipFiles(zip)).files).toEqual({ "rules/ruleset.json": { version: "1.0.0" } });
  });
});

describe("applications from a file", () => {
  it("reads NDJSON line by line, skipping blank lines and naming broken ones", () => {
    const rows = ndjsonRows('{"id":1}\n\n{oops\r\n{"id":2}\n');
    expect(rows).toEqual([{ line: 1, value: { id: 1 } }, expect.objectContaining({ line: 3 }), { line: 4, value: { id: 2 } }]);
    expect("unreadable" in rows[1]!).toBe(true);
  });

  it("reads CSV with dotted field names into applications", () => {
    const csv = [
      "id;school.type;agreement.startDate;agreement.endDate;agreement.indefinite;partners.0.category;partners.0.municipal;contacts.0.email",
      'A1;gymnasium;2025-08-01;2027-07-31;false;archive;wahr;"a.b@x.de"',
      "A2;grundschule;;;true;museum;false;",
      "A3;zu;wenig",
    ].join("\n");
    const rows = csvRows(csv);
    expect(rows[0]).toEqual({
      line: 2,
      value: {
        id: "A1",
        school: { type: "gymnasium" },
        agreement: { startDate: "2025-08-01", endDate: "2027-07-31", indefinite: false },
        partners: [{ category: "archive", municipal: true }],
        contacts: [{ email: "a.b@x.de" }],
      },
    });
    expect(rows[1]).toMatchObject({ value: { agreement: { indefinite: true }, partners: [{ municipal: false }] } });
    expect(rows[2]).toMatchObject({ line: 4, unreadable: expect.stringContaining("Spalten") });
    expect(applicationRows("x.CSV", "a,b\n1,2")).toEqual([{ line: 2, value: { a: "1", b: "2" } }]);
  });

  it("gives the impact of a shorter minimum term on generated applications", async () => {
    const { application, random } = await import("@bildungspartner/test-kit");
    const next = random(7);
    const rows = Array.from({ length: 300 }, (_, i) => ({ line: i + 1, value: application(next, i + 1) }));
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/min-duration.json", ["conditions", "any", 1, "value"], 12);
    const impact = ruleImpact(loaded(workspace.baseline), loaded(workspace.files), rows);
    expect(impact.applications).toBe(300);
    expect(impact.changed.length).toBeGreaterThan(0);
    expect(impact.changed.every((c) => c.criteria.some((k) => k.id === "min-duration"))).toBe(true);
  });
});
