import { checkAgreementText } from "@bildungspartner/agreement";
import { describe, expect, it } from "vitest";
import { blindDir, namesIn, scoreCorpus } from "../scripts/score.js";

// Measured when the blind set was added (docs/benchmarks.md, "Agreement blind set"). The set is not
// tuned on, so this is a floor against regressions, not a goal: raise it when the reader improves.
const RIGHT_FINDINGS_FLOOR = 96;

describe("the blind set (agreements written without seeing the corpus or the reader)", () => {
  it("has 16 texts, each with the expected status of all six findings", () => {
    expect(namesIn(blindDir)).toHaveLength(16);
  });

  it(`gets at least ${RIGHT_FINDINGS_FLOOR} of its 96 findings right`, () => {
    const { differing } = scoreCorpus((text) => checkAgreementText(text, { asOf: "2026-01-15" }), blindDir);
    expect(96 - differing.length).toBeGreaterThanOrEqual(RIGHT_FINDINGS_FLOOR);
  });
});
