import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluateSync, shippedRuleSets } from "@bildungspartner/core";
import { diffChangeText, FAQ_URL, type DiffChange, type Impact } from "@bildungspartner/core/rules";
import { changedLists, copyOfShippedRules, editJson as edit, eligible, faqFile, faqStandIn, listChangeApplications, patchedFolder, testRuleSetDir, writeApplications, writeRuleFolder } from "@bildungspartner/test-kit";
import { roleMailboxRule } from "./rules-catalogue.js";
import { describe, expect, it } from "vitest";
import { bufferIo, cli } from "../test/buffer-io.js";
import { run } from "./index.js";
import { loadRuleDirectory } from "./rule-directory.js";
import type { LintReport } from "./rules-lint.js";

const core = fileURLToPath(new URL("../../core/", import.meta.url));
const shipped = join(core, "rules");
const stricter = testRuleSetDir;
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-rules-"));

const copyOfShipped = (name: string) => copyOfShippedRules(tmp, name);
// The FAQ's text where BILDUNGSPARTNER_FAQ names it (CI); else, for tests of the quote check itself, a
// stand-in that holds the shipped quotes and not the changed ones.
const faqOrStandIn = faqFile ?? join(tmp, "faq-stand-in.txt");
if (faqFile === undefined) writeFileSync(faqOrStandIn, faqStandIn());

describe("bildungspartner rules lint", () => {
  it("finds nothing wrong with the shipped rules and runs every example case", async () => {
    const { code, out } = await cli("rules", "lint");
    expect(code).toBe(0);
    const count = (dir: string) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".cases.json"))
        .reduce((sum, f) => sum + (JSON.parse(readFileSync(join(dir, f), "utf8")) as { cases: unknown[] }).cases.length, 0);
    // The offerings folder inside the rules folder is checked with it: 10 criteria and 12 offerings.
    const cases = count(shipped) + count(join(shipped, "offerings"));
    expect(out).toBe(`Keine Probleme: 22 Regeldateien, ${cases} Beispielfälle geprüft / no problems: 22 rule files, ${cases} example cases checked\n`);
  });

  it.runIf(faqFile !== undefined)("finds every FAQ quote of the shipped rules, next steps and categories in the FAQ's text (--faq, BILDUNGSPARTNER_FAQ)", async () => {
    const { code, out, err } = await cli("rules", "lint", "--faq", faqFile!);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/^Keine Probleme: 22 Regeldateien, \d+ Beispielfälle, die Zitate aus der FAQ geprüft \/ no problems: .* the FAQ quotes checked\n$/);
  });

  it("says when it did not check the FAQ quotes (no --faq)", async () => {
    const without = await cli("rules", "lint");
    expect(without.err).toBe("Zitate aus der FAQ nicht geprüft (dazu --faq <datei>) / FAQ quotes not checked (use --faq <file>)\n");
  });

  it("reports a tampered FAQ quote in a rule, a next step, a category and an offering as file:path: message", async () => {
    const dir = copyOfShipped("zitate");
    edit(join(dir, "min-duration.json"), (rule) => (rule.source.quote = "Langfristigkeit der Vereinbarung (mind. auf drei Jahre angelegt)"));
    edit(join(dir, "ruleset.json"), (manifest) => (manifest.nextSteps.eligible[0].source.quote = "Sobald Sie einreichen, sind Sie registriert."));
    edit(join(dir, "..", "data", "categories.json"), (lists) => {
      const cited = lists.categories.find((c: any) => c.thirdPartner.source.url.endsWith("/FAQ/"));
      cited.thirdPartner.source.quote = "Jeder Partner muss kommunal sein.";
    });
    const offering = readdirSync(join(dir, "offerings")).find((f) => f.endsWith(".json") && !f.endsWith(".cases.json") && f !== "ruleset.json")!;
    edit(join(dir, "offerings", offering), (rule) => (rule.source = { url: FAQ_URL, quote: "Das steht nicht in der FAQ." }));
    const { code, out } = await cli("rules", "lint", "--faq", faqOrStandIn, "--format", "json", dir);
    expect(code).toBe(1);
    const problems = (JSON.parse(out) as LintReport).problems.map((p) => `${relative(dir, p.file)}:${p.path}`);
    expect(problems).toEqual([
      expect.stringMatching(/^\.\.\/data\/categories\.json:categories\.\d+\.thirdPartner\.source\.quote$/),
      "min-duration.json:source.quote",
      "ruleset.json:nextSteps.eligible.0.source.quote",
      `offerings/${offering}:source.quote`,
    ]);
    const text = await cli("rules", "lint", "--faq", faqOrStandIn, dir);
    expect(text.out).toContain(
      `${join(dir, "min-duration.json")}:source.quote: Das Zitat steht so nicht in der FAQ: „Langfristigkeit der Vereinbarung (mind. auf drei Jahre angelegt)“ / the quote does not stand verbatim in the FAQ: „Langfristigkeit der Vereinbarung (mind. auf drei Jahre angelegt)“\n`,
    );
    expect(text.err).toBe("");
  });

  it("accepts the test-only rule set 2.0.0", async () => {
    expect((await cli("rules", "lint", stricter)).code).toBe(0);
  });

  it("reports every problem like a compiler, German and English, with exit code 1", async () => {
    const dir = copyOfShipped("broken");
    edit(join(dir, "min-duration.json"), (rule) => {
      rule.conditions.any[1].operator = "greaterThen";
      rule.conditions.any[0].fact = "agreement.unbefristet";
      delete rule.title.en;
      rule.source.quote = "";
      rule.validFrom = "2023-02-30";
    });
    edit(join(dir, "written-agreement.json"), (rule) => (rule.conditions.all[0].operator = "greaterThan"));
    edit(join(dir, "kindergarten-excluded.json"), (rule) => rule.conditions.all[0].value.push("hort"));
    edit(join(dir, "third-partner.cases.json"), (file) => {
      file.cases[0].expected = "not-met";
      file.cases[1].input = { school: { schoolNumber: "12" } };
    });
    edit(join(dir, "signed-by-all.json"), (rule) => (rule.validFrom = "2024-01-01"));
    edit(join(dir, "programme-mentioned.json"), (rule) => delete rule.level);
    cpSync(join(dir, "signed-by-all.json"), join(dir, "signed-by-all-kopie.json"));
    rmSync(join(dir, "open-to-all-pupils.cases.json"));
    edit(join(dir, "..", "data", "role-mailboxes.json"), (lists) => {
      lists.localParts.push("Büro", "info");
      lists.alsoSurnames.push("koch");
    });
    edit(join(dir, "..", "data", "categories.json"), (lists) => {
      lists.categories[0].thirdPartner.needed = "ja";
      delete lists.categories[1].thirdPartner.reason.en;
      lists.categories[2].thirdPartner.source = { quote: "" };
      delete lists.categories[3].thirdPartner;
    });

    const { code, out } = await cli("rules", "lint", dir);
    expect(code).toBe(1);
    const lines = out.trimEnd().split("\n");
    const at = (file: string) => join(dir, file);
    const localParts = JSON.parse(readFileSync(join(core, "data", "role-mailboxes.json"), "utf8")).localParts.length as number;
    const categories = join(dir, "..", "data", "categories.json");
    expect(lines).toEqual([
      `${categories}:categories.0.thirdPartner.needed: true, false oder „review“ nötig / true, false or "review" needed`,
      `${categories}:categories.1.thirdPartner.reason.en: Englischer Text fehlt / English text is missing`,
      `${categories}:categories.2.thirdPartner.source.url: Adresse der Quelle (http oder https) nötig / the source's http(s) address is needed`,
      `${categories}:categories.2.thirdPartner.source.quote: Zitat leer: weglassen oder wörtlich angeben / empty quote: leave it out or quote verbatim`,
      `${categories}:categories.3.thirdPartner: Angabe fehlt, ob ein nicht kommunaler Partner dieser Art einen weiteren, kommunalen Partner braucht / third-partner reading is missing`,
      `${join(dir, "..", "data", "role-mailboxes.json")}:localParts.${localParts}: „Büro“: nur Kleinbuchstaben a–z, Umlaute als ae, oe, ue, ss (z. B. „buero“) / "Büro": lower-case a–z only, umlauts spelled out`,
      `${join(dir, "..", "data", "role-mailboxes.json")}:localParts.${localParts + 1}: „info“ doppelt / "info" listed twice`,
      expect.stringMatching(/role-mailboxes\.json:alsoSurnames\.\d+: „koch“ steht nicht in localParts \/ "koch" is not one of the localParts$/),
      expect.stringMatching(new RegExp(`^${at("kindergarten-excluded.json")}:conditions\\.all\\.0\\.value: Unbekannter Wert "hort" für school\\.type; erlaubt: grundschule, .* / unknown value "hort" for school\\.type; allowed: grundschule, .*$`)),
      `${at("min-duration.json")}:title.en: Pflichtangabe fehlt / required entry is missing`,
      `${at("min-duration.json")}:source.quote: Zitat fehlt / quote is missing`,
      `${at("min-duration.json")}:validFrom: Kein gültiges Datum (JJJJ-MM-TT) / not a valid date (YYYY-MM-DD)`,
      expect.stringMatching(new RegExp(`^${at("min-duration.json")}:conditions\\.any\\.0\\.fact: Unbekannter Fakt; erlaubt: .* / unknown fact; allowed: .*$`)),
      expect.stringMatching(new RegExp(`^${at("min-duration.json")}:conditions\\.any\\.1\\.operator: Unbekannter Operator; erlaubt: .* / unknown operator; allowed: .*$`)),
      `${at("open-to-all-pupils.cases.json")}: Keine Beispielfälle: Datei fehlt / no example cases: file is missing`,
      `${at("programme-mentioned.json")}:level: level ist „must“ (Muss-Kriterium) oder „should“ (Soll-Kriterium) / level is "must" or "should"`,
      `${at("signed-by-all-kopie.json")}:id: Die Kennung signed-by-all steht schon in signed-by-all.json / id signed-by-all already used in signed-by-all.json`,
      `${at("signed-by-all-kopie.json")}: Nicht in ruleset.json (criteria) aufgeführt, wird also nie angewandt / not listed in ruleset.json (criteria), so never applied`,
      `${at("signed-by-all.json")}:validFrom: Liegt nach dem Beginn des Regelsatzes (31.05.2023), der die Regel schon ab dann anwendet / after the rule set's validFrom (2023-05-31), which applies the rule from then on`,
      `${at("third-partner.cases.json")}:cases.0.expected: „Kommunaler Partner“ ergibt „erfüllt“, erwartet „nicht erfüllt“ / gives "met", expected "not-met"`,
      `${at("third-partner.cases.json")}:cases.1.input: Eingabe ungültig (school.schoolNumber: Die Schulnummer muss aus genau sechs Ziffern bestehen.) / invalid input (school.schoolNumber: The school number must consist of exactly six digits.)`,
      `${at("written-agreement.cases.json")}:cases.0.expected: „Schriftliche Vereinbarung“ ergibt „nicht erfüllt“, erwartet „erfüllt“ / gives "not-met", expected "met"`,
      `${at("written-agreement.json")}:conditions.all.0.operator: „greaterThan“ vergleicht Zahlen; agreement.written ist keine Zahl / "greaterThan" compares numbers; agreement.written is no number`,
      "23 Probleme / 23 problems",
    ]);
  });

  it("reports comparisons the schema allows but that can never hold", async () => {
    const dir = copyOfShipped("comparisons");
    edit(join(dir, "programme-mentioned.json"), (rule) => (rule.conditions.all[0].value = "true"));
    edit(join(dir, "eligible-category.json"), (rule) => (rule.conditions.all[0].operator = "in"));
    edit(join(dir, "third-partner.json"), (rule) => (rule.conditions.any[1].operator = "contains"));
    edit(join(dir, "open-to-all-pupils.json"), (rule) => (rule.conditions.all[0].value = [true]));
    const { code, out } = await cli("rules", "lint", "--format", "json", dir);
    expect(code).toBe(1);
    const problems = (JSON.parse(out) as LintReport).problems.filter((p) => !p.file.endsWith(".cases.json"));
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.path, p.code])).toEqual([
      ["eligible-category.json", "conditions.all.0.value", "needs-non-empty-list"],
      ["open-to-all-pupils.json", "conditions.all.0.value", "needs-single-value"],
      ["programme-mentioned.json", "conditions.all.0.value", "wrong-value-type"],
      ["third-partner.json", "conditions.any.1.operator", "needs-list-fact"],
    ]);
    expect(problems[2]?.message).toBe('agreement.mentionsProgramme ist true oder false; "true" passt nicht / agreement.mentionsProgramme is true or false; "true" does not fit');
  });

  it("reports a missing manifest, JSON that does not parse, a duplicate criterion and a misnamed case file", async () => {
    const dir = copyOfShipped("manifest");
    writeFileSync(join(dir, "named-contacts.json"), "{ nicht json");
    edit(join(dir, "ruleset.json"), (manifest) => manifest.criteria.push("min-duration"));
    edit(join(dir, "written-agreement.cases.json"), (file) => (file.criterion = "min-duration"));
    const { code, out } = await cli("rules", "lint", "--format", "json", dir);
    expect(code).toBe(1);
    const report = JSON.parse(out) as LintReport & { ok: boolean };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.file.slice(dir.length + 1), p.path])).toEqual([
      ["named-contacts.json", ""],
      ["ruleset.json", "criteria.10"],
      ["written-agreement.cases.json", "criterion"],
    ]);
    expect(report.problems[0]?.message).toMatch(/^Kein gültiges JSON oder nicht lesbar \(.+\) \/ not valid JSON or unreadable \(.+\)$/);

    rmSync(join(dir, "ruleset.json"));
    const missing = await cli("rules", "lint", "--format", "json", dir);
    expect((JSON.parse(missing.out) as LintReport).problems).toContainEqual({
      file: join(dir, "ruleset.json"),
      path: "",
      code: "file-missing",
      params: {},
      message: "Datei fehlt / file is missing",
      messages: { de: "Datei fehlt", en: "file is missing" },
    });
  });

  it.each([
    [["rules", "lint", join(tmp, "gibt-es-nicht")], /kein Ordner/],
    [["rules", "lint", "--format", "xml"], /--format xml/],
    [["rules", "lint", "a", "b"], /höchstens ein Ordner/],
    [["rules", "lint", "--faq", join(tmp, "faq-fehlt.txt")], /--faq .*keine lesbare Textdatei/],
    [["rules", "lint", "--faq", tmp], /--faq .*keine lesbare Textdatei \(EISDIR/],
    [["rules"], /Unterbefehl fehlt/],
    [["rules", "prüfen"], /unbekannter Unterbefehl/],
    [["rules", "catalogue"], /--out/],
    [["rules", "diff", shipped], /zwei Ordner/],
    [["rules", "diff", shipped, stricter, "--format", "html"], /--format html/],
    [["rules", "diff", shipped, stricter, "--applications", join(tmp, "fehlt.ndjson")], /keine lesbare Datei/],
  ])("answers %j with a usage error and exit code 2", async (args, message) => {
    const { code, err, out } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe("");
  });

  it("is documented in --help", async () => {
    const { out } = await cli("--help");
    for (const text of ["rules lint [ordner]", "rules catalogue [ordner] --out <ordner>", "rules diff <alt> <neu> [--applications <datei.ndjson>]"]) {
      expect(out).toContain(text);
    }
  });
});

describe("bildungspartner rules catalogue", () => {
  it("writes a German page with every criterion in FAQ order, and one Markdown file per rule", async () => {
    const out = join(tmp, "katalog");
    const { code, out: stdout } = await cli("rules", "catalogue", "--out", out);
    expect(code).toBe(0);
    // index.html, angebote.html, catalogue.css, the readings, 10 criteria and 12 offerings as Markdown.
    expect(stdout).toContain(`${out}/index.html (26 Dateien / files)`);
    const page = readFileSync(join(out, "index.html"), "utf8");
    const rules = shippedRuleSets()[0]!.rules;
    const positions = rules.map((rule) => page.indexOf(`<section class="rule" id="${rule.id}">`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('<html lang="de">');
    expect(page).toContain(
      "Die Vereinbarung ist unbefristet oder Laufzeit der Vereinbarung in vollen Monaten: mindestens 24 oder (Tag des Beginns im Jahr: vom 01.08. bis zum 30.09. und Zahl der Schuljahre",
    );
    // Muss- and Soll-Kriterien, in the overview and with each criterion.
    expect(page).toMatch(/<a href="#min-duration">[^<]+<\/a><\/td><td>Soll-Kriterium<\/td>/);
    expect(page).toMatch(/<a href="#written-agreement">[^<]+<\/a><\/td><td>Muss-Kriterium<\/td>/);
    expect(page).toContain("<dt>Stufe</dt><dd>Soll-Kriterium: Die FAQ sagt „sollte“.");
    // The next steps after the check, the readings with level and default, and the third partner per category.
    expect(page).toContain('<section id="naechste-schritte">');
    expect(page).toContain("Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW ein.");
    const readings = page.slice(page.indexOf('<section id="auslegungsfragen">'), page.indexOf("</section>", page.indexOf('<section id="auslegungsfragen">')));
    expect(readings).toContain("<h2>Auslegungsfragen</h2>");
    for (const rule of rules.filter((r) => r.interpretation)) expect(readings).toContain(`<a href="#${rule.id}">`);
    expect(readings).toContain('<a href="angebote.html#');
    expect(readings).toMatch(/Sportverein \(<code>sports-club<\/code>\)<\/td><td>Prüfung: ohne kommunalen Partner entscheidet Bildungspartner NRW/);
    expect(readings).toMatch(/Museum \(<code>museum<\/code>\)<\/td><td>ja, ein weiterer, kommunaler Partner ist nötig/);
    // Further sources with their claims and links, and the reading of the rule.
    const thirdPartner = page.slice(page.indexOf('<section class="rule" id="third-partner">'));
    expect(thirdPartner).toContain("<h3>Weitere Quellen</h3>");
    expect(thirdPartner).toContain('<a href="https://www.nrw-lfdk.de/app/pinnwand/meinungen/490">');
    expect(thirdPartner).toMatch(/<h3>Auslegung<\/h3>\n<p class="interpretation">FAQ „Besonderheit“/);
    expect(page).toContain(
      'href="https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/#:~:text=Langfristigkeit%20der%20Vereinbarung%20%28mind.%20auf%20zwei%20Jahre%20angelegt%29"',
    );
    expect(page).toContain("Regelsatz 1.0.0, gültig ab 31.05.2023; diese Regel gilt ab 31.05.2023");
    expect(page).not.toContain("<td>Zoo");
    expect(page).toContain("<td>Volkshochschule</td>");
    expect(page).toContain("<td>sekretariat</td>");
    // The rule of personal addresses, in the same words as the data file.
    const roleMailboxes = JSON.parse(readFileSync(join(shipped, "..", "data", "role-mailboxes.json"), "utf8")) as { $comment: string };
    expect(roleMailboxRule).toBe(roleMailboxes.$comment);
    expect(page).toContain(`<p>${roleMailboxRule}\n`);
    expect(readFileSync(join(out, "catalogue.css"), "utf8")).toContain("@media print");

    const markdown = readdirSync(join(out, "markdown"), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
    expect(markdown).toEqual([...rules.map((r) => `${r.id}.md`), "auslegungsfragen.md"].sort());
    const readingsMarkdown = readFileSync(join(out, "markdown", "auslegungsfragen.md"), "utf8");
    expect(readingsMarkdown).toContain("| Langfristige Vereinbarung (auf mindestens zwei Jahre angelegt) | `min-duration.json` | Soll-Kriterium |");
    expect(readingsMarkdown).toContain("| Sportverein (`sports-club`) | Prüfung: ohne kommunalen Partner entscheidet Bildungspartner NRW");
    // Every reading of every rule file stands in the „Auslegungsfragen“, once, and nothing else does.
    const inData = rules.flatMap((rule) => (rule.readings ?? []).map((reading) => `${rule.id}.json ${reading.id}`)).sort();
    expect(inData.length).toBeGreaterThan(8);
    const inPage = [...readings.matchAll(/<tr data-reading="([^"]+)"><td><a [^>]+>[^<]+<\/a><br><code>([^<]+)<\/code>/g)].map((m) => `${m[2]} ${m[1]}`).sort();
    expect(inPage).toEqual(inData);
    const inMarkdown = [...readingsMarkdown.matchAll(/^\| [^|]+ \| `([^`]+)` \| [^|]+ \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
    expect(inMarkdown).toEqual(inData);
    const minDuration = readFileSync(join(out, "markdown", "min-duration.md"), "utf8");
    const cases = (JSON.parse(readFileSync(join(shipped, "min-duration.cases.json"), "utf8")) as { cases: Array<{ name: string }> }).cases;
    expect(minDuration).toContain(`## Beispielfälle (${cases.length})`);
    for (const [i, c] of cases.entries()) expect(minDuration).toContain(`| ${i + 1} | ${c.name} |`);
    expect(minDuration).toContain("**Stufe:** Soll-Kriterium:");
    expect(minDuration).toContain("## Auslegung\n\nFAQ: „Langfristigkeit der Vereinbarung");
  });

  it("shows a rule folder's own data lists", async () => {
    const out = join(tmp, "katalog-2");
    expect((await cli("rules", "catalogue", stricter, "--out", out)).code).toBe(0);
    const page = readFileSync(join(out, "index.html"), "utf8");
    expect(page).toContain("<td>Zoo oder Tierpark</td>");
    expect(page).toContain("Laufzeit der Vereinbarung in vollen Monaten: mindestens 36");
    expect(page).toContain("Regelsatz 2.0.0, gültig ab 01.08.2027; diese Regel gilt ab 01.08.2027");
  });

  it("refuses a broken folder, listing its problems on stderr", async () => {
    const dir = copyOfShipped("broken-catalogue");
    edit(join(dir, "min-duration.json"), (rule) => (rule.conditions.any[1].operator = "greaterThen"));
    const { code, err } = await cli("rules", "catalogue", dir, "--out", join(tmp, "nie"));
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, "min-duration.json")}:conditions.any.1.operator: Unbekannter Operator`);
    expect(err).toContain(`Details: bildungspartner rules lint ${dir}`);
  });
});

describe("bildungspartner rules diff", () => {
  it("says in German what changed, rule by rule, as Markdown", async () => {
    const { code, out } = await cli("rules", "diff", shipped, stricter);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Regeländerung: Regelsatz 1\.0\.0 → 2\.0\.0\n/);
    for (const line of [
      "- Version 1.0.0 → 2.0.0",
      "- Gültig ab 31.05.2023 → 01.08.2027",
      "### Langfristige Vereinbarung (mindestens drei Jahre) (`min-duration`, geändert)",
      "- Titel geändert: „Langfristige Vereinbarung (auf mindestens zwei Jahre angelegt)“ → „Langfristige Vereinbarung (mindestens drei Jahre)“",
      "- Meldung bei „erfüllt“ umformuliert: „Die Kooperationsvereinbarung ist auf mindestens zwei Jahre angelegt.“ → „Die Vereinbarung ist auf mindestens drei Jahre angelegt.“",
      "- Art der Einrichtung hinzugefügt: Zoo oder Tierpark (`zoo`), im Programm vorgesehen",
    ]) {
      expect(out).toContain(`${line}\n`);
    }
    expect(out).toMatch(/\n- Bedingung geändert: vorher „.*Tag des Beginns im Jahr: vom 01\.08\. bis zum 30\.09\..*“, jetzt „Die Vereinbarung ist unbefristet oder Laufzeit der Vereinbarung in vollen Monaten: mindestens 36“\n/);
    expect(out).toMatch(/\n- Auslegung entfernt \(vorher „FAQ: „Langfristigkeit/);
    expect(out).toContain("Unverändert: 9 Kriterien");
    expect(out).not.toContain("## Auswirkung");
  });

  it("words list, operator and shape changes and added or removed criteria", async () => {
    const dir = copyOfShipped("changed");
    edit(join(dir, "kindergarten-excluded.json"), (rule) => (rule.conditions.all[0].value = ["kita", "grundschule"]));
    edit(join(dir, "written-agreement.json"), (rule) => (rule.conditions.all[0].operator = "notEqual"));
    edit(join(dir, "signed-by-all.json"), (rule) => (rule.conditions = { all: [rule.conditions.all[0]] }));
    edit(join(dir, "ruleset.json"), (manifest) => (manifest.criteria = manifest.criteria.filter((id: string) => id !== "third-partner")));
    edit(join(dir, "..", "data", "categories.json"), (lists) => {
      lists.categories = lists.categories.filter((c: { id: string }) => c.id !== "stage");
      lists.categories.find((c: { id: string }) => c.id === "other").inProgramme = true;
    });
    const { out } = await cli("rules", "diff", shipped, dir);
    for (const line of [
      "- Werteliste geändert – Art der Einrichtung (hinzugefügt: Grundschule; entfernt: Kindergarten); jetzt: weder Kindertageseinrichtung (Kita) noch Grundschule",
      "- Vergleich geändert: „Die Vereinbarung ist schriftlich“ → „Die Vereinbarung ist schriftlich: nein“",
      "- Bedingung geändert: vorher „Die Schule hat unterzeichnet und alle Partner haben unterzeichnet“, jetzt „Die Schule hat unterzeichnet“",
      "### Kommunaler Partner bei nicht kommunalen Partnern (`third-partner`, entfernt)",
      "- Art der Einrichtung Andere Einrichtung (`other`): jetzt im Programm vorgesehen",
      "- Art der Einrichtung entfernt: Bühne (`stage`)",
    ]) {
      expect(out).toContain(`${line}\n`);
    }
    const back = await cli("rules", "diff", dir, shipped);
    expect(back.out).toMatch(/### Kommunaler Partner [^\n]* \(`third-partner`, neu\)\n\n- Neues Kriterium \(Muss-Kriterium\)\. Erfüllt, wenn: .*mindestens ein Partner ist eine kommunale Einrichtung\n/);
    expect(back.out).toContain("- Art der Einrichtung hinzugefügt: Bühne (`stage`), im Programm vorgesehen\n");
  });

  it("words level, reading, source and next-step changes, and third-partner readings and surnames in the data lists", async () => {
    const dir = copyOfShipped("levels");
    edit(join(dir, "open-to-all-pupils.json"), (rule) => {
      rule.level = "must";
      rule.interpretation.de = "Gelesen als Muss-Kriterium.";
    });
    edit(join(dir, "third-partner.json"), (rule) => {
      rule.furtherSources.pop();
      rule.readings[1].level = "must";
      rule.readings.shift();
    });
    edit(join(dir, "ruleset.json"), (manifest) => (manifest.nextSteps.eligible[0].text.de = "Bitte reichen Sie die Vereinbarung ein."));
    edit(join(dir, "..", "data", "categories.json"), (lists) => (lists.categories.find((c: { id: string }) => c.id === "stage").thirdPartner.needed = true));
    edit(join(dir, "..", "data", "role-mailboxes.json"), (lists) => lists.alsoSurnames.push("info"));
    const { out } = await cli("rules", "diff", shipped, dir);
    for (const line of [
      "- Stufe geändert: Soll-Kriterium → Muss-Kriterium; ist es nicht erfüllt, lautet das Ergebnis jetzt „nicht registrierbar“",
      "- Auslegung geändert: „FAQ: „Kooperationsangebot",
      "- Weitere Quelle entfernt: https://www.nrw-lfdk.de/app/pinnwand/meinungen/490 (",
      "- Auslegung geändert: „Örtlicher Sportverein oder freie Bühne ohne kommunalen Partner: Prüfung durch Bildungspartner NRW“ (`local-club-or-stage-without-municipal-partner`)",
      "- Auslegung entfernt: „Was „kommunal“ heißt: Träger ist eine Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband“ (`kommunal`)",
      "- Nächster Schritt 1 bei „registrierbar“ umformuliert: „Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung",
      "- Art der Einrichtung Bühne (`stage`): ein nicht kommunaler Partner braucht jetzt einen weiteren, kommunalen Partner",
      "- Nachnamen unter den Funktionspostfach-Wörtern hinzugefügt: info",
    ]) {
      expect(out).toContain(line);
    }
  });

  it("counts a changed third-partner reading of a category in the outcomes, deciding with each folder's categories", async () => {
    const dir = copyOfShipped("dritter-partner");
    edit(join(dir, "..", "data", "categories.json"), (lists) => (lists.categories.find((c: { id: string }) => c.id === "stage").thirdPartner.needed = false));
    const applications = join(tmp, "buehnen.ndjson");
    const stage = { ...eligible, id: "freie-buehne", partners: [{ name: "Freie Bühne", category: "stage", municipal: false, supraRegional: false }] };
    const museum = { ...eligible, id: "museum", partners: [{ name: "Museum", category: "museum", municipal: true }] };
    writeFileSync(applications, `${JSON.stringify(stage)}\n${JSON.stringify(museum)}\n`);
    const { out } = await cli("rules", "diff", shipped, dir, "--applications", applications, "--format", "json");
    const { impact, lists } = JSON.parse(out) as { impact: Impact; lists: DiffChange[] };
    expect(lists.map((change) => diffChangeText(change))).toEqual(["Art der Einrichtung Bühne (`stage`): ein nicht kommunaler Partner braucht keinen weiteren, kommunalen Partner mehr"]);
    expect(impact.changed).toEqual([
      { line: 1, id: "freie-buehne", from: "needs-review", to: "eligible", criteria: [{ id: "third-partner", from: "not-met", to: "met" }] },
    ]);
    expect([impact.before.eligible, impact.before["needs-review"], impact.after.eligible]).toEqual([1, 1, 2]);
  });

  it("counts changed role words, a category's third-partner reading and a new school type, each read from the folder (no rebuild)", async () => {
    const dir = writeRuleFolder(patchedFolder(changedLists), join(tmp, "listen"));
    const applications = join(tmp, "listen.ndjson");
    writeFileSync(applications, Object.entries(listChangeApplications).map(([id, value]) => JSON.stringify({ ...value, id })).join("\n"));
    const { out } = await cli("rules", "diff", shipped, dir, "--applications", applications, "--format", "json");
    const { impact } = JSON.parse(out) as { impact: Impact };
    expect(impact.changed.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: "kreis-at", from: "needs-review", to: "eligible" },
      { id: "freie-buehne", from: "needs-review", to: "eligible" },
      { id: "schulversuch", from: "invalid", to: "eligible" },
    ]);
  });

  it("finds no change between a folder and itself", async () => {
    const applications = join(tmp, "wenige.ndjson");
    await writeApplications(applications, 20);
    const { out } = await cli("rules", "diff", shipped, shipped, "--applications", applications);
    expect(out).toContain("Keine Änderung an den Kriterien.");
    expect(out).toContain("Keine Änderung an den Datenlisten.");
    expect(out).toContain("**Kein Antrag ändert sein Ergebnis.**");
  });

  it("counts and names the applications whose outcome changes, both ways, from a streamed NDJSON file", async () => {
    const applications = join(tmp, "antraege.ndjson");
    await writeApplications(applications, 400);
    const text = readFileSync(applications, "utf8");
    writeFileSync(applications, `${text}\n{ kaputt\n   \n`);
    const inputs = text.trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string });
    const [current] = shippedRuleSets();
    const next = (await loadRuleDirectory(stricter)).ruleSet;
    const expected = inputs.flatMap((input, i) => {
      const was = evaluateSync(input, { ruleSets: [current!], asOf: current!.validFrom }).status;
      const is = evaluateSync(input, { ruleSets: [next], asOf: next.validFrom }).status;
      return was === is ? [] : [{ line: i + 1, id: input.id, from: was, to: is }];
    });
    expect(expected.length).toBeGreaterThan(10);

    const { code, out, err } = await cli("rules", "diff", shipped, stricter, "--applications", applications, "--format", "json");
    expect(code).toBe(0);
    expect(err).toBe(""); // not a terminal: no progress display
    const { impact, rules } = JSON.parse(out) as { impact: Impact; rules: Array<{ id: string }> };
    expect(rules.map((r) => r.id)).toEqual(["min-duration"]);
    expect(impact.applications).toBe(400);
    expect(impact.unreadable).toEqual([{ line: 402, reason: expect.any(String) }]);
    expect(impact.changed.map(({ line, id, from, to }) => ({ line, id, from, to }))).toEqual(expected);
    expect(impact.changed.every((c) => c.criteria.length === 1 && c.criteria[0]!.id === "min-duration")).toBe(true);
    // min-duration is a Soll-Kriterium in both sets: a shorter term leads to review, not to rejection.
    expect(impact.transitions).toContainEqual(expect.objectContaining({ from: "eligible", to: "needs-review" }));
    expect(impact.transitions.reduce((sum, t) => sum + t.count, 0)).toBe(expected.length);
    expect(impact.after["needs-review"] - impact.before["needs-review"]).toBe(impact.before.eligible - impact.after.eligible);

    const back = await cli("rules", "diff", stricter, shipped, "--applications", applications, "--format", "json");
    const reverse = (JSON.parse(back.out) as { impact: Impact }).impact;
    const count = (i: typeof impact, from: string, to: string) => i.transitions.find((t) => t.from === from && t.to === to)?.count;
    expect(count(reverse, "needs-review", "eligible")).toBe(count(impact, "eligible", "needs-review"));

    const markdown = await cli("rules", "diff", shipped, stricter, "--applications", applications);
    expect(markdown.out).toContain(`**${expected.length} Anträge ändern ihr Ergebnis:**`);
    expect(markdown.out).toContain("| registrierbar | Prüfung durch Bildungspartner NRW |");
    expect(markdown.out).toMatch(/\| Prüfung durch Bildungspartner NRW \| \d+ \| \d+ \|/);
    expect(markdown.out).toContain(`| ${expected[0]!.line} | ${expected[0]!.id} |`);
    expect(markdown.out).toContain("1 Zeile ohne gültiges JSON übersprungen (Zeile 402).");
  });

  it("shows progress on stderr only when it is a terminal", async () => {
    const applications = join(tmp, "fortschritt.ndjson");
    await writeApplications(applications, 50);
    const io = bufferIo();
    const terminal = { ...io, stderr: Object.assign(io.stderr, { isTTY: true }) };
    expect(await run(["rules", "diff", shipped, stricter, "--applications", applications], terminal)).toBe(0);
    expect(io.err()).toMatch(/^\rAnträge geprüft \/ applications checked: \d+ \(\d+ %\)/);
    expect(io.err().endsWith("\r\u001b[K")).toBe(true);
    expect(io.out()).toContain("# Regeländerung");
  });
});
