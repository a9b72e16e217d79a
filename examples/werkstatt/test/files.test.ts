import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { changeReport, exportZip, fileText, folderKey, problemLine, readFolder, reportName, unzipFiles } from "../src/files.js";
import { change, changedFiles, faqDepartures, openWorkspace } from "../src/model.js";
import { diffMarkdown, diffRuleFolders, lintRuleFolder, shippedRuleFolder } from "../src/rules-api.js";
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
    expect(report).toContain("ohne offenes Problem");
  });

  it("names every lint problem at the top of the report, before the changed files", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/min-duration.json", ["level"], "must");
    const problems = lintRuleFolder(workspace.files).problems;
    expect(problems.length).toBeGreaterThan(1);
    const report = changeReport(changedFiles(workspace), "## Diff", problems);
    const top = report.slice(0, report.indexOf("**Geänderte Dateien**"));
    expect(top).toContain(`${problems.length} offene Probleme`);
    for (const problem of problems) expect(top).toContain(problemLine(problem));
    expect(problemLine(problems[0]!)).toContain("rules/");
  });

  it("names a level lowered against the FAQ first", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/kindergarten-excluded.json", ["level"], "should");
    const report = changeReport(changedFiles(workspace), "## Diff", [], faqDepartures(workspace.files));
    expect(report.indexOf("Abweichung von der FAQ")).toBeLessThan(report.indexOf("**Geänderte Dateien**"));
    expect(report).toContain("nicht möglich");
  });

  it("reads zips made elsewhere, folders inside them included", () => {
    const zip = zipSync({ "regeln/": new Uint8Array(), "regeln/rules/ruleset.json": strToU8('{"version":"1.0.0"}') });
    expect(readFolder(unzipFiles(zip)).files).toEqual({ "rules/ruleset.json": { version: "1.0.0" } });
  });
});
