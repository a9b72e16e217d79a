import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shippedOfferingRuleSets } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
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

  it("refuses to write a catalogue whose offerings folder is broken", async () => {
    const dir = copyOfShipped("broken-offerings-catalogue");
    edit(join(dir, "offerings", "flyers.json"), (rule) => delete rule.nextSteps);
    const { code, err } = await cli("rules", "catalogue", dir, "--out", join(tmp, "nie"));
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, "offerings", "flyers.json")}:nextSteps: Pflichtangabe fehlt`);
  });
});
