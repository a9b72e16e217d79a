import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkAgreementText } from "@bildungspartner/agreement";
import { chronoDateParser } from "@bildungspartner/agreement/chrono";
import { describe, expect, it } from "vitest";
import { readFirstRuns } from "../scripts/first-runs.js";
import { corpusDir, scoreSet } from "../scripts/score.js";

// Blind sets that had their first run (first-runs.json) and have not joined the corpus: each keeps at
// least the right findings of its first run. A floor against regressions, not a goal: the goal is
// the next round's first run on agreements nobody here has seen.
const sets = readFirstRuns().rounds.filter((round) => existsSync(join(corpusDir, round.set)));

describe.each(sets)("the blind set $set, first run on $date", (round) => {
  it(`gets at least ${round.right} of its ${round.findings} findings right, as on its first run`, async () => {
    const score = await scoreSet(join(corpusDir, round.set), (text, pages) =>
      checkAgreementText(text, { asOf: round.asOf ?? round.date, pages, dateParser: chronoDateParser }),
    );
    expect(score.findings).toBe(round.findings);
    expect(score.right, JSON.stringify(score.differing)).toBeGreaterThanOrEqual(round.right);
  });
});

describe("the record of first runs", () => {
  it("counts every finding of a round once: right, confidently opposite, definite where open or unclear where clear", () => {
    for (const round of readFirstRuns().rounds) {
      expect(round.right + round.confidentlyOpposite + round.definiteWhereOpen + round.unclearWhereClear, round.set).toBe(round.findings);
    }
  });
});
