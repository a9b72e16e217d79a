import { describe, expect, it } from "vitest";
import { lintRuleFolder } from "./rule-folder.js";
import { ruleProblemMessage } from "./rule-problems.js";
import { shippedRuleFolder } from "./shipped-folder.js";
import { textProblems, type CheckedRule } from "./text-checks.js";

const MIN_DURATION = "rules/min-duration.json";

/** The shipped folder with min-duration changed, linted: its text problems as path, code and words. */
function linted(change: (rule: Record<string, any>) => void) {
  const files = shippedRuleFolder();
  const rule = structuredClone(files[MIN_DURATION]) as Record<string, any>;
  change(rule);
  return lintRuleFolder({ ...files, [MIN_DURATION]: rule })
    .problems.filter((p) => p.file === MIN_DURATION)
    .map((p) => [p.path, p.code, String(p.params.words ?? p.params.word)]);
}

describe("lint of texts that contradict their rule", () => {
  it("finds none in the shipped rules", () => {
    expect(lintRuleFolder(shippedRuleFolder()).problems).toEqual([]);
  });

  it("flags a description that states a number its changed threshold no longer has", () => {
    const problems = linted((rule) => {
      rule.parameters.months.value = 18;
      rule.description.de = rule.description.de.replace("{months} volle", "24 volle");
    });
    expect(problems).toContainEqual(["description.de", "text-contradicts-parameter", "24 volle Kalendermonate"]);
    // „zwei Jahre“ is 24 months too: every text that still says it is named.
    expect(problems).toContainEqual(["title.de", "text-contradicts-parameter", "zwei Jahre"]);
    expect(problems).toContainEqual(["messages.notMet.en", "text-contradicts-parameter", "two years"]);
  });

  it("flags a description that states the other level, and an alternative that names the level chosen", () => {
    const problems = linted((rule) => {
      rule.level = "must";
      rule.description.de = rule.description.de.replace("{should}", "sollte");
    });
    expect(problems).toContainEqual(["description.de", "text-contradicts-level", "sollte"]);
    expect(problems).toContainEqual(["interpretation.de", "text-contradicts-level", "Soll-Kriterium"]);
    expect(problems).toContainEqual(["interpretation.de", "alternative-is-level", "Muss-Kriterium"]);
    expect(problems).toContainEqual(["readings.0.title.en", "text-contradicts-level", "Should criterion"]);
    // Texts with placeholders follow the level: the description's English „{should}“ says „must“ now.
    expect(problems.filter(([path]) => path === "description.en")).toEqual([]);
  });

  it("leaves quotes of the source alone, with an English gloss after them", () => {
    const rule: CheckedRule = {
      level: "must",
      conditions: { all: [{ fact: "agreement.written", operator: "equal", value: true }] },
      parameters: { months: { title: { de: "Monate", en: "Months" }, value: 18, unit: "months" } },
    };
    const texts = { ...rule, interpretation: { de: "Die FAQ sagt „sollte“ und „mind. auf zwei Jahre angelegt“.", en: "The FAQ says „sollte“ (should) and 18 months." } };
    expect(textProblems("x.json", texts as CheckedRule)).toEqual([]);
  });

  it("reads numbers in words and digits beside their unit, in German and English", () => {
    const rule = {
      level: "should",
      conditions: { all: [{ fact: "agreement.written", operator: "equal", value: true }] },
      parameters: {
        months: { title: { de: "Monate", en: "Months" }, value: 18, unit: "months" },
        schoolYears: { title: { de: "Schuljahre", en: "School years" }, value: 2, unit: "school-years" },
      },
      description: { de: "Mindestens drei Schuljahre oder 24 Kalendermonate; 18 Monate genügen.", en: "Two school years or one and a half years; twelve whole calendar months." },
    } as unknown as CheckedRule;
    const problems = textProblems("x.json", rule);
    expect(problems.map((p) => [p.path, p.params.words])).toEqual([
      ["description.de", "drei Schuljahre"],
      ["description.de", "24 Kalendermonate"],
      ["description.en", "twelve whole calendar months"],
    ]);
    expect(ruleProblemMessage(problems[1]!)).toBe("Der Text nennt „24 Kalendermonate“, der Parameter months ist aber 18: Platzhalter {months} verwenden oder den Text anpassen");
    expect(ruleProblemMessage({ code: "text-contradicts-level", params: { word: "sollte", level: "must" } }, "en")).toBe(
      'the text says "sollte" but the rule is a must criterion: use a level placeholder or change the text',
    );
  });
});
