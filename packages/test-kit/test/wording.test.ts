import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { faqStandIn, faqText } from "../src/faq.js";
import { germanTexts, idsFromCore, parseGlossary, wordingProblems, type WordingRules } from "../src/wording.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const read = (path: string) => readFileSync(`${repo}${path}`, "utf8");

const rules: WordingRules = {
  glossary: parseGlossary(read("docs/glossar.md")),
  ids: idsFromCore(),
  // Quotes of the FAQ keep its words. Without the FAQ's text (BILDUNGSPARTNER_FAQ), the quotes the
  // rule files hold stand in for it: every „…“ that quotes the FAQ in our texts is one of them.
  faq: faqText ?? faqStandIn(),
};

describe("the German wording (docs/glossar.md)", () => {
  const texts = germanTexts(repo);

  it("gathers the texts of rules, data, CLI, forms, agreement, core, portal and Werkstatt", () => {
    const sources = new Set(texts.map((t) => t.file.split("/").slice(0, 2).join("/")));
    for (const source of ["packages/core", "packages/cli", "packages/forms", "packages/agreement", "examples/portal", "examples/werkstatt"]) {
      expect(sources, source).toContain(source);
    }
    expect(texts.some((t) => t.file.startsWith("packages/core/rules/offerings/"))).toBe(true);
    expect(texts.some((t) => t.file === "packages/core/data/categories.json")).toBe(true);
    expect(texts.length).toBeGreaterThan(500);
  });

  it("uses the glossary's terms, German dates, plurals by count, no ids and „…“ quotation marks", () => {
    const problems = texts.flatMap((t) =>
      wordingProblems(t.text, rules).map((p) => `${t.file} (${t.where}) [${p.check}${p.detail ? `: ${p.detail}` : ""}] ${JSON.stringify(p.found)} in: ${t.text}`),
    );
    expect(problems).toEqual([]);
  });

  it("reads one term per row and its variants from the glossary", () => {
    expect(rules.glossary.find((entry) => entry.term === "Ansprechperson")?.banned).toEqual(["Ansprechpartner", "Kontaktperson"]);
    expect(rules.ids).toContain("min-duration");
    expect(rules.ids).toContain("agreement.endDate");
  });

  it("fails for each kind of slip, and leaves verbatim FAQ quotes and placeholders alone", () => {
    const checks = (text: string) => wordingProblems(text, rules).map((p) => p.check);
    expect(checks("Bitte nennen Sie eine Ansprechpartnerin.")).toEqual(["glossary"]);
    expect(checks("Die Vereinbarung wurde unterschrieben.")).toEqual(["glossary"]);
    expect(checks("Gültig ab 2023-05-31.")).toEqual(["iso-date"]);
    expect(checks("3 Datei(en) geprüft, 1 Zeile(n) übersprungen")).toEqual(["bracket-plural", "bracket-plural"]);
    expect(checks("2 Beispielfall/-fälle anders, Eintrag/Einträge")).toEqual(["bracket-plural", "bracket-plural"]);
    expect(checks("Das Kriterium min-duration ist nicht erfüllt.")).toEqual(["id"]);
    expect(checks("Bitte prüfen Sie agreement.endDate.")).toEqual(["id"]);
    expect(checks('Bitte wählen Sie "befristet".')).toEqual(["straight-quotes"]);
    expect(checks("FAQ: „feste Ansprechpartner auf beiden Seiten“ ist gelesen als Soll-Kriterium.")).toEqual([]);
    expect(checks("Die Datei {file} gilt ab dem 31.05.2023; „Kooperationsvereinbarung“.")).toEqual([]);
    expect(checks("Die Laufzeit ist kürzer als die Mindestlaufzeit (Seite 2, Partner 1).")).toEqual([]);
  });
});
