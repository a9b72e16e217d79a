import { afterEach, describe, expect, it, vi } from "vitest";

/*
 * The threshold controls read core's operator table: a copy of the table with one more number
 * operator shows up as a control with that operator's word, without a change to the Werkstatt.
 */

afterEach(() => {
  vi.doUnmock("../src/rules-api.js");
  vi.resetModules();
});

describe("threshold controls", () => {
  it("offer every operator of core's table that compares one number, named by its word", async () => {
    vi.resetModules();
    vi.doMock("../src/rules-api.js", async (importOriginal) => {
      const original = await importOriginal<typeof import("../src/rules-api.js")>();
      const roughly = { ...original.operatorTable.greaterThanInclusive, name: "roughly", word: { de: "ungefähr", en: "roughly" } };
      return { ...original, operatorTable: { ...original.operatorTable, roughly } };
    });
    const { operatorWord, thresholds } = await import("../src/model.js");
    const found = thresholds({
      conditions: { all: [{ fact: "agreement.coversMonths", operator: "roughly", value: 18 }, { fact: "agreement.coversMonths", operator: "in", value: [1] }] },
    });
    expect(found.map((t) => [t.operator, t.value])).toEqual([["roughly", 18]]);
    expect(operatorWord("roughly")).toBe("ungefähr");
    expect(operatorWord("greaterThanInclusive")).toBe("mindestens");
    expect(operatorWord("lessThan")).toBe("weniger als");
  });
});
