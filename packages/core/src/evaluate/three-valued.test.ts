import { describe, expect, it } from "vitest";
import type { Facts } from "../application/facts.js";
import type { Condition, RuleFile } from "./rule-file.js";
import { compileCondition, compiledRule, type Truth } from "./three-valued.js";

const truths: Truth[] = [true, false, null];

/** A condition that is exactly the truth of fact `name`. */
const is = (name: "agreement.written" | "agreement.indefinite" | "agreement.signedBySchool"): Condition => ({
  fact: name,
  operator: "equal",
  value: true,
});
const a = is("agreement.written");
const b = is("agreement.indefinite");
const c = is("agreement.signedBySchool");

const factsOf = (x: Truth, y: Truth = null, z: Truth = null) =>
  ({ "agreement.written": x, "agreement.indefinite": y, "agreement.signedBySchool": z }) as unknown as Facts;

// Kleene's strong three-valued logic, written out as tables.
const kleeneAnd = (x: Truth, y: Truth): Truth => (x === false || y === false ? false : x === null || y === null ? null : true);
const kleeneOr = (x: Truth, y: Truth): Truth => (x === true || y === true ? true : x === null || y === null ? null : false);

describe("compileCondition (Kleene's three-valued logic)", () => {
  it.each(truths)("a comparison reads the fact (%s)", (x) => {
    expect(compileCondition(a)(factsOf(x))).toBe(x);
  });

  it("a comparison with another operator and value compares them", () => {
    const months = compileCondition({ fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 24 });
    const at = (n: number | null) => months({ "agreement.coversMonths": n } as unknown as Facts);
    expect([at(23), at(24), at(null)]).toEqual([false, true, null]);
  });

  it.each(truths)("not %s", (x) => {
    expect(compileCondition({ not: a })(factsOf(x))).toBe(x === null ? null : !x);
    expect(compileCondition({ not: { not: a } })(factsOf(x))).toBe(x);
  });

  for (const x of truths) {
    for (const y of truths) {
      it(`all(${x}, ${y}) and any(${x}, ${y})`, () => {
        expect(compileCondition({ all: [a, b] })(factsOf(x, y))).toBe(kleeneAnd(x, y));
        expect(compileCondition({ any: [a, b] })(factsOf(x, y))).toBe(kleeneOr(x, y));
      });
    }
  }

  it("decides all / any of three parts whatever the position of the decisive one", () => {
    for (const x of truths) {
      for (const y of truths) {
        for (const z of truths) {
          const facts = factsOf(x, y, z);
          expect(compileCondition({ all: [a, b, c] })(facts)).toBe(kleeneAnd(kleeneAnd(x, y), z));
          expect(compileCondition({ any: [a, b, c] })(facts)).toBe(kleeneOr(kleeneOr(x, y), z));
        }
      }
    }
  });

  it("treats an empty all as true and an empty any as false", () => {
    expect(compileCondition({ all: [] })(factsOf(null))).toBe(true);
    expect(compileCondition({ any: [] })(factsOf(null))).toBe(false);
  });

  it("nests: not(any(a, all(b, not c)))", () => {
    const condition: Condition = { not: { any: [a, { all: [b, { not: c }] }] } };
    for (const x of truths) {
      for (const y of truths) {
        for (const z of truths) {
          const notZ = z === null ? null : !z;
          const inner = kleeneOr(x, kleeneAnd(y, notZ));
          expect(compileCondition(condition)(factsOf(x, y, z))).toBe(inner === null ? null : !inner);
        }
      }
    }
  });
});

describe("compiledRule", () => {
  it("compiles a rule once and reuses it", () => {
    const rule = { id: "written-agreement", conditions: { all: [a] } } as unknown as RuleFile;
    const compiled = compiledRule(rule);
    expect(compiledRule(rule)).toBe(compiled);
    expect(compiled(factsOf(false))).toBe(false);
    expect(compiledRule({ ...rule })).not.toBe(compiled);
  });
});
