import { describe, expect, it } from "vitest";
import { foldCondition } from "./condition.js";
import type { Condition } from "./rule-file.js";

const tree: Condition<string> = {
  all: [
    { fact: "a", operator: "equal", value: 1 },
    { any: [{ fact: "b", operator: "equal", value: true }, { not: { fact: "c", operator: "lessThan", value: 24 } }] },
  ],
};

describe("foldCondition", () => {
  it("visits every node once, bottom-up, with its path", () => {
    const seen: string[] = [];
    const text = foldCondition<string, string>(tree, {
      fact: (c, path) => (seen.push(path), `${c.fact}`),
      all: (parts, path) => (seen.push(path), `all(${parts.join(",")})`),
      any: (parts, path) => (seen.push(path), `any(${parts.join(",")})`),
      not: (inner, path) => (seen.push(path), `not(${inner})`),
    });
    expect(text).toBe("all(a,any(b,not(c)))");
    expect(seen).toEqual(["all.0", "all.1.any.0", "all.1.any.1.not", "all.1.any.1", "all.1", ""]);
  });
});
