import { describe, expect, it } from "vitest";
import minDurationFile from "../../rules/min-duration.json";
import { factConditions } from "./condition.js";
import { monthDayWords, parseMonthDay, placeholderWords, resolveParameters, type ParameterizedRule } from "./parameters.js";
import { ruleFileSchema } from "./rule-file.js";
import { ruleProblems } from "../tooling/rule-loading.js";
import { criteriaSpec } from "./rule-set.js";
import { shippedRuleSets } from "./shipped-rules.js";

const file = () => structuredClone(minDurationFile) as unknown as Record<string, any>;
const loaded = (content: unknown) => ruleFileSchema.parse(content);

describe("a day and month („30.09.“)", () => {
  it("is read as the MMDD number the facts use, and only when the day exists in some year", () => {
    expect([parseMonthDay("30.09."), parseMonthDay("01.08."), parseMonthDay("29.02.")]).toEqual([930, 801, 229]);
    expect([parseMonthDay("31.09."), parseMonthDay("30.9."), parseMonthDay("00.01."), parseMonthDay("09-30"), parseMonthDay("30.13.")]).toEqual([null, null, null, null, null]);
  });

  it("is shown „30.09.“ in German and „30 September“ in English", () => {
    expect([monthDayWords(930, "de"), monthDayWords(801, "en")]).toEqual(["30.09.", "1 August"]);
  });
});

describe("parameters of a rule", () => {
  it("resolve at load: conditions compare plain values, as in the shipped rule set", () => {
    const rule = shippedRuleSets()[0]!.rules.find((r) => r.id === "min-duration")!;
    const values = [rule.conditions, ...(rule.readings ?? []).flatMap((r) => (r.when.conditions ? [r.when.conditions] : []))].flatMap((c) =>
      factConditions(c).map((comparison) => comparison.value),
    );
    expect(values).not.toContainEqual(expect.objectContaining({ param: expect.any(String) }));
    expect(factConditions(rule.conditions).filter((c) => typeof c.value === "number").map((c) => c.value)).toEqual([24, 801, 930, 2]);
  });

  it("fill the texts: a changed threshold and level change every text that uses a placeholder", () => {
    const changed = file();
    changed.level = "must";
    changed.parameters.months.value = 18;
    changed.parameters.cutoff.value = "15.10.";
    const rule = loaded(changed);
    expect(rule.description.de).toContain("muss auf mindestens");
    expect(rule.description.de).toContain("mindestens 18 volle Kalendermonate");
    expect(rule.description.de).toContain("und dem 15.10. und läuft");
    expect(rule.description.en).toContain("between 1 August and 15 October");
    expect(rule.messages.notMet.de).toMatch(/^Die Kooperationsvereinbarung muss /);
    expect(JSON.stringify(rule)).not.toMatch(/\{(months|cutoff|should|schoolYears|windowStart)\}/);
    expect(factConditions(rule.conditions).map((c) => c.value)).toEqual([true, 18, 801, 1015, 2, true]);
  });

  it("give the level's words and the parameters' values as placeholder words", () => {
    const rule = file() as unknown as ParameterizedRule;
    expect(placeholderWords(rule, "de")).toEqual({ months: "24", schoolYears: "2", windowStart: "01.08.", cutoff: "30.09.", level: "Soll-Kriterium", should: "sollte", shouldPlural: "sollten" });
    expect(placeholderWords({ level: "must" }, "en")).toEqual({ level: "must criterion", should: "must", shouldPlural: "must" });
  });

  it("leave a name no parameter has as written, for a page showing a rule being edited", () => {
    const rule = { conditions: { all: [{ fact: "agreement.coversMonths", operator: "equal", value: { param: "nope" } }] } } as unknown as ParameterizedRule;
    expect(resolveParameters(rule).conditions).toEqual(rule.conditions);
  });
});

describe("the rule schema's parameter checks", () => {
  const problems = (change: (rule: Record<string, any>) => void) => {
    const content = file();
    change(content);
    return ruleProblems(criteriaSpec, "min-duration.json", content).map((p) => [p.path, p.code, p.params]);
  };

  it("report a condition naming an unknown parameter", () => {
    expect(problems((rule) => (rule.conditions.any[1].value = { param: "monate" }))).toEqual([
      ["conditions.any.1.value", "unknown-parameter", { parameter: "monate", allowed: "months, schoolYears, windowStart, cutoff" }],
    ]);
  });

  it("report a parameter of the wrong type for its fact: a number for a cut-off, a day for months", () => {
    expect(
      problems((rule) => {
        rule.parameters.cutoff.value = 930;
        rule.parameters.cutoff.unit = "months";
        rule.parameters.months.value = "24.01.";
        delete rule.parameters.months.unit;
      }).map(([path, code]) => [path, code]),
    ).toEqual([
      ["conditions.any.1.value", "parameter-type"],
      ["conditions.any.2.all.1.value", "parameter-type"],
      ["readings.2.when.conditions.all.0.value", "parameter-type"],
      ["readings.3.when.conditions.all.1.value", "parameter-type"],
    ]);
  });

  it("report a malformed day, a bad name and an unknown placeholder", () => {
    expect(
      problems((rule) => {
        rule.parameters.cutoff.value = "09-30";
        rule.parameters.should = rule.parameters.months;
        rule.messages.met.de = "Mindestens {monate} Monate.";
      }).map(([path, code]) => [path, code]),
    ).toEqual([
      ["parameters.cutoff.value", "invalid-month-day"],
      ["parameters.should", "invalid-parameter-name"],
    ]);
    expect(problems((rule) => (rule.messages.met.de = "Mindestens {monate} Monate."))).toEqual([
      ["messages.met.de", "unknown-placeholder", { placeholder: "{monate}", allowed: "{months}, {schoolYears}, {windowStart}, {cutoff}, {level}, {should}, {shouldPlural}, {emails}" }],
    ]);
  });
});
