import { eligible, loadRuleSetDir, testRuleSetDir } from "@bildungspartner/test-kit";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ruleSetOf, ruleWith } from "../../test/rule-builder.js";
import { shippedDecisionRuleSets } from "./decision-rules.js";
import { decide, isSubmittable, prepareEvaluation, ruleSetFor, submittableStatuses, type Evaluation } from "./decision.js";
import type { CriterionId } from "./rule-file.js";
import { shippedRuleSets } from "./shipped-rules.js";
import type { Explained, Truth } from "./three-valued.js";

const ruleSet = ruleSetOf(
  ruleWith("written-agreement", { all: [{ fact: "agreement.written", operator: "equal", value: true }] }),
  ruleWith("min-duration", {
    any: [
      { fact: "agreement.indefinite", operator: "equal", value: true },
      { fact: "agreement.coversMonths", operator: "greaterThanInclusive", value: 24 },
    ],
  }),
  ruleWith("signed-by-all", {
    all: [
      { fact: "agreement.signedBySchool", operator: "equal", value: true },
      { fact: "agreement.signedByPartners", operator: "equal", value: true },
      { not: { fact: "agreement.signedBySchool", operator: "equal", value: false } },
    ],
  }),
);

const evaluation = (input: unknown, lang: "de" | "en" = "de"): Evaluation => prepareEvaluation(input, { lang, ruleSets: [ruleSet], asOf: "2025-01-01" });
const truths = (...values: Truth[]) =>
  new Map<CriterionId, Explained>([
    ["written-agreement", { truth: values[0] ?? null, paths: [] }],
    ["min-duration", { truth: values[1] ?? null, paths: [] }],
    ["signed-by-all", { truth: values[2] ?? null, paths: [] }],
  ]);

describe("decide", () => {
  it.each([
    [[true, true, true], "eligible"],
    [[true, null, true], "incomplete"],
    [[null, null, null], "incomplete"],
    [[true, false, true], "not-eligible"],
    [[false, null, true], "not-eligible"],
    [[null, true, false], "not-eligible"],
  ] as Array<[Truth[], string]>)("gives %j the status %s", (values, status) => {
    expect(decide(evaluation({}), truths(...values)).status).toBe(status);
  });

  it("is invalid when the input has issues, whatever the criteria", () => {
    const bad = evaluation({ school: { schoolNumber: "1" } });
    expect(bad.issues).toHaveLength(1);
    for (const values of [[true, true, true], [false, false, false], [null, null, null]] as Truth[][]) {
      const decision = decide(bad, truths(...values));
      expect(decision.status).toBe("invalid");
      expect(decision.issues).toBe(bad.issues);
    }
  });

  it("takes a criterion without a truth as unknown", () => {
    const decision = decide(evaluation({}), new Map([["written-agreement", { truth: true, paths: ["agreement.written"] }]]));
    expect(decision.criteria.map((c) => c.status)).toEqual(["met", "unknown", "unknown"]);
    expect(decision.status).toBe("incomplete");
  });

  it("explains each criterion with the title, message and source of its rule, in the requested language", () => {
    for (const lang of ["de", "en"] as const) {
      const suffix = lang === "de" ? "" : " (en)";
      const decision = decide(evaluation({}, lang), truths(true, false, null));
      expect(decision.criteria).toEqual([
        {
          id: "written-agreement",
          level: "must",
          status: "met",
          title: `Titel written-agreement${suffix}`,
          message: `erfüllt written-agreement${suffix}`,
          source: { quote: "Zitat written-agreement", url: "https://example.org/written-agreement" },
          readings: [],
          paths: [],
        },
        {
          id: "min-duration",
          level: "must",
          status: "not-met",
          title: `Titel min-duration${suffix}`,
          message: `nicht erfüllt min-duration${suffix}`,
          source: { quote: "Zitat min-duration", url: "https://example.org/min-duration" },
          readings: [],
          paths: [],
        },
        {
          id: "signed-by-all",
          level: "must",
          status: "unknown",
          title: `Titel signed-by-all${suffix}`,
          message: `offen signed-by-all${suffix}`,
          source: { quote: "Zitat signed-by-all", url: "https://example.org/signed-by-all" },
          readings: [],
          paths: [],
          missing: ["agreement.signedBySchool", "agreement.signedByPartners"],
        },
      ]);
      expect(decision.ruleSet).toEqual({ version: "9.9.9", validFrom: "2023-05-31" });
    }
  });

  it("lists as missing only the inputs of the rule's facts that are still unknown, each once", () => {
    const partial = evaluation({ agreement: { signedBySchool: true, startDate: "2025-08-01" } });
    const decision = decide(partial, truths(null, null, null));
    expect(decision.criteria.map((c) => c.missing)).toEqual([
      ["agreement.written"],
      ["agreement.indefinite", "agreement.endDate"],
      ["agreement.signedByPartners"],
    ]);
  });

  it("lists the readings that decided a result, by status and condition, and lets a should-reading leave a Muss-Kriterium to review", () => {
    const text = (de: string) => ({ de, en: `${de} (en)` });
    const withReadings = ruleSetOf({
      ...ruleWith("written-agreement", { all: [{ fact: "agreement.written", operator: "equal", value: true }] }),
      readings: [
        { id: "always", title: text("Immer"), text: text("Text"), when: { statuses: ["met", "not-met"] } },
        { id: "met-only", title: text("Nur erfüllt"), text: text("Text"), when: { statuses: ["met"] } },
        {
          id: "review",
          title: text("Prüfung"),
          text: text("Text"),
          when: { statuses: ["not-met"], conditions: { all: [{ fact: "agreement.signedBySchool", operator: "equal", value: true }] } },
          level: "should",
        },
      ],
    });
    const run = (input: unknown, truth: Truth, lang: "de" | "en" = "de") =>
      decide(prepareEvaluation(input, { lang, ruleSets: [withReadings], asOf: "2025-01-01" }), new Map([["written-agreement", { truth, paths: [] }]]));
    expect(run({}, true).criteria[0]).toMatchObject({ level: "must", readings: [{ id: "always", title: "Immer" }, { id: "met-only", title: "Nur erfüllt" }] });
    expect(run({}, null).criteria[0]?.readings).toEqual([]);
    const notSigned = run({ agreement: { signedBySchool: false } }, false);
    expect(notSigned.criteria[0]).toMatchObject({ level: "must", readings: [{ id: "always" }] });
    expect(notSigned.status).toBe("not-eligible");
    const signed = run({ agreement: { signedBySchool: true } }, false, "en");
    expect(signed.criteria[0]).toMatchObject({ level: "should", readings: [{ id: "always", title: "Immer (en)" }, { id: "review", title: "Prüfung (en)" }] });
    expect(signed.status).toBe("needs-review");
  });

  it("lists nothing as missing for a criterion that is decided", () => {
    const decision = decide(evaluation({}), truths(true, false, true));
    for (const criterion of decision.criteria) expect(criterion).not.toHaveProperty("missing");
  });
});

describe("next steps by status and stage", () => {
  const steps = (input: unknown, stage?: "before-submission" | "after-submission") =>
    decide(prepareEvaluation(input, stage ? { stage } : {}), new Map()).nextSteps.map((step) => step.message);

  it("names next steps for every status, and never tells one who has just submitted to submit", async () => {
    const { evaluateSync } = await import("./evaluate.js");
    const cases: Array<[unknown, string]> = [
      [eligible, "eligible"],
      [{ ...eligible, agreement: { ...eligible.agreement, openToAllPupils: false } }, "needs-review"],
      [{ ...eligible, agreement: { ...eligible.agreement, written: false } }, "not-eligible"],
      [{ ...eligible, agreement: { ...eligible.agreement, written: undefined } }, "incomplete"],
      [{ ...eligible, school: { ...eligible.school, schoolNumber: "1" } }, "invalid"],
    ];
    for (const [input, status] of cases) {
      const before = evaluateSync(input);
      const after = evaluateSync(input, { stage: "after-submission" });
      expect([status, before.status]).toEqual([status, status]);
      expect(before.nextSteps.length, status).toBeGreaterThan(0);
      expect(after.nextSteps.length, status).toBeGreaterThan(0);
      for (const step of after.nextSteps) expect(step.message, status).not.toMatch(/^Bitte reichen Sie/);
    }
    expect(evaluateSync(eligible).nextSteps[0]?.message).toMatch(/^Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete/);
    expect(evaluateSync(eligible, { stage: "after-submission" }).nextSteps.map((s) => s.message)).toEqual([
      "Sie haben die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung eingereicht. Nach der FAQ werden Sie mit dieser Einreichung offiziell registriert.",
    ]);
    expect(steps({})).toEqual(steps({}, "before-submission"));
  });

  it("refuses an unknown stage as a programmer mistake", () => {
    expect(() => prepareEvaluation(eligible, { stage: "later" as never })).toThrow(/Unbekannte Stufe "later"/);
  });
});

describe("prepareEvaluation", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("uses German, the shipped rule sets and today's date by default", () => {
    const prepared = prepareEvaluation(eligible);
    expect(prepared.lang).toBe("de");
    // The shipped rule sets as a Decision reads them (decision-rules.test.ts holds them equal).
    expect(shippedDecisionRuleSets()).toContain(prepared.ruleSet);
    expect(prepared.issues).toEqual([]);
    expect(prepared.facts.values["agreement.written"]).toBe(true);
  });

  it("chooses the rule set in force on today's local date", () => {
    const ruleSets = [...shippedRuleSets(), loadRuleSetDir(testRuleSetDir)]; // 2.0.0 from 2027-08-01
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2027, 6, 31, 23, 59));
    expect(prepareEvaluation(eligible, { ruleSets }).ruleSet.version).toBe("1.0.0");
    vi.setSystemTime(new Date(2027, 7, 1, 0, 1));
    expect(prepareEvaluation(eligible, { ruleSets }).ruleSet.version).toBe("2.0.0");
    vi.setSystemTime(new Date(2027, 9, 1, 12, 0));
    expect(prepareEvaluation(eligible, { ruleSets }).ruleSet.version).toBe("2.0.0");
  });
});

describe("ruleSetFor", () => {
  it("is the rule set the evaluators decide by: the shipped one as they read it, or the one in force of those given", () => {
    expect(ruleSetFor()).toBe(prepareEvaluation(eligible).ruleSet);
    const ruleSets = [...shippedRuleSets(), loadRuleSetDir(testRuleSetDir)]; // 2.0.0 from 2027-08-01
    expect(ruleSetFor({ ruleSets, asOf: "2027-07-31" })).toBe(ruleSets[0]);
    expect(ruleSetFor({ ruleSets, asOf: "2027-08-01" })).toBe(ruleSets[1]);
    expect(() => ruleSetFor({ asOf: "2020-01-01" })).toThrow(expect.objectContaining({ code: "NO_RULE_SET_IN_FORCE" }));
  });
});

describe("isSubmittable", () => {
  it("holds for eligible and needs-review only: the statuses with which the agreement goes to Bildungspartner NRW", () => {
    expect(submittableStatuses).toEqual(["eligible", "needs-review"]);
    expect((["eligible", "needs-review", "not-eligible", "incomplete", "invalid"] as const).filter(isSubmittable)).toEqual([
      "eligible",
      "needs-review",
    ]);
  });
});
