import { changedLists, listChangeApplications, patchedFolder } from "@bildungspartner/test-kit";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { evaluateSync } from "../evaluate/evaluate.js";
import { lintRuleFolder } from "./rule-folder.js";
import { loadRuleSet, MAX_RULE_FOLDER_FILES, ruleFolderFiles, unzipRuleFolder } from "./load-rule-set.js";
import { shippedRuleFolder } from "./shipped-folder.js";

const asText = (files: Readonly<Record<string, unknown>>, prefix = "") =>
  Object.entries(files).map(([key, content]) => ({ path: `${prefix}${key}`, text: JSON.stringify(content, null, 2) }));
const zipOf = (files: Readonly<Record<string, unknown>>, prefix = "") =>
  zipSync(Object.fromEntries(asText(files, prefix).map(({ path, text }) => [path, strToU8(text)])));

describe("loadRuleSet", () => {
  it("loads the shipped folder with its data lists and offerings, linted without problems", () => {
    const loaded = loadRuleSet(shippedRuleFolder());
    expect(loaded.status).toBe("loaded");
    if (loaded.status !== "loaded") return;
    expect(loaded.ruleSet.data?.categories?.length).toBeGreaterThan(0);
    expect(loaded.offerings?.rules.length).toBeGreaterThan(0);
    expect(loaded.report).toMatchObject({ problems: [], faqQuotes: false });
  });

  it("gives a changed folder's lists to evaluateSync with its rule set", () => {
    const loaded = loadRuleSet(patchedFolder({ "data/school-types.json": changedLists["data/school-types.json"]! }));
    if (loaded.status !== "loaded") throw new Error(JSON.stringify(loaded.problems));
    expect(evaluateSync(listChangeApplications.schulversuch, { ruleSets: [loaded.ruleSet], asOf: "2026-01-15" }).status).not.toBe("invalid");
    expect(evaluateSync(listChangeApplications.schulversuch, { asOf: "2026-01-15" }).status).toBe("invalid");
  });

  it("refuses a folder with the problems rules lint reports, failing example cases included", () => {
    const files = patchedFolder({ "rules/min-duration.json": (rule) => (rule.level = "must") });
    const loaded = loadRuleSet(files);
    expect(loaded.status).toBe("invalid");
    expect(loaded.status === "invalid" && loaded.problems).toEqual(lintRuleFolder(files).problems);
    expect(lintRuleFolder(files).problems.length).toBeGreaterThan(0);
  });

  it("lists files that could not be read among its problems", () => {
    const read = ruleFolderFiles([...asText(shippedRuleFolder()), { path: "rules/kaputt.json", text: "{ nicht json" }]);
    const loaded = loadRuleSet(read.files, { unreadable: read.unreadable });
    expect(loaded.status === "invalid" && loaded.problems[0]).toMatchObject({ file: "rules/kaputt.json", code: "unreadable-json" });
  });
});

describe("ruleFolderFiles and unzipRuleFolder", () => {
  it("read picked files and a zip, wherever the folder stands in the paths, into the same map", () => {
    const shipped = shippedRuleFolder();
    const picked = ruleFolderFiles([...asText(shipped, "mein-ordner/"), { path: "mein-ordner/README.md", text: "#" }]);
    expect(picked).toEqual({ files: shipped, unreadable: [] });
    expect(ruleFolderFiles(asText(shipped).map((e) => ({ ...e, path: `C:\\Regeln\\${e.path.replaceAll("/", "\\")}` }))).files).toEqual(shipped);
    expect(unzipRuleFolder(zipOf(shipped, "export/"))).toEqual({ files: shipped, unreadable: [] });
  });

  it("gives bytes that are no zip, and a zip of too many files, as one problem, never an exception", () => {
    expect(unzipRuleFolder(new Uint8Array([1, 2, 3])).unreadable).toEqual([expect.objectContaining({ file: "", code: "unreadable-json" })]);
    const many = Object.fromEntries(Array.from({ length: MAX_RULE_FOLDER_FILES + 1 }, (_, i) => [`rules/r${i}.json`, {}]));
    expect(unzipRuleFolder(zipOf(many))).toEqual({ files: {}, unreadable: [expect.objectContaining({ code: "too-many" })] });
  });
});
