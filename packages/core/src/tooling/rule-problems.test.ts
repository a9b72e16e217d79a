import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { faqStandIn, faqText, rulesDir, testRuleSetDir } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { caseProblems, ruleProblems, rulesProblems } from "./rule-loading.js";
import { FAQ_URL, faqQuoteProblems, ruleProblemMessage } from "./rule-problems.js";
import { criteriaSpec } from "../evaluate/rule-set.js";

// The criteria kind's problems of one rule file, of a whole set, and of one example-case file.
const problemsOfRule = (file: string, content: unknown) => ruleProblems(criteriaSpec, file, content);
const problemsOfSet = (manifest: unknown, files: Record<string, unknown>) => rulesProblems(criteriaSpec, manifest, files);
const problemsOfCases = (file: string, content: unknown) => caseProblems(criteriaSpec, file, content);

const readDir = (dir: string): Record<string, unknown> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file, JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as unknown]),
  );

const shipped = readDir(rulesDir);
// The real FAQ text where BILDUNGSPARTNER_FAQ names it; the checker's own tests need only a text that
// holds the shipped quotes and not the changed ones.
const faqOrStandIn = faqText ?? faqStandIn();
const shippedCategories = JSON.parse(readFileSync(fileURLToPath(new URL("../../data/categories.json", import.meta.url)), "utf8")) as unknown;
const minDuration = shipped["min-duration.json"] as Record<string, any>;

describe("ruleProblems, rulesProblems, caseProblems (criteria)", () => {
  it.each([
    ["shipped", shipped],
    ["test-only 2.0.0", readDir(testRuleSetDir)],
  ])("find nothing wrong with the %s rule files and example cases", (_, files) => {
    expect(problemsOfSet(files["ruleset.json"], files)).toEqual([]);
    for (const [file, content] of Object.entries(files)) {
      if (file.endsWith(".cases.json")) expect(problemsOfCases(file, content)).toEqual([]);
    }
  });

  it("report every problem of a rule file, each with its JSON path, not only the first", () => {
    const broken = structuredClone(minDuration);
    broken.conditions.any[0].fact = "agreement.months";
    broken.conditions.any[1].operator = "matches";
    delete broken.title.en;
    broken.source.quote = " ";
    broken.validFrom = "2023-02-30";
    broken.colour = "blau";
    const problems = problemsOfRule("min-duration.json", broken);
    expect(problems.map((p) => p.path)).toEqual([
      "title.en",
      "source.quote",
      "validFrom",
      "conditions.any.0.fact",
      "conditions.any.1.operator",
      "colour",
    ]);
    for (const problem of problems) {
      expect(problem.file).toBe("min-duration.json");
      // Both languages rendered from one code, neither holding the other.
      expect(ruleProblemMessage(problem), problem.path).not.toMatch(/ \/ /);
      expect(ruleProblemMessage(problem, "en"), problem.path).not.toBe(ruleProblemMessage(problem));
    }
    expect(problems[0]).toMatchObject({ code: "required", params: {} });
    expect(ruleProblemMessage(problems[0]!)).toBe("Pflichtangabe fehlt");
    expect(ruleProblemMessage(problems[0]!, "en")).toBe("required entry is missing");
    expect(problems[3]?.code).toBe("unknown-fact");
    expect(ruleProblemMessage(problems[3]!)).toMatch(/^Unbekannter Fakt; erlaubt: agreement\.written, /);
  });

  it("name every forbidden key", () => {
    const broken = structuredClone(minDuration);
    Object.defineProperty(broken.conditions, "__proto__", { value: {}, enumerable: true });
    Object.defineProperty(broken.source, "constructor", { value: 1, enumerable: true });
    expect(problemsOfRule("min-duration.json", broken).map((p) => p.path)).toEqual([
      "source.constructor",
      "conditions.__proto__",
    ]);
  });

  it("report manifest problems, duplicates, missing and misnamed files together", () => {
    const manifest = {
      version: "1.0.0",
      validFrom: "2023-05-31",
      criteria: ["min-duration", "min-duration", "third-partner", "written-agreement"],
    };
    const files = { "min-duration.json": minDuration, "written-agreement.json": minDuration };
    expect(problemsOfSet(manifest, files)).toEqual([
      { file: "ruleset.json", path: "criteria.1", code: "listed-twice", params: { kind: "criteria", id: "min-duration" } },
      { file: "third-partner.json", path: "", code: "rule-file-missing", params: {} },
      { file: "written-agreement.json", path: "id", code: "id-not-file-name", params: { id: "written-agreement" } },
    ]);
    expect(problemsOfSet({ version: "1", validFrom: "31.05.2023", criteria: [] }, {}).map((p) => [p.file, p.path])).toEqual([
      ["ruleset.json", "version"],
      ["ruleset.json", "validFrom"],
      ["ruleset.json", "criteria"],
    ]);
  });

  it("check an example-case file's shape, its criterion and its case names", () => {
    const file = "rules/written-agreement.cases.json";
    const good = { name: "Schriftlich", input: { agreement: { written: true } }, expected: "met" };
    expect(problemsOfCases(file, { criterion: "written-agreement", cases: [good] })).toEqual([]);
    expect(problemsOfCases(file, { criterion: "written-agreement", cases: [] })).toEqual([
      { file, path: "cases", code: "no-cases", params: {} },
    ]);
    expect(
      problemsOfCases(file, { criterion: "written-agreement", cases: [good, { ...good, expected: "erfüllt" }, { name: "", input: 1 }] }).map(
        (p) => p.path,
      ),
    ).toEqual(["cases.1.expected", "cases.2.name", "cases.2.input", "cases.2.expected"]);
    expect(problemsOfCases(file, { criterion: "min-duration", cases: [good, { ...good }] })).toEqual([
      { file, path: "criterion", code: "case-rule-not-file-name", params: { kind: "criteria", fileName: "written-agreement.cases.json" } },
      { file, path: "cases.1.name", code: "case-name-twice", params: { name: "Schriftlich" } },
    ]);
  });
});

describe("faqQuoteProblems", () => {
  it.runIf(faqText !== undefined)("finds every FAQ quote of the shipped rules, next steps and categories verbatim in the FAQ (BILDUNGSPARTNER_FAQ)", () => {
    const files = { ...shipped, "../data/categories.json": shippedCategories };
    expect(faqQuoteProblems(files, faqText!)).toEqual([]);
  });

  it("reports a tampered quote in a source, a further source, a next step and a category, with its path", () => {
    const rule = structuredClone(minDuration);
    rule.source.quote = "Langfristigkeit der Vereinbarung (mind. auf drei Jahre angelegt)";
    rule.furtherSources = [{ url: FAQ_URL, claim: { de: "x", en: "x" }, quote: "Ihre Kooperation muss folgende Kriterien erfüllen" }];
    const manifest = structuredClone(shipped["ruleset.json"]) as { nextSteps: { eligible: Array<{ source: { quote: string } }> } };
    manifest.nextSteps.eligible[0]!.source.quote = "Sobald Sie die Vereinbarung einreichen, sind Sie registriert";
    const categories = structuredClone(shippedCategories) as { categories: Array<{ thirdPartner: { source: { url: string; quote?: string } } }> };
    categories.categories[0]!.thirdPartner.source = { url: `${FAQ_URL}#:~:text=x` };
    const problems = faqQuoteProblems({ "min-duration.json": rule, "ruleset.json": manifest, "../data/categories.json": categories }, faqOrStandIn);
    expect(problems.map((p) => `${p.file}:${p.path}`)).toEqual([
      "min-duration.json:source.quote",
      "min-duration.json:furtherSources.0.quote",
      "ruleset.json:nextSteps.eligible.0.source.quote",
      "../data/categories.json:categories.0.thirdPartner.source.quote",
    ]);
    expect(ruleProblemMessage(problems[0]!)).toMatch(/^Das Zitat steht so nicht in der FAQ: „Langfristigkeit .*“$/);
    expect(ruleProblemMessage(problems[3]!)).toBe("Die FAQ ist als Quelle genannt, aber ohne Zitat");
    expect(ruleProblemMessage(problems[3]!, "en")).toBe("the FAQ is cited without a quote");
  });

  it("folds white space, bullets, typographic quotation marks and dashes, and reads „…“ as an omission in order", () => {
    const text = "Ihre Kooperation  sollte\n• folgende „Kriterien“ erfüllen – Archiven – Bibliotheken.";
    const cite = (quote: string) => ({ "r.json": { source: { url: FAQ_URL, quote } } });
    expect(faqQuoteProblems(cite('sollte folgende "Kriterien" erfüllen - Archiven'), text)).toEqual([]);
    expect(faqQuoteProblems(cite("Ihre Kooperation … Bibliotheken"), text)).toEqual([]);
    expect(faqQuoteProblems(cite("Bibliotheken … Ihre Kooperation"), text)).toHaveLength(1);
    expect(faqQuoteProblems({ "r.json": { source: { url: "https://example.org/", quote: "nicht in der FAQ" } } }, text)).toEqual([]);
    let deep: unknown = { source: { url: FAQ_URL, quote: "nicht in der FAQ" } };
    for (let i = 0; i < 10_000; i += 1) deep = { not: deep };
    expect(faqQuoteProblems({ "tief.json": deep }, text)).toEqual([]);
  });
});
