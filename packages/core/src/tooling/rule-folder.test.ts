import { changedLists, listChangeApplications, patchedFolder } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { evaluateSync } from "../evaluate/evaluate.js";
import { dataListProblems, emptyRanges, exampleCaseResults, lintRuleFolder, loadRuleFolder, type RuleFolder } from "./rule-folder.js";
import { ruleImpact } from "./rule-impact.js";
import { ruleProblemMessage } from "./rule-problems.js";
import { shippedRuleFolder } from "./shipped-folder.js";

describe("data list checks", () => {
  it("want ids once, labels in both languages, a yes/no for the programme and a third-partner reading", () => {
    const thirdPartner = { needed: false, reason: { de: "Grund", en: "Reason" }, source: { url: "http://example.org/seite" } };
    const categories = {
      categories: [
        { id: "archive", inProgramme: true, label: { de: "Archiv", en: "Archive" }, thirdPartner },
        { id: "archive", inProgramme: "ja", label: { de: "Archiv 2", en: "" }, thirdPartner: { ...thirdPartner, needed: "nein" } },
        { id: "Zoo", inProgramme: true, label: { de: "Zoo" }, thirdPartner: { reason: { de: "Grund" }, source: { url: "ftp://x", quote: " " } } },
        { id: "museum", inProgramme: true, label: { de: "Museum", en: "Museum" } },
      ],
    };
    expect(dataListProblems({ "data/categories.json": categories }).map((p) => [p.path, ruleProblemMessage(p, "en")])).toEqual([
      ["categories.1.id", "id archive used twice"],
      ["categories.1.label.en", "English text is missing"],
      ["categories.1.inProgramme", "true or false needed"],
      ["categories.1.thirdPartner.needed", 'true, false or "review" needed'],
      ["categories.2.id", "id of a–z, 0–9 and - needed"],
      ["categories.2.label.en", "English text is missing"],
      ["categories.2.thirdPartner.needed", 'true, false or "review" needed'],
      ["categories.2.thirdPartner.reason.en", "English text is missing"],
      ["categories.2.thirdPartner.source.url", "the source's http(s) address is needed"],
      ["categories.2.thirdPartner.source.quote", "empty quote: leave it out or quote verbatim"],
      ["categories.3.thirdPartner", "third-partner reading is missing"],
    ]);
    expect(dataListProblems({ "data/school-types.json": { schoolTypes: [{ id: "grundschule", label: { de: "Grundschule", en: "Primary school" } }] } })).toEqual([]);
    expect(dataListProblems({ "data/school-types.json": {} })).toEqual([
      { file: "data/school-types.json", path: "schoolTypes", code: "list-missing", params: {} },
    ]);
  });

  it("want role-mailbox words as they are compared, surnames among them, and well-formed official domains", () => {
    const roleMailboxes = {
      localParts: ["info", "Sekretariat", "büro", "info"],
      alsoSurnames: ["info", "post"],
      officialDomains: [{ domain: "schule nrw", localPartDigits: 6, label: { de: "x", en: "x" } }, { domain: "schule.nrw.de", localPartDigits: 0, label: { de: "x", en: "x" } }],
    };
    expect(dataListProblems({ "data/role-mailboxes.json": roleMailboxes }).map((p) => p.path)).toEqual([
      "localParts.1",
      "localParts.2",
      "localParts.3",
      "alsoSurnames.1",
      "officialDomains.0.domain",
      "officialDomains.1.localPartDigits",
    ]);
    expect(dataListProblems({ "data/role-mailboxes.json": { localParts: ["info"], officialDomains: [] } })).toEqual([
      { file: "data/role-mailboxes.json", path: "alsoSurnames", code: "list-missing", params: {} },
    ]);
  });
});

describe("a rules folder as a map of files", () => {
  it("lints, loads and runs the shipped folder without a problem", () => {
    const files = shippedRuleFolder();
    const report = lintRuleFolder(files);
    expect(report.problems).toEqual([]);
    expect(report.rules).toBe(22);
    const loaded = loadRuleFolder(files);
    expect(loaded.status).toBe("loaded");
    if (loaded.status !== "loaded") return;
    const results = exampleCaseResults(loaded.folder);
    expect(results).toHaveLength(report.cases);
    expect(results.filter((r) => r.actual !== r.expected)).toEqual([]);
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(["criteria", "offerings"]));
  });

  it("reports an id used by two files for both kinds (the offerings' twin never checked it)", () => {
    const files = { ...shippedRuleFolder() } as Record<string, unknown>;
    files["rules/offerings/flyers-copy.json"] = files["rules/offerings/flyers.json"];
    files["rules/min-duration-copy.json"] = files["rules/min-duration.json"];
    const twice = lintRuleFolder(files).problems.filter((p) => p.code === "id-used-twice");
    expect(twice.map((p) => [p.file, p.params.owner])).toEqual([
      ["rules/min-duration-copy.json", "min-duration.json"],
      ["rules/offerings/flyers-copy.json", "flyers.json"],
    ]);
    expect(ruleProblemMessage(twice[1]!)).toBe("Die Kennung flyers steht schon in flyers.json");
  });

  it("reports a school-year window that admits no day (01.10. to 30.09.) in both languages, and only then", () => {
    const files = structuredClone(shippedRuleFolder()) as Record<string, any>;
    files["rules/min-duration.json"].parameters.windowStart.value = "01.10.";
    const empty = lintRuleFolder(files).problems.filter((p) => p.code === "empty-range");
    expect(empty.map((p) => [p.file, p.path])).toEqual([["rules/min-duration.json", "conditions.any.2.all.1.value"]]);
    expect(ruleProblemMessage(empty[0]!)).toBe(
      "Kein Wert von agreement.startMonthDay erfüllt zugleich „mindestens 01.10.“ und „höchstens 30.09.“: Dieser Teil der Regel trifft nie zu",
    );
    expect(ruleProblemMessage(empty[0]!, "en")).toMatch(/^no value of agreement\.startMonthDay is both "\S+ \S+ 01\.10\." and /);
    files["rules/min-duration.json"].parameters.windowStart.value = "30.09.";
    expect(lintRuleFolder(files).problems.filter((p) => p.code === "empty-range")).toEqual([]);
  });

  it("finds empty ranges inside all only, with the edges of strict and inclusive bounds", () => {
    const range = (lower: [string, number], upper: [string, number]) =>
      emptyRanges({ all: [{ fact: "n", operator: lower[0], value: lower[1] }, { fact: "n", operator: upper[0], value: upper[1] }] } as never).length;
    expect(range(["greaterThanInclusive", 5], ["lessThanInclusive", 5])).toBe(0);
    expect(range(["greaterThan", 5], ["lessThanInclusive", 5])).toBe(1);
    expect(range(["greaterThanInclusive", 5], ["lessThan", 5])).toBe(1);
    expect(range(["greaterThan", 4], ["lessThan", 6])).toBe(0);
    expect(emptyRanges({ any: [{ fact: "n", operator: "greaterThan", value: 9 }, { fact: "n", operator: "lessThan", value: 1 }] } as never)).toEqual([]);
    expect(emptyRanges({ not: { all: [{ fact: "n", operator: "greaterThan", value: 9 }, { fact: "m", operator: "lessThan", value: 1 }] } } as never)).toEqual([]);
  });

  it("names a failing example case with the kind's status words in both languages", () => {
    const files = shippedRuleFolder() as Record<string, any>;
    files["rules/offerings/flyers.cases.json"].cases[0].expected = "not-available";
    const failing = lintRuleFolder(files).problems.find((p) => p.code === "case-fails")!;
    expect(failing.file).toBe("rules/offerings/flyers.cases.json");
    expect(ruleProblemMessage(failing)).toMatch(/ergibt „.+“, erwartet „nicht verfügbar“$/);
    expect(ruleProblemMessage(failing, "en")).toMatch(/expected "not-available"$/);
  });
});

describe("a folder's data lists travel with its rule set", () => {
  const before = loadRuleFolder(shippedRuleFolder());
  const after = loadRuleFolder(patchedFolder(changedLists));
  if (before.status !== "loaded" || after.status !== "loaded") throw new Error("the shipped folder and its changed lists load");
  const statusUnder = (folder: RuleFolder, input: unknown) => evaluateSync(input, { ruleSets: [folder.ruleSet], asOf: "2026-01-15" }).status;

  it("evaluateSync reads the role words, the categories' third-partner readings and the school types of the rule set given", () => {
    const { "kreis-at": kreis, "freie-buehne": stage, schulversuch } = listChangeApplications;
    expect([kreis, stage, schulversuch].map((input) => statusUnder(before.folder, input))).toEqual(["needs-review", "needs-review", "invalid"]);
    expect([kreis, stage, schulversuch].map((input) => statusUnder(after.folder, input))).toEqual(["eligible", "eligible", "eligible"]);
    // The shipped rule sets stay as they are.
    expect(evaluateSync(schulversuch, { asOf: "2026-01-15" }).status).toBe("invalid");
  });

  it("ruleImpact counts each changed list", () => {
    const rows = Object.entries(listChangeApplications).map(([id, input], i) => ({ line: i + 1, value: { ...input, id } }));
    const impact = ruleImpact(before.folder, after.folder, rows);
    expect(impact.changed.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: "kreis-at", from: "needs-review", to: "eligible" },
      { id: "freie-buehne", from: "needs-review", to: "eligible" },
      { id: "schulversuch", from: "invalid", to: "eligible" },
    ]);
  });
});
