import { describe, expect, it } from "vitest";
import { shippedDecisionRuleSets } from "./decision-rules.js";
import { shippedRuleSets } from "./shipped-rules.js";

describe("shippedDecisionRuleSets", () => {
  it("is the validated shipped rule sets, with what a Decision reads of each rule (no reading texts)", () => {
    const full = shippedRuleSets();
    expect(shippedDecisionRuleSets()).toEqual(
      full.map(({ version, validFrom, rules, nextSteps }) => ({
        version,
        validFrom,
        nextSteps,
        rules: rules.map(({ id, level, title, messages, source, conditions, readings }) => ({
          id,
          level,
          title,
          messages,
          source,
          conditions,
          ...(readings === undefined ? {} : { readings: readings.map(({ text: _text, ...reading }) => reading) }),
        })),
      })),
    );
  });
});
