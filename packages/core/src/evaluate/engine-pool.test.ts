import { describe, expect, it, vi } from "vitest";
import { factsWith, ruleSetOf, ruleWith } from "../../test/rule-builder.js";
import { runEngine } from "./engine.js";

// Counts the json-rules-engine engines built: building one (rules, operators) costs far more than a run.
const built = vi.hoisted(() => ({ engines: 0 }));
vi.mock("json-rules-engine", async (importOriginal) => {
  const original = await importOriginal<typeof import("json-rules-engine")>();
  class CountedEngine extends original.Engine {
    constructor(...args: ConstructorParameters<typeof original.Engine>) {
      super(...args);
      built.engines++;
    }
  }
  return { ...original, Engine: CountedEngine };
});

const written = ruleWith("written-agreement", { all: [{ fact: "agreement.written", operator: "equal", value: true }] });
const overlapping = (ruleSet: ReturnType<typeof ruleSetOf>, count: number) =>
  Promise.all(Array.from({ length: count }, () => runEngine(ruleSet, factsWith({ "agreement.written": true }))));

describe("runEngine's idle engines", () => {
  it("builds one engine per rule set for runs one after another", async () => {
    const ruleSet = ruleSetOf(written);
    const before = built.engines;
    for (let i = 0; i < 5; i++) {
      const result = await runEngine(ruleSet, factsWith({ "agreement.written": i % 2 === 0 }));
      expect(result.get("written-agreement")).toBe(i % 2 === 0);
    }
    expect(built.engines - before).toBe(1);
    await runEngine(ruleSetOf(written), factsWith());
    expect(built.engines - before).toBe(2); // another rule set, another engine
  });

  it("builds one engine per overlapping run and keeps at most eight idle", async () => {
    const ruleSet = ruleSetOf(written);
    const before = built.engines;
    await overlapping(ruleSet, 20);
    expect(built.engines - before).toBe(20);
    const results = await overlapping(ruleSet, 20);
    expect(built.engines - before).toBe(32); // eight reused, twelve new
    expect(results.every((result) => result.get("written-agreement") === true)).toBe(true);
  });
});
