import { shippedRuleSets, type RuleFile, type RuleSet } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { agreement } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";
import { makeJudge } from "./judge.js";

const asOf = "2026-01-15";

/** The shipped rule set with the min-duration rule's conditions replaced. */
function withMinDuration(conditions: RuleFile["conditions"]): RuleSet {
  const shipped = shippedRuleSets()[0]!;
  return { ...shipped, rules: shipped.rules.map((rule) => (rule.id === "min-duration" ? { ...rule, conditions } : rule)) };
}

/** The shipped min-duration rule written the other way round: not (limited and short and no two school years). */
const negated = withMinDuration({
  not: {
    all: [
      { fact: "agreement.indefinite", operator: "notEqual", value: true },
      { fact: "agreement.coversMonths", operator: "lessThan", value: 24 },
      {
        any: [
          { fact: "agreement.startMonthDay", operator: "lessThan", value: 801 },
          { fact: "agreement.startMonthDay", operator: "greaterThan", value: 930 },
          { fact: "agreement.schoolYearsReached", operator: "lessThanInclusive", value: 1 },
        ],
      },
    ],
  },
});

describe("the judge's thresholds, read from the rule set's conditions", () => {
  it("reads the shipped rule: 24 months or 2 school years", () => {
    const judge = makeJudge({ asOf });
    expect([judge.minMonths, judge.minSchoolYears]).toEqual([24, 2]);
  });

  it("reads through not: not (coversMonths < 24) asks for 24 months, not (schoolYearsReached ≤ 1) for 2 school years", () => {
    const judge = makeJudge({ asOf, ruleSets: [negated] });
    expect([judge.minMonths, judge.minSchoolYears]).toEqual([24, 2]);
  });

  it("a double not is no not: not (not (coversMonths ≥ 30)) asks for 30 months, not (coversMonths ≥ 30) for none", () => {
    const atLeast30 = { fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 30 } as const;
    expect(makeJudge({ asOf, ruleSets: [withMinDuration({ not: { not: atLeast30 } })] }).minMonths).toBe(30);
    expect(makeJudge({ asOf, ruleSets: [withMinDuration({ not: atLeast30 })] }).minMonths).toBeUndefined();
  });

  it("a rule set whose min-duration rule is written with not gives the same findings as the shipped one", () => {
    for (const term of [
      "Die Vereinbarung ist auf zwei Jahre angelegt.",
      "Laufzeit: ein Jahr.",
      "Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027.",
      "Die Vereinbarung gilt vom 01.09.2025 bis zum 31.07.2026.",
      "Die Vereinbarung wird auf unbestimmte Zeit geschlossen.",
      "",
    ]) {
      const text = agreement({ term });
      for (const lang of ["de", "en"] as const) {
        const shipped = checkAgreementText(text, { asOf, lang }).findings[1]!;
        const written = checkAgreementText(text, { asOf, lang, ruleSets: [negated] }).findings[1]!;
        expect(written).toEqual(shipped);
      }
    }
    const tooShort = checkAgreementText(agreement({ term: "Laufzeit: ein Jahr." }), { asOf, ruleSets: [negated] }).findings[1]!;
    expect(tooShort.status).toBe("missing");
    expect(tooShort.message).toContain("angelegt sein sollte sie auf mindestens 24 Monate oder 2 Schuljahre");
  });
});
