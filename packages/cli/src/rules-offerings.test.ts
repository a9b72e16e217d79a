import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shippedOfferingRuleSets } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { writeApplications } from "../test/applications.js";
import { cli } from "../test/buffer-io.js";
import { copyOfShippedRules, corePackage, editJson as edit } from "../test/rule-folders.js";

const core = corePackage;
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-offering-rules-"));

const copyOfShipped = (name: string) => copyOfShippedRules(tmp, name);

describe("bildungspartner rules lint: offerings", () => {
  it("checks an offerings folder alone", async () => {
    const { code, out } = await cli("rules", "lint", join(core, "rules", "offerings"));
    expect(code).toBe(0);
    expect(out).toMatch(/^Keine Probleme: 12 Regeldateien, \d+ Beispielfälle geprüft/);
  });

  it("reports the problems of the offerings folder inside a rules folder, with its own facts, ids and statuses", async () => {
    const dir = copyOfShipped("broken-offerings");
    const offerings = join(dir, "offerings");
    edit(join(offerings, "flyers.json"), (rule) => (rule.conditions.all[0].fact = "agreement.written"));
    edit(join(offerings, "archive-funding.json"), (rule) => (rule.conditions.all[2].value = "bau"));
    edit(join(offerings, "competition.cases.json"), (file) => (file.cases[0].expected = "not-available"));
    edit(join(offerings, "templates.cases.json"), (file) => (file.cases[0].expected = "met"));
    rmSync(join(offerings, "biparcours.cases.json"));
    const { code, out } = await cli("rules", "lint", dir);
    expect(code).toBe(1);
    const at = (file: string) => join(offerings, file);
    const lines = out.trimEnd().split("\n");
    // The changed comparison also makes archive-funding's own cases fail: four more lines.
    expect(lines.filter((line) => line.startsWith(at("archive-funding.cases.json")))).toHaveLength(4);
    expect(lines.filter((line) => !line.startsWith(at("archive-funding.cases.json")))).toEqual([
      `${at("archive-funding.json")}:conditions.all.2.value: Unbekannter Wert "bau" für funding.purpose; erlaubt: project, training, permanent / unknown value`,
      `${at("biparcours.cases.json")}: Keine Beispielfälle: Datei fehlt / no example cases: file is missing`,
      `${at("competition.cases.json")}:cases.0.expected: „Registrierte Partnerschaft“ ergibt „verfügbar“, erwartet „nicht verfügbar“ / gives "available", expected "not-available"`,
      expect.stringMatching(new RegExp(`^${at("flyers.json")}:conditions\\.all\\.0\\.fact: Unbekannter Fakt; erlaubt: always, partnership\\.registered`)),
      expect.stringMatching(new RegExp(`^${at("templates.cases.json")}:cases\\.0\\.expected: Erwartet wird "available"`)),
      "9 Problem(e) / problem(s)",
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
    expect(page).toContain("Antrag – Schulform: Kindertageseinrichtung");
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
    expect(flyers).toContain("Verfügbar, wenn:\n\n- Die Partnerschaft ist bei Bildungspartner NRW registriert\n");
    expect(flyers).toContain("Wenn verfügbar:\n\n1. Schreiben Sie Bildungspartner NRW eine E-Mail mit der gewünschten Stückzahl: {flyerCount}.\n2. Stempeln");
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
    edit(join(offerings, "ruleset.json"), (manifest) => {
      manifest.version = "1.1.0";
      manifest.offerings = manifest.offerings.filter((id: string) => id !== "templates");
    });
    edit(join(offerings, "flyers.json"), (rule) => {
      rule.title.de = "Flyer zum Weitergeben";
      rule.nextSteps.available[0].de = "Schreiben Sie uns, wie viele Flyer Sie brauchen: {flyerCount}.";
      rule.nextSteps.notAvailable = [];
    });
    edit(join(offerings, "archive-funding.json"), (rule) => (rule.conditions.all[2].value = "training"));
    edit(join(offerings, "flyers.cases.json"), (file) => file.cases.splice(1, 1));
    const { code, out } = await cli("rules", "diff", shipped, dir);
    expect(code).toBe(0);
    expect(out).toContain("| Angebote | 1.0.0, gültig ab 31.05.2023 | 1.1.0, gültig ab 31.05.2023 |\n");
    expect(out).toContain("## Kriterien\n\nKeine Änderung an den Kriterien.\n");
    const section = out.slice(out.indexOf("## Angebote"), out.indexOf("## Datenlisten"));
    expect(section).toBe(
      [
        "## Angebote",
        "",
        "- Version 1.0.0 → 1.1.0",
        "",
        "### Flyer zum Weitergeben (`flyers`, geändert)",
        "",
        "- Titel geändert: „Flyer zur Weitergabe“ → „Flyer zum Weitergeben“",
        "- Nächster Schritt 1 bei „verfügbar“ umformuliert: „Schreiben Sie Bildungspartner NRW eine E-Mail mit der gewünschten Stückzahl: {flyerCount}.“ → „Schreiben Sie uns, wie viele Flyer Sie brauchen: {flyerCount}.“",
        "- Nächste Schritte bei „nicht verfügbar“ (1 → 0): jetzt keine",
        "- Beispielfälle (8 → 7) – entfernt: „Entscheidung: registrierbar“",
        "",
        "### Förderprogramm „Archiv und Schule“ (`archive-funding`, geändert)",
        "",
        "- Vergleich geändert: „Wofür die Förderung ist: „project““ → „Wofür die Förderung ist: „training““",
        "",
        "### Vorlagen (`templates`, entfernt)",
        "",
        "- Angebot entfernt.",
        "",
        "Unverändert: 9 Angebote (`logo-and-web-presence`, `competition`, `biparcours`, `on-site-training`, `advice-and-materials`, `newsletter-and-congress`, `permanent-funding`, `partner-matching`, `kindergarten-registration`).",
        "",
        "",
      ].join("\n"),
    );
    const back = JSON.parse((await cli("rules", "diff", dir, shipped, "--format", "json")).out) as {
      offerings: { rules: Array<{ id: string; kind: string; changes: string[] }> };
    };
    expect(back.offerings.rules.find((r) => r.id === "templates")).toEqual({
      id: "templates",
      title: expect.any(String),
      kind: "added",
      changes: [expect.stringMatching(/^Neues Angebot\. Verfügbar, wenn: /)],
    });
  });

  it("names a folder without offerings instead of listing every offering as removed, and says the counts are criteria-only", async () => {
    const stricter = join(core, "test/rule-sets/2.0.0/rules");
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
