import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Operators from "../evaluate/operators.js";

/*
 * Prose and lint read every operator from the one table: a copy of the table with one more operator
 * shows up in both without a change to them.
 */

afterEach(() => {
  vi.doUnmock("../evaluate/operators.js");
  vi.resetModules();
});

async function withFakeOperator() {
  vi.resetModules();
  vi.doMock("../evaluate/operators.js", async (importOriginal) => {
    const original = await importOriginal<typeof Operators>();
    const fake: Operators.Operator = {
      ...original.operatorTable.greaterThanInclusive,
      name: "roughly" as Operators.OperatorName,
      word: { de: "ungefähr", en: "roughly" },
      prose: (items, lang) => `${lang === "de" ? "ungefähr" : "roughly"} ${items.join("")}`,
      dateWord: { de: "um den", en: "around" },
    };
    return { ...original, operatorTable: { ...original.operatorTable, roughly: fake } };
  });
  const prose = await import("./rule-prose.js");
  const folder = await import("./rule-folder.js");
  return { prose, folder };
}

describe("the operator table's readers", () => {
  it("word a new operator in prose from its table entry", async () => {
    const { prose } = await withFakeOperator();
    const lists = { categories: [], schoolTypes: [] };
    const condition = { fact: "agreement.coversMonths", operator: "roughly", value: 24 } as never;
    expect(prose.comparisonText(condition, lists)).toBe("ungefähr 24");
    expect(prose.comparisonText({ fact: "agreement.startMonthDay", operator: "roughly", value: 801 } as never, lists)).toBe("um den 01.08.");
  });

  it("lint a new operator by its operand types", async () => {
    const { folder } = await withFakeOperator();
    const types = new Map<string, "boolean" | "number" | "string">([["school.type", "string"], ["agreement.coversMonths", "number"]]);
    const problems = (fact: string, value: unknown) =>
      folder.comparisonProblems("x.json", { fact, operator: "roughly", value } as never, types, new Map()).map((problem) => problem.code);
    expect(problems("agreement.coversMonths", 24)).toEqual([]);
    expect(problems("school.type", 24)).toEqual(["compares-numbers"]);
  });
});
