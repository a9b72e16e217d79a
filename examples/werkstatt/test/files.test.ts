import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { changeReport, chosenPath, exportZip, fileText, problemLine, readFolder, readZip, reportName } from "../src/files.js";
import { change, changedFiles, faqDepartures, openWorkspace } from "../src/model.js";
import { diffMarkdown, diffRuleFolders, lintRuleFolder, shippedRuleFolder } from "../src/rules-api.js";
import { loaded } from "./folders.js";


describe("reading a chosen folder", () => {
  it("takes a chosen folder without a rules or data folder in its paths as the rules folder", () => {
    expect(chosenPath("core/rules/offerings/flyers.json")).toBe("core/rules/offerings/flyers.json");
    expect(chosenPath("core\\data\\categories.json")).toBe("core/data/categories.json");
    expect(chosenPath("meine-regeln/min-duration.json")).toBe("rules/min-duration.json");
    expect(chosenPath("ruleset.json")).toBe("rules/ruleset.json");
    expect(Object.keys(readFolder([{ path: "meine-regeln/ruleset.json", text: "{}" }]).files)).toEqual(["rules/ruleset.json"]);
  });

  it("keeps JSON files, names unreadable ones and leaves other files out", () => {
    const read = readFolder([
      { path: "core/rules/ruleset.json", text: "{}" },
      { path: "core/rules/broken.json", text: "{" },
      { path: "core/README.md", text: "# x" },
    ]);
    expect(Object.keys(read.files)).toEqual(["rules/ruleset.json"]);
    expect(read.skipped.map((s) => s.path)).toEqual(["rules/broken.json"]);
    expect(read.skipped[0]!.reason).toMatch(/^Kein gültiges JSON oder nicht lesbar \(/);
  });
});

describe("the exported zip", () => {
  it("holds the whole changed folder under its files-map paths and the change report, and reads back the same", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "rules/min-duration.json", ["title", "de"], "Langfristige Kooperationsvereinbarung");
    const diff = diffRuleFolders(loaded(workspace.baseline), loaded(workspace.files));
    const report = changeReport(changedFiles(workspace), diffMarkdown(diff));
    const zip = exportZip(workspace.files, report);
    const entries = unzipSync(zip);
    expect(strFromU8(entries[reportName]!)).toContain("rules/min-duration.json");
    expect(strFromU8(entries["rules/min-duration.json"]!)).toBe(fileText(workspace.files["rules/min-duration.json"]));
    const again = readZip(zip);
    expect(again.skipped).toEqual([]);
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
    expect(readZip(zip).files).toEqual({ "rules/ruleset.json": { version: "1.0.0" } });
  });

  it("names bytes that are no zip archive as one unreadable entry without a path", () => {
    const read = readZip(strToU8("kein Archiv"));
    expect(read.files).toEqual({});
    expect(read.skipped.map((s) => s.path)).toEqual([""]);
  });
});
