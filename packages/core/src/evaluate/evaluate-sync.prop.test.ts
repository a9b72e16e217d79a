import { anyApplication, propertyRuns } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { evaluate, evaluateSync } from "./evaluate.js";

const statuses = (decision: { status: string; criteria: Array<{ id: string; status: string }> }) => ({
  status: decision.status,
  criteria: Object.fromEntries(decision.criteria.map((c) => [c.id, c.status])),
});

// The differential test that lets the compiled evaluator stand beside json-rules-engine.
describe("evaluateSync against evaluate (json-rules-engine)", () => {
  test.prop([anyApplication], { numRuns: propertyRuns(5000) })(
    "agree on every criterion status and the overall status for valid, partial and invalid applications",
    async (input) => {
      const reference = await evaluate(input);
      const compiled = evaluateSync(input);
      expect(statuses(compiled)).toEqual(statuses(reference));
      expect(compiled).toEqual(reference);
    },
    // 5,000 runs take a few seconds alone and longer beside the other test files on two cores.
    60_000,
  );

  test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: propertyRuns(1000) })("agree on arbitrary JSON", async (input) => {
    expect(evaluateSync(input)).toEqual(await evaluate(input));
  });

  test.prop([anyApplication], { numRuns: propertyRuns(1000) })("name deciding inputs exactly for the criteria that are decided", (input) => {
    for (const criterion of evaluateSync(input).criteria) {
      expect(criterion.paths.length > 0).toBe(criterion.status !== "unknown");
      expect(new Set(criterion.paths).size).toBe(criterion.paths.length);
    }
  });
});
