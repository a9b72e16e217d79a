import { loadRuleCases, loadRuleSetDir, testRuleSetDir } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { criterionIds, evaluate, evaluateSync } from "../src/index.js";

const cases = loadRuleCases();

describe("example cases in rules/<id>.cases.json", () => {
  it("exist for every criterion, with each status a criterion can have where it applies", () => {
    for (const id of criterionIds) {
      const statuses = new Set(cases.filter((c) => c.criterion === id).map((c) => c.expected));
      expect([...statuses].sort(), id).toEqual(["met", "not-met", "unknown"]);
    }
  });

  it.each(cases.map((c) => [`${c.criterion}: ${c.name}`, c] as const))("%s (evaluate)", async (_, c) => {
    const decision = await evaluate(c.input);
    expect(decision.issues).toEqual([]);
    expect(decision.criteria.find((r) => r.id === c.criterion)?.status).toBe(c.expected);
  });

  it.each(cases.map((c) => [`${c.criterion}: ${c.name}`, c] as const))("%s (evaluateSync)", (_, c) => {
    const decision = evaluateSync(c.input);
    expect(decision.criteria.find((r) => r.id === c.criterion)?.status).toBe(c.expected);
  });
});

describe("example cases of the test-only rule set 2.0.0, under that rule set", () => {
  const ruleSet = loadRuleSetDir(testRuleSetDir);
  const options = { ruleSets: [ruleSet], asOf: ruleSet.validFrom };

  it.each(loadRuleCases(testRuleSetDir).map((c) => [`${c.criterion}: ${c.name}`, c] as const))("%s", async (_, c) => {
    const decision = await evaluate(c.input, options);
    expect(decision.issues).toEqual([]);
    expect(decision.ruleSet.version).toBe("2.0.0");
    expect(decision.criteria.find((r) => r.id === c.criterion)?.status).toBe(c.expected);
    expect(evaluateSync(c.input, options)).toEqual(decision);
  });
});
