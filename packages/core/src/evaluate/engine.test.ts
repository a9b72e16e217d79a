import { describe, expect, it } from "vitest";
import { factsWith, ruleSetOf, ruleWith } from "../../test/rule-builder.js";
import { runEngine } from "./engine.js";
import type { Facts } from "../application/facts.js";
import type { Condition } from "./rule-file.js";
import type { Truth } from "./three-valued.js";

const written: Condition = { fact: "agreement.written", operator: "equal", value: true };
const indefinite: Condition = { fact: "agreement.indefinite", operator: "equal", value: true };
const truths: Truth[] = [true, false, null];

const kleeneAnd = (x: Truth, y: Truth): Truth => (x === false || y === false ? false : x === null || y === null ? null : true);
const kleeneOr = (x: Truth, y: Truth): Truth => (x === true || y === true ? true : x === null || y === null ? null : false);
const kleeneNot = (x: Truth): Truth => (x === null ? null : !x);

describe("runEngine (json-rules-engine, three-valued)", () => {
  it("answers every rule of the set, unknown where no engine rule fired", async () => {
    const ruleSet = ruleSetOf(ruleWith("written-agreement", { all: [written] }), ruleWith("min-duration", { any: [indefinite] }));
    const result = await runEngine(ruleSet, factsWith({ "agreement.written": true }));
    expect([...result]).toEqual([
      ["written-agreement", true],
      ["min-duration", null],
    ]);
    const none = await runEngine(ruleSet, factsWith());
    expect([...none]).toEqual([
      ["written-agreement", null],
      ["min-duration", null],
    ]);
  });

  it.each(truths)("decides a comparison, its negation and a top-level not (%s)", async (x) => {
    const ruleSet = ruleSetOf(
      ruleWith("written-agreement", { all: [written] }),
      ruleWith("min-duration", { all: [{ not: written }] }),
      ruleWith("named-contacts", { not: written }),
      ruleWith("personal-email", { not: { not: written } }),
      ruleWith("signed-by-all", { not: { all: [written] } }),
    );
    const result = await runEngine(ruleSet, factsWith({ "agreement.written": x }));
    expect(Object.fromEntries(result)).toEqual({
      "written-agreement": x,
      "min-duration": kleeneNot(x),
      "named-contacts": kleeneNot(x),
      "personal-email": x,
      "signed-by-all": kleeneNot(x),
    });
  });

  for (const x of truths) {
    for (const y of truths) {
      it(`decides all / any / not-all / not-any of (${x}, ${y})`, async () => {
        const ruleSet = ruleSetOf(
          ruleWith("written-agreement", { all: [written, indefinite] }),
          ruleWith("min-duration", { any: [written, indefinite] }),
          ruleWith("named-contacts", { not: { all: [written, indefinite] } }),
          ruleWith("personal-email", { not: { any: [written, indefinite] } }),
          ruleWith("signed-by-all", { all: [{ any: [written, { not: indefinite }] }] }),
        );
        const result = await runEngine(ruleSet, factsWith({ "agreement.written": x, "agreement.indefinite": y }));
        expect(Object.fromEntries(result)).toEqual({
          "written-agreement": kleeneAnd(x, y),
          "min-duration": kleeneOr(x, y),
          "named-contacts": kleeneNot(kleeneAnd(x, y)),
          "personal-email": kleeneNot(kleeneOr(x, y)),
          "signed-by-all": kleeneOr(x, kleeneNot(y)),
        });
      });
    }
  }

  it("keeps a comparison with null unknown when the fact is unknown, whatever the operator", async () => {
    const ruleSet = ruleSetOf(
      ruleWith("written-agreement", { all: [{ fact: "agreement.written", operator: "equal", value: null }] }),
      ruleWith("min-duration", { all: [{ fact: "agreement.written", operator: "notEqual", value: true }] }),
      ruleWith("named-contacts", { all: [{ fact: "school.type", operator: "notIn", value: ["kita"] }] }),
      ruleWith("personal-email", { all: [{ fact: "agreement.coversMonths", operator: "lessThan", value: 24 }] }),
    );
    const result = await runEngine(ruleSet, factsWith());
    expect([...result.values()]).toEqual([null, null, null, null]);
    const known = await runEngine(ruleSet, factsWith({ "agreement.written": false, "school.type": "gymnasium", "agreement.coversMonths": 12 }));
    expect([...known.values()]).toEqual([false, true, true, true]);
  });

  it("uses every operator with the rule's value", async () => {
    const ruleSet = ruleSetOf(
      ruleWith("written-agreement", { all: [{ fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 24 }] }),
      ruleWith("min-duration", { all: [{ fact: "agreement.coversMonths", operator: "greaterThan", value: 24 }] }),
      ruleWith("named-contacts", { all: [{ fact: "agreement.coversMonths", operator: "lessThanInclusive", value: 24 }] }),
      ruleWith("personal-email", { all: [{ fact: "agreement.coversMonths", operator: "lessThan", value: 24 }] }),
      ruleWith("open-to-all-pupils", { all: [{ fact: "school.type", operator: "in", value: ["kita", "gymnasium"] }] }),
      ruleWith("programme-mentioned", { all: [{ fact: "school.type", operator: "notEqual", value: "gymnasium" }] }),
    );
    const result = await runEngine(ruleSet, factsWith({ "agreement.coversMonths": 24, "school.type": "gymnasium" }));
    expect([...result.values()]).toEqual([true, false, true, false, true, false]);
  });

  it("refuses facts that lack a fact a rule names (undefined facts are a programming error)", async () => {
    const ruleSet = ruleSetOf(ruleWith("written-agreement", { all: [written] }));
    await expect(runEngine(ruleSet, {} as Facts)).rejects.toThrow(/Undefined fact/);
  });

  it("answers overlapping runs on one rule set independently", async () => {
    const ruleSet = ruleSetOf(ruleWith("written-agreement", { all: [written] }), ruleWith("min-duration", { any: [indefinite] }));
    const inputs = Array.from({ length: 20 }, (_, i) => factsWith({ "agreement.written": i % 3 === 0 ? null : i % 3 === 1 }));
    const results = await Promise.all(inputs.map((facts) => runEngine(ruleSet, facts)));
    results.forEach((result, i) => expect(result.get("written-agreement")).toBe(i % 3 === 0 ? null : i % 3 === 1));
    // and again, with the engines the first runs left idle
    const again = await Promise.all(inputs.map((facts) => runEngine(ruleSet, facts)));
    expect(again).toEqual(results);
  });
});
