import { propertyRuns } from "@bildungspartner/test-kit";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { factsWith, ruleSetOf, ruleWith } from "../../test/rule-builder.js";
import { runEngine } from "./engine.js";
import { operatorNames } from "./operators.js";
import type { Condition, TopLevelCondition } from "./rule-file.js";
import { compileCondition } from "./three-valued.js";

const facts = ["agreement.written", "agreement.coversMonths", "school.type"] as const;
const value = fc.oneof(fc.constantFrom(true, false, 0, 24, 25, "kita", "gymnasium"), fc.constantFrom(["kita", "gymnasium"], [24]));
const comparison = fc.record({ fact: fc.constantFrom(...facts), operator: fc.constantFrom(...operatorNames), value });

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc.record({ all: fc.array(tie("condition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("condition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("condition") }),
  ),
}));
const topLevel = condition.map((c): TopLevelCondition => ("fact" in c ? { all: [c] } : c));

const factValues = fc.record({
  "agreement.written": fc.constantFrom(true, false, null),
  "agreement.coversMonths": fc.constantFrom(0, 23, 24, 25, null),
  "school.type": fc.constantFrom("kita", "gymnasium", null),
});

// The two evaluators are written independently; on any condition tree they must agree.
describe("runEngine against compileCondition", () => {
  test.prop([topLevel, factValues], { numRuns: propertyRuns(300) })("agree on arbitrary condition trees", async (conditions, values) => {
    const factsNow = factsWith(values);
    const result = await runEngine(ruleSetOf(ruleWith("written-agreement", conditions)), factsNow);
    expect(result.get("written-agreement")).toBe(compileCondition(conditions)(factsNow));
  });
});
