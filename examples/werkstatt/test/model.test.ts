import { describe, expect, it } from "vitest";
import {
  acceptCase,
  addCategory,
  addMailboxWord,
  addSchoolType,
  change,
  changedCases,
  changedFiles,
  compareVersions,
  differOnlyInVersions,
  earliestValidFrom,
  entryId,
  faqDepartures,
  faqMustQuote,
  isoDate,
  labelTaken,
  mailboxWord,
  nextVersion,
  monthDayValue,
  openWorkspace,
  rangeEmptiedBy,
  removeMailboxWord,
  removeSchoolType,
  ruleEntries,
  setAlsoSurname,
  thresholdJson,
  thresholds,
  undo,
  valueAt,
  versionsDue,
  versionText,
  wholeNumber,
} from "../src/model.js";
import { exampleCaseResults, lintRuleFolder, loadRuleFolder, monthDayText, shippedRuleFolder } from "../src/rules-api.js";
import { loaded } from "./folders.js";

const fresh = () => openWorkspace(shippedRuleFolder(), "mitgelieferter Regelsatz");

describe("the workspace", () => {
  it("lists every criterion and offering of the shipped folder in the manifests' order", () => {
    const entries = ruleEntries(fresh().files);
    expect(entries.filter((e) => e.kind === "criteria").map((e) => e.id)).toEqual(valueAt(fresh().files["rules/ruleset.json"], ["criteria"]));
    expect(entries.filter((e) => e.kind === "offerings").length).toBeGreaterThan(0);
    expect(entries[0]).toMatchObject({ file: "rules/written-agreement.json", caseFile: "rules/written-agreement.cases.json" });
  });

  it("changes one value, keeps the rest shared, and undoes it", () => {
    const before = fresh();
    const after = change(before, "rules/min-duration.json", ["level"], "must");
    expect(valueAt(after.files["rules/min-duration.json"], ["level"])).toBe("must");
    expect(after.files["rules/written-agreement.json"]).toBe(before.files["rules/written-agreement.json"]);
    expect(changedFiles(after)).toEqual(["rules/min-duration.json"]);
    expect(undo(after).files).toBe(before.files);
    expect(changedFiles(undo(after))).toEqual([]);
  });

  it("records nothing when a value is set to what it is", () => {
    const before = fresh();
    expect(change(before, "rules/min-duration.json", ["level"], "should")).toBe(before);
  });

  it("refuses paths and files that are not in the folder", () => {
    expect(() => change(fresh(), "rules/nope.json", ["level"], "must")).toThrow(/keine Datei/);
    expect(() => change(fresh(), "rules/min-duration.json", ["conditions", "any", 7, "value"], 1)).toThrow(/Pfad/);
  });
});

describe("thresholds and cut-offs", () => {
  const minDuration = () => ruleEntries(fresh().files).find((e) => e.id === "min-duration")!;

  it("finds the parameters: the months, the school years and the school-year window as dates", () => {
    const found = thresholds(minDuration().rule);
    expect(found.map((t) => [t.path.join("."), t.value, t.format])).toEqual([
      ["parameters.months.value", 24, "number"],
      ["parameters.schoolYears.value", 2, "number"],
      ["parameters.windowStart.value", 801, "month-day"],
      ["parameters.cutoff.value", 930, "month-day"],
    ]);
    expect(monthDayText(found[3]!.value)).toBe("30.09.");
  });

  it("finds a number written into a condition, with its fact and operator", () => {
    const found = thresholds({ conditions: { all: [{ fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 12 }] } });
    expect(found).toEqual([
      { path: ["conditions", "all", 0, "value"], fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 12, format: "number", label: expect.any(String) },
    ]);
  });

  it("writes a parameter where the rule has it, a day as „30.09.“, and the rule set still loads", () => {
    const [months, , , cutoff] = thresholds(minDuration().rule);
    const shorter = change(fresh(), "rules/min-duration.json", months!.path, thresholdJson(months!, 12));
    const later = change(shorter, "rules/min-duration.json", cutoff!.path, thresholdJson(cutoff!, 1015));
    const file = later.files["rules/min-duration.json"];
    expect([valueAt(file, ["parameters", "months", "value"]), valueAt(file, ["parameters", "cutoff", "value"])]).toEqual([12, "15.10."]);
    const loadedFolder = loadRuleFolder(later.files);
    expect(loadedFolder.status).toBe("loaded");
  });

  it("refuses a window start or cut-off that leaves the school-year window without a day, as lint does", () => {
    const [, , windowStart, cutoff] = thresholds(minDuration().rule);
    expect(rangeEmptiedBy(minDuration().rule, windowStart!, 1001)).toMatchObject({ lower: { value: 1001 }, upper: { value: 930 } });
    expect(rangeEmptiedBy(minDuration().rule, cutoff!, 731)).toMatchObject({ lower: { value: 801 }, upper: { value: 731 } });
    expect(rangeEmptiedBy(minDuration().rule, windowStart!, 930)).toBeUndefined();
    expect(rangeEmptiedBy(minDuration().rule, cutoff!, 1015)).toBeUndefined();
  });

  it("only makes month-days that exist", () => {
    expect(monthDayValue(31, 9)).toBe(930);
    expect(monthDayValue(30, 2)).toBe(229);
    expect(monthDayValue(15, 13)).toBe(1215);
    expect(monthDayValue(0, 8)).toBe(801);
  });

  it("accepts whole numbers, versions and dates only", () => {
    expect(wholeNumber(" 18 ")).toBe(18);
    expect([wholeNumber("-1"), wholeNumber("1.5"), wholeNumber(""), wholeNumber("zwölf")]).toEqual([undefined, undefined, undefined, undefined]);
    expect(versionText("1.1.0")).toBe("1.1.0");
    expect(versionText("1.1")).toBeUndefined();
    expect(isoDate("2025-02-28")).toBe("2025-02-28");
    expect(isoDate("2025-02-30")).toBeUndefined();
  });

  it("lets the rule set start no earlier than its latest rule", () => {
    expect(earliestValidFrom(fresh().files)).toBe("2023-05-31");
  });
});

describe("lists", () => {
  it("spells role-mailbox words the way they are compared", () => {
    expect(mailboxWord(" Büro ")).toBe("buero");
    expect(mailboxWord("Straße")).toBe("strasse");
    expect(mailboxWord("info2")).toBeUndefined();
    expect(entryId("Förderschule (Sek. I)")).toBe("foerderschule-sek-i");
  });

  it("adds and removes role-mailbox words, the surname mark with them, and keeps lint clean", () => {
    let w = addMailboxWord(fresh(), "Schulhof");
    expect(valueAt(w.files["data/role-mailboxes.json"], ["localParts"])).toContain("schulhof");
    expect(addMailboxWord(w, "schulhof")).toBe(w);
    expect(addMailboxWord(w, "x1")).toBe(w);
    w = setAlsoSurname(w, "schulhof", true);
    expect(valueAt(w.files["data/role-mailboxes.json"], ["alsoSurnames"])).toContain("schulhof");
    w = removeMailboxWord(w, "schulhof");
    expect(valueAt(w.files["data/role-mailboxes.json"], ["alsoSurnames"])).not.toContain("schulhof");
    expect(changedFiles(w)).toEqual([]);
    expect(lintRuleFolder(w.files).problems).toEqual([]);
  });

  it("adds a school type with both labels and removes only types no rule names", () => {
    let w = addSchoolType(fresh(), "Waldschule", "Forest school");
    const types = valueAt(w.files["data/school-types.json"], ["schoolTypes"]) as Array<{ id: string }>;
    expect(types.at(-1)).toEqual({ id: "waldschule", label: { de: "Waldschule", en: "Forest school" } });
    expect(addSchoolType(w, "Waldschule", "again")).toBe(w);
    expect(addSchoolType(w, "Neu", " ")).toBe(w);
    w = removeSchoolType(w, "waldschule");
    expect(changedFiles(w)).toEqual([]);
    // kindergarten-excluded compares school.type with "kita": removing it would leave an unknown value.
    expect(removeSchoolType(w, "kita")).toBe(w);
  });
});

describe("example cases", () => {
  it("shows the cases a level change turns, and accepting one writes it as the expectation", () => {
    const w = change(fresh(), "rules/personal-email.json", ["conditions", "all", 0, "value"], false);
    const changed = changedCases(exampleCaseResults(loaded(w.files)));
    expect(changed.length).toBeGreaterThan(0);
    const first = changed[0]!;
    const accepted = acceptCase(w, first);
    expect(valueAt(accepted.files[first.file], ["cases", first.index, "expected"])).toBe(first.actual);
    expect(changedCases(exampleCaseResults(loaded(accepted.files)))).toHaveLength(changed.length - 1);
  });

  it("does not write a result that no case may expect", () => {
    const w = fresh();
    const [first] = exampleCaseResults(loaded(w.files));
    expect(acceptCase(w, { ...first!, actual: "invalid" })).toBe(w);
  });
});

describe("versions", () => {
  it("compares part by part, as numbers", () => {
    expect(compareVersions("1.10.0", "1.9.0")).toBeGreaterThan(0);
    expect(compareVersions("0.9.0", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(nextVersion("1.9.3")).toBe("1.10.0");
  });

  it("tells a change of version numbers alone, which decides nothing, from any other change", () => {
    const start = fresh();
    expect(differOnlyInVersions(start.files, change(start, "rules/ruleset.json", ["version"], "1.1.0").files)).toBe(true);
    expect(differOnlyInVersions(start.files, change(start, "rules/ruleset.json", ["validFrom"], "2030-01-01").files)).toBe(false);
    expect(differOnlyInVersions(start.files, change(start, "rules/min-duration.json", ["level"], "must").files)).toBe(false);
  });

  it("asks a changed rule set for a higher version than it was opened with, and only that one", () => {
    const levelChanged = change(fresh(), "rules/min-duration.json", ["level"], "must");
    expect(versionsDue(fresh())).toEqual([]);
    expect(versionsDue(levelChanged)).toEqual([{ manifest: "rules/ruleset.json", name: "Kriterien", opened: "1.0.0", now: "1.0.0" }]);
    expect(versionsDue(change(levelChanged, "rules/ruleset.json", ["version"], "0.9.0"))).toMatchObject([{ now: "0.9.0" }]);
    expect(versionsDue(change(levelChanged, "rules/ruleset.json", ["version"], "1.0.1"))).toEqual([]);
    expect(versionsDue(change(fresh(), "data/categories.json", ["categories", 0, "inProgramme"], false))).toMatchObject([{ name: "Kriterien" }]);
    const offering = ruleEntries(fresh().files).find((e) => e.kind === "offerings")!;
    expect(versionsDue(change(fresh(), offering.file, ["title", "de"], "Neu"))).toMatchObject([{ name: "Angebote" }]);
  });
});

describe("levels the FAQ fixes", () => {
  it("reads „nicht möglich“ and „muss“ in a criterion's quote as a fixed Muss-Kriterium", () => {
    const entries = ruleEntries(fresh().files);
    const fixed = entries.filter((e) => faqMustQuote(e.rule) !== undefined).map((e) => e.id);
    expect(fixed).toContain("kindergarten-excluded");
    expect(fixed).not.toContain("min-duration");
  });

  it("lists a criterion lowered against the FAQ, and none as shipped", () => {
    expect(faqDepartures(fresh().files)).toEqual([]);
    const lowered = change(fresh(), "rules/kindergarten-excluded.json", ["level"], "should");
    expect(faqDepartures(lowered.files)).toEqual([
      { file: "rules/kindergarten-excluded.json", title: expect.any(String), quote: expect.stringContaining("nicht möglich") },
    ]);
    expect(faqDepartures(change(fresh(), "rules/min-duration.json", ["level"], "should").files)).toEqual([]);
  });
});

describe("a new kind of partner", () => {
  const zoo = {
    label: { de: "Zoo", en: "Zoo" },
    inProgramme: true,
    needed: "review" as const,
    reason: { de: "Die FAQ nennt Zoos nicht; Bildungspartner NRW entscheidet.", en: "The FAQ does not name zoos; the programme office decides." },
    source: { quote: "folgenden Institutionen", url: "https://www.bildungspartner.schulministerium.nrw.de/" },
  };

  it("is added before „other“ with its reading, reason and source, and the folder still lints", () => {
    const added = addCategory(fresh(), zoo);
    const ids = (valueAt(added.files["data/categories.json"], ["categories"]) as { id: string }[]).map((c) => c.id);
    expect(ids.at(-1)).toBe("other");
    expect(ids.at(-2)).toBe("zoo");
    expect(valueAt(added.files["data/categories.json"], ["categories", ids.length - 2, "thirdPartner", "needed"])).toBe("review");
    expect(lintRuleFolder(added.files).problems).toEqual([]);
  });

  it("cannot take a label another entry has, in either language; its own label is no clash", () => {
    const list = valueAt(fresh().files["data/categories.json"], ["categories"]) as { label: { de: string; en: string } }[];
    expect(labelTaken(list, 1, "de", ` ${list[0]!.label.de.toUpperCase()} `)).toBe(true);
    expect(labelTaken(list, 1, "en", list[0]!.label.en)).toBe(true);
    expect(labelTaken(list, 0, "de", list[0]!.label.de)).toBe(false);
    expect(labelTaken(list, 0, "de", "Zoo")).toBe(false);
  });

  it("is refused with an empty text, a bad address, or a taken id or label", () => {
    const before = fresh();
    expect(addCategory(before, { ...zoo, reason: { de: " ", en: "x" } })).toBe(before);
    expect(addCategory(before, { ...zoo, source: { ...zoo.source, url: "FAQ" } })).toBe(before);
    expect(addCategory(before, { ...zoo, label: { de: "archive", en: "x" } })).toBe(before);
    expect(addCategory(before, { ...zoo, label: { de: "ARCHIV", en: "x" } })).toBe(before);
  });
});
