import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { changedLists, faqText, listChangeApplications, patchedFolder } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { RuleFileError } from "../errors.js";
import { offeringFactNames } from "./offering-facts.js";
import { offeringIds, offeringRuleFileJsonSchema, offeringsSpec, type OfferingCaseFile } from "./offering-rules.js";
import { caseProblems, loadRules, parseRule, rulesProblems } from "../tooling/rule-loading.js";
import { ruleProblemMessage } from "../tooling/rule-problems.js";
import { nextArchiveDeadline, offerings, offeringsWithEngine } from "./offerings.js";
import { factConditions } from "../evaluate/condition.js";
import { shippedOfferingRuleSets } from "./shipped-offerings.js";
import { shippedRuleSets } from "../evaluate/shipped-rules.js";
import { loadRuleFolder } from "../tooling/rule-folder.js";

const dir = fileURLToPath(new URL("../../rules/offerings/", import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(`${dir}${file}`, "utf8"));
const caseFiles = readdirSync(dir)
  .filter((file) => file.endsWith(".cases.json"))
  .sort()
  .map((file) => ({ file, content: read(file) as OfferingCaseFile }));
const cases = caseFiles.flatMap(({ file, content }) => content.cases.map((c) => ({ file, offering: content.offering, ...c })));
const rules = shippedOfferingRuleSets()[0]!.rules;
const archive = JSON.parse(readFileSync(new URL("../../../../examples/applications/eligible-stadtarchiv.json", import.meta.url), "utf8")) as unknown;

describe("example cases in rules/offerings/<id>.cases.json", () => {
  it("exist for every offering; an offering that depends on the situation has a case for each status", () => {
    for (const id of offeringIds) {
      const statuses = new Set(cases.filter((c) => c.offering === id).map((c) => c.expected));
      const rule = rules.find((r) => r.id === id)!;
      const constant = factConditions(rule.conditions).every((condition) => condition.fact === "always");
      if (constant) expect(statuses.size, id).toBe(1);
      else expect([...statuses].sort(), id).toEqual(["available", "not-available", "unknown"]);
    }
  });

  it("have no problems", () => {
    for (const { file, content } of caseFiles) expect(caseProblems(offeringsSpec, file, content), file).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.offering}: ${c.name}`, c] as const))("%s", async (_, c) => {
    const report = offerings(c.input, { asOf: "2026-01-15" });
    expect(report.issues).toEqual([]);
    expect(report.offerings.find((o) => o.id === c.offering)?.status).toBe(c.expected);
    expect(await offeringsWithEngine(c.input, { asOf: "2026-01-15" })).toEqual(report);
  });
});

describe("offering rule files", () => {
  it("are listed in ruleset.json in the order of offeringIds, and load without problems", () => {
    const files = Object.fromEntries(offeringIds.map((id) => [`${id}.json`, read(`${id}.json`)]));
    expect(rulesProblems(offeringsSpec, read("ruleset.json"), files)).toEqual([]);
    expect(loadRules(offeringsSpec, read("ruleset.json"), files).rules.map((r) => r.id)).toEqual(offeringIds);
  });

  it("name only offering facts, with short quotes", () => {
    for (const rule of rules) {
      for (const condition of factConditions(rule.conditions)) expect(offeringFactNames, rule.id).toContain(condition.fact);
      expect(rule.source.quote.length).toBeLessThanOrEqual(200);
    }
  });

  // The FAQ's text is not in the repository: BILDUNGSPARTNER_FAQ names a copy (CI passes one).
  it.runIf(faqText !== undefined)("quote their FAQ sentences verbatim (BILDUNGSPARTNER_FAQ)", () => {
    const text = faqText!.replace(/\s+/g, " ");
    for (const rule of rules) {
      expect(text, rule.id).toContain(rule.source.quote);
      for (const further of rule.furtherSources ?? []) {
        if (further.url === rule.source.url && further.quote !== undefined) expect(text, rule.id).toContain(further.quote);
      }
    }
  });

  it("cite a public page for every further claim, and explain every reading beyond the quote", () => {
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    for (const id of ["competition", "archive-funding"] as const) {
      expect(byId.get(id)?.furtherSources?.some((source) => source.url !== byId.get(id)?.source.url), id).toBe(true);
    }
    for (const id of ["logo-and-web-presence", "competition", "biparcours", "archive-funding", "on-site-training", "newsletter-and-congress"] as const) {
      expect(byId.get(id)?.interpretation?.de, id).toMatch(/Gelesen: .*Alternative: /);
    }
  });

  it("match the committed offering-rules.schema.json", () => {
    const committed = JSON.parse(readFileSync(new URL("../../offering-rules.schema.json", import.meta.url), "utf8")) as unknown;
    expect(committed).toEqual(offeringRuleFileJsonSchema());
  });

  const flyers = read("flyers.json") as Record<string, any>;
  it.each([
    ["an eligibility fact", (r: Record<string, any>) => (r.conditions.all[0].fact = "agreement.written"), "conditions.all.0.fact", /Fakt/],
    ["an eligibility criterion id", (r: Record<string, any>) => (r.id = "min-duration"), "id", /Kennung eines Angebots/],
    ["an unknown placeholder", (r: Record<string, any>) => (r.nextSteps.available[0].de = "Bitte {count} Flyer"), "nextSteps.available.0.de", /Platzhalter/],
    ["missing next steps", (r: Record<string, any>) => delete r.nextSteps, "nextSteps", /.+/],
    ["a met/notMet message instead of available/notAvailable", (r: Record<string, any>) => (r.messages = { met: r.messages.available, notMet: r.messages.notAvailable, unknown: r.messages.unknown }), "messages.available", /.+/],
    ["a jsonpath expression", (r: Record<string, any>) => (r.conditions.all[0].path = "$..x"), "conditions.all.0.path", /path/],
  ])("are refused with file and JSON path for %s", (_, change, path, detail) => {
    const copy = structuredClone(flyers);
    change(copy);
    let error: unknown;
    try {
      parseRule(offeringsSpec, "flyers.json", copy);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    expect((error as RuleFileError).path).toBe(path);
    expect((error as RuleFileError).detailIn()).toMatch(detail);
  });

  it("reports a manifest of the wrong kind and an offering listed twice", () => {
    const manifest = read("ruleset.json") as Record<string, any>;
    expect(rulesProblems(offeringsSpec, { ...manifest, kind: "eligibility" }, {})[0]).toMatchObject({ file: "ruleset.json", path: "kind" });
    const twice = { ...manifest, offerings: ["flyers", "flyers"] };
    const problems = rulesProblems(offeringsSpec, twice, { "flyers.json": flyers });
    expect(problems).toEqual([{ file: "ruleset.json", path: "offerings.1", code: "listed-twice", params: { kind: "offerings", id: "flyers" } }]);
    expect(problems.map((p) => ruleProblemMessage(p))).toEqual(["Angebot flyers doppelt"]);
    expect(problems.map((p) => ruleProblemMessage(p, "en"))).toEqual(["offering flyers listed twice"]);
    expect(() => loadRules(offeringsSpec, twice, { "flyers.json": flyers })).toThrow(RuleFileError);
  });
});

describe("offerings()", () => {
  it("fills the number of flyers and the next funding deadline into the next steps", () => {
    const report = offerings({ flyers: { count: 1500 } }, { asOf: "2026-03-02", lang: "de" });
    expect(report.offerings.find((o) => o.id === "flyers")?.nextSteps[0]).toBe(
      "Bitte schreiben Sie Bildungspartner NRW eine E-Mail mit der gewünschten Stückzahl (1.500).",
    );
    const english = offerings(
      { registered: true, application: archive, funding: { purpose: "project", projectStarted: false } },
      { asOf: "2026-10-02", lang: "en" },
    );
    const funding = english.offerings.find((o) => o.id === "archive-funding")!;
    expect(funding.status).toBe("available");
    expect(funding.message).toContain("Next deadline: 1 March 2027.");
    expect(funding.title).toBe("Funding programme “Archiv und Schule”");
  });

  it("asks for the number of flyers in a sentence while it is not given", () => {
    const step = (lang: "de" | "en") => offerings({}, { asOf: "2026-01-15", lang }).offerings.find((o) => o.id === "flyers")?.nextSteps[0];
    expect(step("de")).toBe("Bitte schreiben Sie Bildungspartner NRW eine E-Mail mit der gewünschten Stückzahl.");
    expect(step("en")).toBe("Please write an e-mail to Bildungspartner NRW stating the number you want.");
  });

  it("offers flyers, the newsletter, BIPARCOURS, advice and training for building up a partnership without registration", () => {
    const report = offerings({ registered: false, application: archive, training: { servesPartnership: true } }, { asOf: "2026-01-15" });
    const status = (id: string) => report.offerings.find((o) => o.id === id)?.status;
    for (const id of ["flyers", "newsletter-and-congress", "biparcours", "advice-and-materials", "on-site-training", "templates"]) {
      expect(status(id), id).toBe("available");
    }
    for (const id of ["logo-and-web-presence", "competition"]) expect(status(id), id).toBe("not-available");
  });

  it("takes a loaded rule folder's rule set as it is: its offerings, its criteria and its lists", () => {
    const folder = loadRuleFolder(
      patchedFolder({
        "data/school-types.json": changedLists["data/school-types.json"]!,
        "rules/offerings/ruleset.json": (manifest) => (manifest.version = "1.5.0"),
      }),
    );
    if (folder.status !== "loaded") throw new Error(JSON.stringify(folder.problems));
    const { ruleSet } = folder.folder;
    const situation = { application: listChangeApplications.schulversuch, registered: false };
    const report = offerings(situation, { asOf: "2026-01-15", ruleSets: [ruleSet] });
    expect(report.ruleSet.version).toBe("1.5.0");
    expect(report.issues).toEqual([]);
    expect(offerings(situation, { asOf: "2026-01-15" }).issues).toContainEqual(expect.objectContaining({ path: "application.school.type" }));
    // A criteria rule set without offerings reads the shipped ones.
    expect(offerings({}, { asOf: "2026-01-15", ruleSets: shippedRuleSets() }).ruleSet.version).toBe(shippedOfferingRuleSets()[0]!.version);
  });

  it("keeps an offering that needs registration unknown for an eligible application until registered says true", () => {
    for (const situation of [{ application: archive }, { decision: { status: "eligible" } }, { decision: { status: "needs-review" } }]) {
      const report = offerings(situation, { asOf: "2026-01-15" });
      expect(report.issues, JSON.stringify(situation)).toEqual([]);
      expect(report.registered).toBeNull();
      const logo = report.offerings.find((o) => o.id === "logo-and-web-presence")!;
      expect(logo.status).toBe("unknown");
      expect(logo.missing).toEqual(["registered"]);
      expect(logo.nextSteps.join(" ")).toContain("unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen");
    }
    const registered = offerings({ application: archive, registered: true }, { asOf: "2026-01-15" });
    expect(registered.offerings.find((o) => o.id === "logo-and-web-presence")?.status).toBe("available");
  });

  it("ends no message or next step in „: bitte angeben.“", () => {
    for (const situation of [{}, { registered: true }, { registered: false }, { application: archive }]) {
      for (const offering of offerings(situation, { asOf: "2026-01-15" }).offerings) {
        for (const text of [offering.message, ...offering.nextSteps]) expect(text, offering.id).not.toMatch(/: bitte angeben\.$/);
      }
    }
  });

  it.each([
    ["2026-01-15", "1. März 2026"],
    ["2026-03-01", "1. März 2026"],
    ["2026-03-02", "1. Oktober 2026"],
    ["2026-10-01", "1. Oktober 2026"],
    ["2026-10-02", "1. März 2027"],
    ["2026-12-31", "1. März 2027"],
  ])("counts the next archive deadline from %s: %s", (asOf, expected) => {
    expect(nextArchiveDeadline(asOf, "de")).toBe(expected);
  });

  it.each([
    [{ flyers: { count: 0 } }, "flyers.count", "invalid_flyer_count", "ganze Zahl von 1 bis 100.000"],
    [{ flyers: { count: 2.5 } }, "flyers.count", "invalid_flyer_count", "ganze Zahl"],
    [{ flyers: { count: "100" } }, "flyers.count", "invalid_flyer_count", "ganze Zahl"],
    [{ flyers: { count: 100_001 } }, "flyers.count", "invalid_flyer_count", "100.000"],
    [{ funding: { purpose: "building" } }, "funding.purpose", "invalid_option", "project, training, permanent"],
    [{ registered: "yes" }, "registered", "invalid_type", "Registrierung der Partnerschaft"],
    [{ decision: { status: "registered" } }, "decision.status", "invalid_option", "eligible"],
    [{ application: { school: { type: "uni" } } }, "application.school.type", "invalid_option", "Art der Einrichtung"],
    [[], "", "invalid_situation", "JSON-Objekt"],
  ])("reports a bad field as an issue and treats it as not given: %j", (situation, path, code, text) => {
    const report = offerings(situation, { asOf: "2026-01-15" });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ path, code });
    expect(report.issues[0]!.message).toContain(text);
    expect(report.offerings).toHaveLength(offeringIds.length);
  });

  it("says issues in English with lang en", () => {
    const [issue] = offerings({ flyers: { count: -1 } }, { asOf: "2026-01-15", lang: "en" }).issues;
    expect(issue?.message).toBe("The number of flyers wanted is a whole number from 1 to 100,000.");
  });

  it("counts as registered only what registered says, never a Decision, and never a kindergarten cooperation", () => {
    expect(offerings({ registered: false, decision: { status: "eligible" } }, { asOf: "2026-01-15" }).registered).toBe(false);
    expect(offerings({ registered: true, decision: { status: "not-eligible" } }, { asOf: "2026-01-15" }).registered).toBe(true);
    expect(offerings({ registered: true, application: { school: { type: "kindergarten" } } }, { asOf: "2026-01-15" }).registered).toBe(false);
    for (const status of ["eligible", "needs-review", "not-eligible", "incomplete"]) {
      expect(offerings({ decision: { status } }, { asOf: "2026-01-15" }).registered, status).toBeNull();
    }
    expect(offerings({ application: archive }, { asOf: "2026-01-15" }).registered).toBeNull();
  });

  it("reads a kindergarten cooperation from the eligibility criterion: the application's result first, else the Decision's", () => {
    const biparcours = (situation: unknown) => offerings(situation, { asOf: "2026-01-15" }).offerings.find((o) => o.id === "biparcours")!;
    const kindergarten = { id: "kindergarten-excluded", status: "not-met" };
    expect(biparcours({ application: { school: { type: "kita" } } }).status).toBe("not-available");
    expect(biparcours({ decision: { status: "not-eligible", criteria: [kindergarten] } }).status).toBe("not-available");
    expect(biparcours({ application: { school: { name: "Grundschule Am Park" } }, decision: { status: "not-eligible", criteria: [kindergarten] } }).status).toBe(
      "not-available",
    );
    expect(biparcours({ application: { school: { type: "gymnasium" } }, decision: { status: "not-eligible", criteria: [kindergarten] } }).status).toBe("available");
    const open = biparcours({ decision: { status: "incomplete" } });
    expect(open.status).toBe("unknown");
    expect(open.missing).toEqual(["application.school.type"]);
  });

  it("names the missing paths of an unknown offering", () => {
    const report = offerings({ application: { school: { type: "gymnasium" } } }, { asOf: "2026-01-15" });
    const logo = report.offerings.find((o) => o.id === "logo-and-web-presence")!;
    expect(logo.status).toBe("unknown");
    expect(logo.missing).toEqual(["registered"]);
    const funding = offerings({ registered: true }, { asOf: "2026-01-15" }).offerings.find((o) => o.id === "archive-funding")!;
    expect(funding.missing).toEqual(["application.partners", "funding.purpose", "funding.projectStarted"]);
  });

  it("ignores unknown and prototype keys", () => {
    const situation = JSON.parse('{"registered": true, "__proto__": {"registered": false}, "extra": 1}') as unknown;
    const report = offerings(situation, { asOf: "2026-01-15" });
    expect(report.issues).toEqual([]);
    expect(report.registered).toBe(true);
  });

  it("refuses an unknown language and a date before every rule set, as the evaluators do", () => {
    expect(() => offerings({}, { lang: "fr" as never })).toThrow(/Sprache/);
    expect(() => offerings({}, { asOf: "2020-01-01" })).toThrow(/Regelsatz/);
  });
});
