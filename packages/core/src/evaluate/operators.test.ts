import { describe, expect, it } from "vitest";
import { applyOperator, operatorNames, operators, operatorTable, wholeNumberEdges, type ConditionValue, type OperatorName } from "./operators.js";

describe("operators", () => {
  it("are the ten json-rules-engine comparisons, in a fixed order", () => {
    expect(operatorNames).toEqual([
      "equal",
      "notEqual",
      "in",
      "notIn",
      "lessThan",
      "lessThanInclusive",
      "greaterThan",
      "greaterThanInclusive",
      "contains",
      "doesNotContain",
    ]);
  });

  // [operator, fact, value, result]
  const table: Array<[OperatorName, unknown, ConditionValue, boolean]> = [
    ["equal", true, true, true],
    ["equal", false, true, false],
    ["equal", 1, "1", false],
    ["equal", "gymnasium", "gymnasium", true],
    ["notEqual", true, true, false],
    ["notEqual", 1, "1", true],
    ["in", "kita", ["kindergarten", "kita"], true],
    ["in", "gymnasium", ["kindergarten", "kita"], false],
    ["in", "a", "abc", false], // a string value is no list
    ["in", 2, [1, 2, 3], true],
    ["notIn", "kita", ["kindergarten", "kita"], false],
    ["notIn", "gymnasium", ["kindergarten", "kita"], true],
    ["notIn", "a", "abc", true],
    ["lessThan", 1, 2, true],
    ["lessThan", 2, 2, false],
    ["lessThan", 3, 2, false],
    ["lessThan", "1", 2, false], // no string coercion
    ["lessThan", 1, "2", false],
    ["lessThan", true, 2, false],
    ["lessThanInclusive", 1, 2, true],
    ["lessThanInclusive", 2, 2, true],
    ["lessThanInclusive", 3, 2, false],
    ["lessThanInclusive", "2", 2, false],
    ["lessThanInclusive", 2, "2", false],
    ["greaterThan", 3, 2, true],
    ["greaterThan", 2, 2, false],
    ["greaterThan", 1, 2, false],
    ["greaterThan", "3", 2, false],
    ["greaterThan", 3, "2", false],
    ["greaterThanInclusive", 3, 2, true],
    ["greaterThanInclusive", 24, 24, true],
    ["greaterThanInclusive", 23, 24, false],
    ["greaterThanInclusive", "24", 24, false],
    ["greaterThanInclusive", 24, "24", false],
    ["greaterThanInclusive", 25, [24], false],
    ["contains", ["a", "b"], "b", true],
    ["contains", ["a", "b"], "c", false],
    ["contains", "abc", "a", false], // a string fact is no list
    ["doesNotContain", ["a", "b"], "b", false],
    ["doesNotContain", ["a", "b"], "c", true],
    ["doesNotContain", "abc", "a", true],
  ];

  it.each(table)("%s(%j, %j) is %s", (operator, fact, value, result) => {
    expect(operators[operator](fact, value)).toBe(result);
    expect(applyOperator(operator, fact, value)).toBe(result);
  });
});

describe("applyOperator", () => {
  it.each(operatorNames)("%s on an unknown fact (null or undefined) is unknown", (operator) => {
    for (const value of [null, true, 0, "x", ["x"]] as ConditionValue[]) {
      expect(applyOperator(operator, null, value)).toBeNull();
      expect(applyOperator(operator, undefined, value)).toBeNull();
    }
  });

  it("decides facts that are known but falsy", () => {
    expect(applyOperator("equal", false, false)).toBe(true);
    expect(applyOperator("equal", 0, 0)).toBe(true);
    expect(applyOperator("equal", "", "")).toBe(true);
    expect(applyOperator("greaterThanInclusive", 0, 24)).toBe(false);
  });
});

describe("operatorTable", () => {
  it.each(operatorNames)("%s has its words in German and English and names a negation that is its complement", (name) => {
    const entry = operatorTable[name];
    expect(entry.name).toBe(name);
    for (const lang of ["de", "en"] as const) {
      expect(entry.word[lang].trim()).not.toBe("");
      expect(entry.prose(["A", "B"], lang)).toMatch(/A.*B/);
      if (entry.dateWord) expect(entry.dateWord[lang].trim()).not.toBe("");
    }
    const negation = operatorTable[entry.negation];
    expect(negation.negation).toBe(name);
    const value: ConditionValue = entry.operands.value === "list" ? [1, 2] : 2;
    const facts: unknown[] = entry.operands.fact === "list" ? [[1], [2], []] : [1, 2, 3];
    for (const fact of facts) expect(negation.apply(fact, value)).toBe(!entry.apply(fact, value));
  });

  it("gives number comparisons bounds, and them only", () => {
    for (const name of operatorNames) expect(operatorTable[name].bound !== undefined).toBe(operatorTable[name].operands.value === "number");
  });

  it.each([
    ["greaterThanInclusive", 24, { holds: 24, fails: undefined }],
    ["greaterThan", 24, { holds: 25, fails: undefined }],
    ["lessThan", 24, { holds: undefined, fails: 24 }],
    ["lessThanInclusive", 24, { holds: undefined, fails: 25 }],
    ["equal", 24, { holds: undefined, fails: undefined }],
  ] as const)("wholeNumberEdges(%s, %d) is %j", (name, value, edges) => {
    expect(wholeNumberEdges(name, value)).toEqual(edges);
    // The edge is where the comparison turns.
    if (edges.holds !== undefined) expect([operators[name](edges.holds - 1, value), operators[name](edges.holds, value)]).toEqual([false, true]);
    if (edges.fails !== undefined) expect([operators[name](edges.fails - 1, value), operators[name](edges.fails, value)]).toEqual([true, false]);
  });
});
