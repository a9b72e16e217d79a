import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { categories, schoolTypes, shippedOfferingRuleSets, type OfferingStatus } from "@bildungspartner/core";
import { copyOfShippedRules, corePackage, editJson as edit, testRuleSetDir, writeApplications } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { cli } from "../test/buffer-io.js";
import { conditionProse, offeringKind } from "@bildungspartner/core/rules";

const offeringStatusWords = Object.fromEntries(Object.entries(offeringKind.statusWords).map(([status, words]) => [status, words.de])) as Record<OfferingStatus, string>;

const core = corePackage;
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-offering-rules-"));

const copyOfShipped = (name: string) => copyOfShippedRules(tmp, name);
/** A shipped offering file, parsed. */
const shippedOffering = <T>(file: string): T => JSON.parse(readFileSync(join(core, "rules", "offerings", file), "utf8")) as T;
/** Where archive-funding compares the purpose of the funding. */
const purpose = shippedOffering<{ conditions: { all: Array<{ fact: string }> } }>("archive-funding.json").conditions.all.findIndex((c) => c.fact === "funding.purpose");

describe("bildungspartner rules lint: offerings", () => {
  it("checks an offerings folder alone", async () => {
    const { code, out } = await cli("rules", "lint", join(core, "rules", "offerings"));
    expect(code).toBe(0);
    expect(out).toMatch(/^Keine Probleme: 12 Regeldateien, \d+ Beispielfälle geprüft/);
  });

  it("reports the problems of the offerings folder inside a rules folder, with its own facts, ids and statuses", async () => {
    const dir = copyOfShipped("broken-offerings");
    const offerings = join(dir, "offerings");
    // Read from the shipped files, so the test follows their wording.
    const competitionCase = shippedOffering<{ cases: Array<{ name: string; expected: OfferingStatus }> }>("competition.cases.json").cases[0]!;
    const wrong: OfferingStatus = competitionCase.expected === "available" ? "not-available" : "available";
    edit(join(offerings, "flyers.json"), (rule) => (rule.conditions.all[0].fact = "agreement.written"));
    edit(join(offerings, "archive-funding.json"), (rule) => (rule.conditions.all[purpose].value = "bau"));
    edit(join(offerings, "competition.cases.json"), (file) => (file.cases[0].expected = wrong));
    edit(join(offerings, "templates.cases.json"), (file) => (file.cases[0].expected = "met"));
    rmSync(join(offerings, "biparcours.cases.json"));
    const { code, out } = await cli("rules", "lint", dir);
    expect(code).toBe(1);
    const at = (file: string) => join(offerings, file);
    const lines = out.trimEnd().split("\n");
    // The changed comparison also makes archive-funding's own cases fail.
    const archiveCases = lines.filter((line) => line.startsWith(at("archive-funding.cases.json")));
    expect(archiveCases.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !line.startsWith(at("archive-funding.cases.json")))).toEqual([
      `${at("archive-funding.json")}:conditions.all.${purpose}.value: Unbekannter Wert "bau" für funding.purpose; erlaubt: project, training, permanent / unknown value "bau" for funding.purpose; allowed: project, training, permanent`,
      `${at("biparcours.cases.json")}: Keine Beispielfälle: Datei fehlt / no example cases: file is missing`,
      `${at("competition.cases.json")}:cases.0.expected: „${competitionCase.name}“ ergibt „${offeringStatusWords[competitionCase.expected]}“, erwartet „${offeringStatusWords[wrong]}“ / gives "${competitionCase.expected}", expected "${wrong}"`,
      expect.stringMatching(new RegExp(`^${at("flyers.json")}:conditions\\.all\\.0\\.fact: Unbekannter Fakt; erlaubt: always, partnership\\.registered`)),
      expect.stringMatching(new RegExp(`^${at("templates.cases.json")}:cases\\.0\\.expected: Erwartet wird "available"`)),
      `${archiveCases.length + 5} Probleme / ${archiveCases.length + 5} problems`,
    ]);
  });
});

describe("bildungspartner rules catalogue: offerings", () => {
  it("writes angebote.html with every offering in order, linked from index.html", async () => {
    const out = join(tmp, "katalog");
    expect((await cli("rules", "catalogue", "--out", out)).code).toBe(0);
    const page = readFileSync(join(out, "angebote.html"), "utf8");
    const positions = shippedOfferingRuleSets()[0]!.rules.map((rule) => page.indexOf(`<section class="rule" id="${rule.id}">`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain("<strong>Verfügbar, wenn:</strong> Die Partnerschaft ist bei Bildungspartner NRW registriert");
    expect(page).toContain("Bei unserem Wettbewerb „Kooperation. Konkret.“");
    expect(page).toContain("Gewünschte Zahl der Flyer: 250");
    expect(page).toContain("Antrag – Art der Einrichtung: Kindertageseinrichtung");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<a href="angebote.html">Angebote für Partnerschaften</a>');
  });

  it("writes one Markdown file per offering, with its condition, next steps and example cases", async () => {
    const out = join(tmp, "katalog-markdown");
    expect((await cli("rules", "catalogue", "--out", out)).code).toBe(0);
    const rules = shippedOfferingRuleSets()[0]!.rules;
    expect(readdirSync(join(out, "markdown", "angebote")).sort()).toEqual(rules.map((r) => `${r.id}.md`).sort());
    expect(readFileSync(join(out, "angebote.html"), "utf8")).toContain('<a href="markdown/angebote/flyers.md">als Markdown</a>');
    const flyers = readFileSync(join(out, "markdown", "angebote", "flyers.md"), "utf8");
    const cases = (JSON.parse(readFileSync(join(core, "rules", "offerings", "flyers.cases.json"), "utf8")) as { cases: Array<{ name: string }> }).cases;
    expect(flyers).toMatch(/^# Flyer zur Weitergabe\n\nAngebot `flyers` · Angebote 1\.0\.0, gültig ab 31\.05\.2023; diese Regel gilt ab 31\.05\.2023\n/);
    const rule = rules.find((r) => r.id === "flyers")!;
    expect(flyers).toContain(`Verfügbar, wenn:\n\n- ${conditionProse(rule.conditions, { categories, schoolTypes })}\n`);
    // The catalogue fills the placeholders with words: no situation gives the number of flyers.
    expect(flyers).toContain(`Wenn verfügbar:\n\n${rule.nextSteps.available.map((step, i) => `${i + 1}. ${step.de.replace("{flyerCount}", "der gewünschten Stückzahl")}`).join("\n")}\n`);
    expect(flyers).not.toContain("{flyerCount}");
    expect(flyers).toContain(`## Quelle\n\n> „${rule.source.quote}“`);
    expect(flyers).toContain(`## Beispielfälle (${cases.length})`);
    for (const [i, c] of cases.entries()) expect(flyers).toContain(`| ${i + 1} | ${c.name} |`);
    expect(flyers).toContain("Gewünschte Zahl der Flyer: 250");
  });

  it("refuses to write a catalogue whose offerings folder is broken", async () => {
    const dir = copyOfShipped("broken-offerings-catalogue");
    edit(join(dir, "offerings", "flyers.json"), (rule) => delete rule.nextSteps);
    const { code, err } = await cli("rules", "catalogue", dir, "--out", join(tmp, "nie"));
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, "offerings", "flyers.json")}:nextSteps: Pflichtangabe fehlt`);
  });
});

describe("bildungspartner rules diff: offerings", () => {
  const shipped = join(core, "rules");

  it("says in German what changed in the offerings folders, rule by rule", async () => {
    const dir = copyOfShipped("changed-offerings");
    const offerings = join(dir, "offerings");
    const [ruleSet] = shippedOfferingRuleSets();
    const flyers = ruleSet!.rules.find((rule) => rule.id === "flyers")!;
    const archiveFunding = ruleSet!.rules.find((rule) => rule.id === "archive-funding")!;
    const flyerCases = shippedOffering<{ cases: Array<{ name: string }> }>("flyers.cases.json").cases;
    edit(join(offerings, "ruleset.json"), (manifest) => {
      manifest.version = "1.1.0";
      manifest.offerings = manifest.offerings.filter((id: string) => id !== "templates");
    });
    edit(join(offerings, "flyers.json"), (rule) => {
      rule.title.de = "Flyer zum Weitergeben";
      rule.nextSteps.available[0].de = "Schreiben Sie uns, wie viele Flyer Sie brauchen: {flyerCount}.";
      rule.nextSteps.notAvailable = [{ de: "Bitte fragen Sie Bildungspartner NRW.", en: "Please ask Bildungspartner NRW." }];
    });
    edit(join(offerings, "archive-funding.json"), (rule) => (rule.conditions.all[purpose].value = "training"));
    edit(join(offerings, "flyers.cases.json"), (file) => file.cases.splice(1, 1));
    const { code, out } = await cli("rules", "diff", shipped, dir);
    expect(code).toBe(0);
    expect(out).toContain(`| Angebote | ${ruleSet!.version}, gültig ab 31.05.2023 | 1.1.0, gültig ab 31.05.2023 |\n`);
    expect(out).toContain("## Kriterien\n\nKeine Änderung an den Kriterien.\n");
    const section = out.slice(out.indexOf("## Angebote"), out.indexOf("## Datenlisten"));
    const unchanged = ruleSet!.rules.map((rule) => rule.id).filter((id) => !["flyers", "archive-funding", "templates"].includes(id));
    expect(section).toBe(
      [
        "## Angebote",
        "",
        `- Version ${ruleSet!.version} → 1.1.0`,
        "",
        "### Flyer zum Weitergeben (`flyers`, geändert)",
        "",
        `- Titel geändert: „${flyers.title.de}“ → „Flyer zum Weitergeben“`,
        `- Nächster Schritt 1 bei „verfügbar“ umformuliert: „${flyers.nextSteps.available[0]!.de}“ → „Schreiben Sie uns, wie viele Flyer Sie brauchen: {flyerCount}.“`,
        `- Nächste Schritte bei „nicht verfügbar“ (${flyers.nextSteps.notAvailable.length} → 1): jetzt „Bitte fragen Sie Bildungspartner NRW.“`,
        `- Beispielfälle (${flyerCases.length} → ${flyerCases.length - 1}) – entfernt: „${flyerCases[1]!.name}“`,
        "",
        `### ${archiveFunding.title.de} (\`archive-funding\`, geändert)`,
        "",
        "- Vergleich geändert: „Zweck der Förderung: ein Projekt“ → „Zweck der Förderung: eine Fortbildung“",
        "",
        `### ${ruleSet!.rules.find((rule) => rule.id === "templates")!.title.de} (\`templates\`, entfernt)`,
        "",
        "- Angebot entfernt.",
        "",
        `Unverändert: ${unchanged.length} Angebote (${unchanged.map((id) => `\`${id}\``).join(", ")}).`,
        "",
        "",
      ].join("\n"),
    );
    const back = JSON.parse((await cli("rules", "diff", dir, shipped, "--format", "json")).out) as {
      offerings: { rules: Array<{ id: string; kind: string; changes: unknown[] }> };
    };
    expect(back.offerings.rules.find((r) => r.id === "templates")).toEqual({
      id: "templates",
      title: expect.any(String),
      kind: "added",
      changes: [{ code: "offering-added", params: { condition: expect.any(String) } }],
    });
  });

  it("names a folder without offerings instead of listing every offering as removed, and says the counts are criteria-only", async () => {
    const stricter = testRuleSetDir;
    const applications = join(tmp, "angebote.ndjson");
    await writeApplications(applications, 20);
    const { out } = await cli("rules", "diff", shipped, stricter, "--applications", applications);
    expect(out).toContain("| Angebote | 1.0.0, gültig ab 31.05.2023 | keine |\n");
    expect(out).toContain("## Angebote\n\n- Nur der alte Ordner hat einen Angebotsordner (offerings/, 12 Angebote); die Angebote werden nicht verglichen.\n");
    expect(out).not.toContain("Angebot entfernt");
    expect(out).toContain("> Hinweis: Die Zahlen betreffen nur die Kriterien (ob ein Antrag registrierbar ist).");
  });

  it("refuses to compare when an offerings folder is broken", async () => {
    const dir = copyOfShipped("broken-offerings-diff");
    edit(join(dir, "offerings", "flyers.json"), (rule) => delete rule.messages);
    const { code, err } = await cli("rules", "diff", shipped, dir);
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, "offerings", "flyers.json")}:messages: Pflichtangabe fehlt`);
  });
});
