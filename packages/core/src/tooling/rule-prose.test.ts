import { categories, schoolTypes, shippedRuleSets, type Condition, type TopLevelCondition } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { comparisonProse, conditionOutline, conditionProse, decisionTable, germanList, inputLines } from "./rule-prose.js";

const lists = { categories, schoolTypes };
const rule = (id: string) => shippedRuleSets()[0]!.rules.find((r) => r.id === id)!;

describe("rules in German words", () => {
  it("read the shipped minimum duration as indefinite, 24 months or two school years from a start between two days", () => {
    const schoolYears = "Zahl der Schuljahre vom Schuljahr des Beginns bis zum letzten 31. Juli innerhalb der Laufzeit: mindestens 2";
    expect(conditionProse(rule("min-duration").conditions, lists)).toBe(
      `Die Vereinbarung ist unbefristet oder Laufzeit der Vereinbarung in vollen Monaten: mindestens 24 oder (Tag des Beginns im Jahr: vom 01.08. bis zum 30.09. und ${schoolYears}) oder die Vereinbarung verlängert sich von selbst bis zur Kündigung`,
    );
    expect(conditionOutline(rule("min-duration").conditions, lists)).toEqual({
      heading: "Mindestens eine dieser Bedingungen gilt:",
      items: [
        "Die Vereinbarung ist unbefristet",
        "Laufzeit der Vereinbarung in vollen Monaten: mindestens 24",
        { heading: "Alle diese Bedingungen gelten:", items: ["Tag des Beginns im Jahr: vom 01.08. bis zum 30.09.", schoolYears] },
        "Die Vereinbarung verlängert sich von selbst bis zur Kündigung",
      ],
    });
    expect(conditionProse(rule("third-partner").conditions, lists)).toBe(
      "(Ein nicht kommunaler Partner braucht einen weiteren, kommunalen Partner, weil er überregional tätig ist oder seine Art von Einrichtung es verlangt: nein und ein nicht kommunaler, örtlicher Partner ist von einer Art, bei der Bildungspartner NRW über den dritten Partner entscheidet: nein) oder mindestens ein Partner ist eine kommunale Einrichtung",
    );
    expect(conditionProse(rule("named-contacts").conditions, lists)).toBe(
      "Die Schule nennt eine Ansprechperson und jeder Partner nennt eine Ansprechperson",
    );
  });

  it.each([
    [{ fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 36 }, "Laufzeit der Vereinbarung in vollen Monaten: mindestens 36"],
    [{ fact: "agreement.coversMonths", operator: "greaterThan", value: 1200 }, "Laufzeit der Vereinbarung in vollen Monaten: mehr als 1.200"],
    [{ fact: "agreement.coversMonths", operator: "lessThan", value: 6 }, "Laufzeit der Vereinbarung in vollen Monaten: weniger als 6"],
    [{ fact: "agreement.coversMonths", operator: "lessThanInclusive", value: 60 }, "Laufzeit der Vereinbarung in vollen Monaten: höchstens 60"],
    [{ fact: "agreement.startMonthDay", operator: "greaterThanInclusive", value: 801 }, "Tag des Beginns im Jahr: frühestens am 01.08."],
    [{ fact: "agreement.startMonthDay", operator: "lessThanInclusive", value: 930 }, "Tag des Beginns im Jahr: spätestens am 30.09."],
    [{ fact: "agreement.startMonthDay", operator: "lessThan", value: 1231 }, "Tag des Beginns im Jahr: vor dem 31.12."],
    [{ fact: "agreement.startMonthDay", operator: "in", value: [101, 1001] }, "Tag des Beginns im Jahr: 01.01. oder 01.10."],
    [{ fact: "agreement.written", operator: "equal", value: false }, "Die Vereinbarung ist schriftlich: nein"],
    [{ fact: "agreement.written", operator: "notEqual", value: false }, "Die Vereinbarung ist schriftlich"],
    [{ fact: "school.type", operator: "equal", value: "gymnasium" }, "Art der Einrichtung: Gymnasium"],
    [{ fact: "school.type", operator: "notEqual", value: "kita" }, "Art der Einrichtung: nicht Kindertageseinrichtung (Kita)"],
    [{ fact: "school.type", operator: "in", value: ["grundschule", "gymnasium", "hort"] }, "Art der Einrichtung: Grundschule, Gymnasium oder „hort“"],
    [{ fact: "school.type", operator: "notIn", value: ["kita"] }, "Art der Einrichtung: nicht Kindertageseinrichtung (Kita)"],
    [{ fact: "school.type", operator: "notIn", value: ["kita", "kindergarten", "grundschule"] }, "Art der Einrichtung: keine von Kindertageseinrichtung (Kita), Kindergarten oder Grundschule"],
  ] as const)("word %j as %s", (condition, words) => {
    expect(comparisonProse(condition, lists)).toBe(words);
  });

  it("bracket nested groups and word a negation", () => {
    const condition: Condition = {
      all: [
        { any: [{ fact: "agreement.written", operator: "equal", value: true }, { fact: "agreement.indefinite", operator: "equal", value: true }] },
        { not: { fact: "school.type", operator: "equal", value: "kita" } },
      ],
    };
    expect(conditionProse(condition, lists)).toBe(
      "(Die Vereinbarung ist schriftlich oder die Vereinbarung ist unbefristet) und nicht (Art der Einrichtung: Kindertageseinrichtung (Kita))",
    );
    expect(germanList(["a", "b", "c"], "und")).toBe("a, b und c");
  });

  it("give a decision table with every way to each result", () => {
    expect(decisionTable(rule("third-partner").conditions, lists)).toEqual({
      columns: [
        "Ein nicht kommunaler Partner braucht einen weiteren, kommunalen Partner, weil er überregional tätig ist oder seine Art von Einrichtung es verlangt: nein",
        "Ein nicht kommunaler, örtlicher Partner ist von einer Art, bei der Bildungspartner NRW über den dritten Partner entscheidet: nein",
        "Mindestens ein Partner ist eine kommunale Einrichtung",
      ],
      rows: [
        { cells: ["ja", "ja", "–"], result: "met" },
        { cells: ["–", "–", "ja"], result: "met" },
        { cells: ["nein", "–", "nein"], result: "not-met" },
        { cells: ["–", "nein", "nein"], result: "not-met" },
      ],
    });
    expect(decisionTable(rule("signed-by-all").conditions, lists)?.rows).toEqual([
      { cells: ["ja", "ja"], result: "met" },
      { cells: ["nein", "–"], result: "not-met" },
      { cells: ["–", "nein"], result: "not-met" },
    ]);
    const negated: TopLevelCondition = { not: { any: [{ fact: "agreement.written", operator: "equal", value: true }, { fact: "agreement.indefinite", operator: "equal", value: true }] } };
    expect(decisionTable(negated, lists)?.rows).toEqual([
      { cells: ["nein", "nein"], result: "met" },
      { cells: ["ja", "–"], result: "not-met" },
      { cells: ["–", "ja"], result: "not-met" },
    ]);
  });

  it("leave out a table that would be too long to read", () => {
    const pair = (i: number): Condition => ({
      any: [
        { fact: "agreement.coversMonths", operator: "greaterThan", value: i },
        { fact: "agreement.written", operator: "equal", value: true },
      ],
    });
    expect(decisionTable({ all: [pair(1), pair(2), pair(3), pair(4), pair(5)] }, lists)).toBeUndefined();
  });

  it("show an example case's input with labels, positions from 1 and German values", () => {
    expect(
      inputLines(
        {
          school: { type: "kita" },
          partners: [{ category: "archive", municipal: true }],
          agreement: { startDate: "2025-08-01", endDate: null },
          contacts: [{ side: "partner", partner: 0, email: "a.b@example.org" }],
        },
        lists,
      ),
    ).toEqual([
      "Art der Einrichtung: Kindertageseinrichtung (Kita)",
      "Partner 1 – Art der Einrichtung: Archiv",
      "Partner 1 – Kommunale Einrichtung: ja",
      "Beginn der Vereinbarung: 01.08.2025",
      "Ende der Vereinbarung: leer",
      "Ansprechperson 1 – Seite der Ansprechperson: Partner",
      "Ansprechperson 1 – Partner der Ansprechperson: Partner 1",
      "Ansprechperson 1 – E-Mail-Adresse: a.b@example.org",
    ]);
    expect(inputLines({}, lists)).toEqual(["(keine Angaben)"]);
    expect(inputLines({ partners: [] }, lists)).toEqual(["Partner: (keine)"]);
  });
});
