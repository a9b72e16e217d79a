import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bufferIo, cliJson, expectUsageError } from "../test/buffer-io.js";
import type { FileAgreementReport } from "./check-agreement.js";
import { run } from "./index.js";

const corpus = fileURLToPath(new URL("../../../examples/agreements/", import.meta.url));
const sample = (name: string) => join(corpus, name);
const tmp = mkdtempSync(join(tmpdir(), "bildungspartner-agreement-"));

const runJson = (args: string[]) => cliJson<FileAgreementReport>("check-agreement", args);

describe("bildungspartner check-agreement", () => {
  it("shows each finding with its mark, message and the matching lines", async () => {
    const io = bufferIo();
    const code = await run(["check-agreement", sample("08-foerderschule-gedenkstaette-ein-jahr.txt")], io);
    expect(code).toBe(1);
    const out = io.out();
    expect(out).toContain("4 belegt, 2 fehlen, 0 unklar");
    expect(out).toContain("✗ Langfristige Vereinbarung (auf mindestens zwei Jahre angelegt) (Soll-Kriterium)");
    expect(out).toContain("Die Laufzeit ist kürzer als die Mindestlaufzeit, auf die eine Vereinbarung angelegt sein sollte: vom 01.09.2025 bis zum 31.08.2026 (12 Monate)");
    expect(out).toContain("Z. 7: 2. Die Vereinbarung gilt vom 01.09.2025 bis zum 31.08.2026.");
    expect(out.match(/Z\. 1: /g)).toHaveLength(1);
    expect(out).toContain("✓ Erwähnung von Bildungspartner NRW (Soll-Kriterium)");
    expect(out).toContain("1 Datei: 0 vollständig belegt, 1 mit fehlenden oder unklaren Angaben, 0 nicht lesbar");
  });

  it("names the page of each line for a PDF, and exits 0 when every criterion is shown", async () => {
    const io = bufferIo();
    expect(await run(["check-agreement", sample("documents/01-musterschule-stadtarchiv.pdf")], io)).toBe(0);
    expect(io.out()).toContain("Alle Kriterien im Text belegt");
    // The signature lines stand side by side, read as the cells of one table row.
    expect(io.out()).toMatch(/S\. 2, Z\. \d+: \| _+ \| _+ \|/);
  });

  it("prints one JSON array in file order, a report with its file for each, and reads DOCX", async () => {
    const files = [sample("01-musterschule-stadtarchiv.txt"), sample("documents/04-grundschule-musikschule-verlaengerung.docx")];
    const { code, reports } = await runJson(files);
    expect(code).toBe(0);
    expect(reports.map((r) => r.file)).toEqual(files);
    const second = reports[1]!;
    // one year that renews itself until notice: found by the rule's reading, which the decision names
    expect("findings" in second && second.findings.find((f) => f.id === "min-duration")?.status).toBe("found");
    expect("decision" in second && second.decision.criteria.find((c) => c.id === "min-duration")?.readings.map((r) => r.id)).toEqual(["verlaengert-sich-selbst"]);
    expect("decision" in second && second.decision.criteria).toHaveLength(10);
  });

  it("reports unreadable files, scans and other formats with exit code 2, never as 'nothing found'", async () => {
    const broken = join(tmp, "broken.pdf");
    writeFileSync(broken, "%PDF-1.7 kaputt");
    const odt = join(tmp, "vereinbarung.odt");
    writeFileSync(odt, "x");
    const { code, reports } = await runJson([sample("documents/scan-ohne-textebene.pdf"), broken, odt, join(tmp, "missing.txt"), sample("01-musterschule-stadtarchiv.txt")]);
    expect(code).toBe(2);
    expect(reports.map((r) => ("error" in r ? r.error.code : "report"))).toEqual([
      "NO_TEXT_LAYER",
      "UNREADABLE_FILE",
      "UNSUPPORTED_TYPE",
      "UNREADABLE_FILE",
      "report",
    ]);
    const io = bufferIo();
    await run(["check-agreement", sample("documents/scan-ohne-textebene.pdf")], io);
    expect(io.out()).toContain("Nicht lesbar: Die PDF-Datei enthält keinen Text");
    expect(io.out()).toContain("vermutlich ein Scan");
    expect(io.out()).not.toContain("probably a scan");
  });

  it("says why a file is unreadable in the language asked for, German alone by default", async () => {
    const scan = sample("documents/scan-ohne-textebene.pdf");
    const { reports } = await runJson([scan]);
    expect(reports[0]).toMatchObject({ error: { code: "NO_TEXT_LAYER", message: expect.stringMatching(/^Die PDF-Datei enthält keinen Text .*Texterkennung \(OCR\)\.$/) } });
    const english = await runJson(["--lang", "en", scan]);
    expect(english.reports[0]).toMatchObject({ error: { code: "NO_TEXT_LAYER", message: expect.stringMatching(/^The PDF has no text .*on the scan first\.$/) } });
  });

  it("answers in English with --lang en", async () => {
    const io = bufferIo();
    await run(["check-agreement", "--lang", "en", sample("05-hauptschule-sportverein-funktionspostfach.txt")], io);
    expect(io.out()).toContain("✗ Personal e-mail addresses");
    expect(io.out()).toContain("is a role mailbox");
    expect(io.out()).toContain("line 18: Ansprechpartnerin im Verein ist Frau Ilse Hoffmann, erreichbar über info@tus-detmold.de.");
  });

  it("passes the names of an application given with --application, so each finding says which party it concerns", async () => {
    const application = join(tmp, "antrag.json");
    writeFileSync(application, JSON.stringify({ school: { name: "Städtische Gesamtschule Ost" }, partners: [{ name: "Stadtarchiv Dortmund" }] }));
    const { code, reports } = await runJson(["--application", application, sample("20-gesamtschule-ost-stadtarchiv-nachgereicht.txt")]);
    expect(code).toBe(1);
    const report = reports[0]!;
    expect("facts" in report && report.facts.partners).toEqual([{ name: "Stadtarchiv Dortmund" }]);
    const signed = "findings" in report ? report.findings.find((f) => f.id === "signed-by-all") : undefined;
    expect(signed).toMatchObject({ status: "missing", parties: [{ side: "partner", partner: 0, name: "Stadtarchiv Dortmund" }] });
  });

  it("refuses an --application file that holds no JSON object, or none at all, with exit code 2", async () => {
    const list = join(tmp, "liste.json");
    writeFileSync(list, "[]");
    for (const file of [list, join(tmp, "fehlt.json")]) {
      const io = bufferIo();
      expect(await run(["check-agreement", "--application", file, sample("01-musterschule-stadtarchiv.txt")], io)).toBe(2);
      expect(io.err()).toContain("--application");
      expect(io.out()).toBe("");
    }
  });

  it.each([
    [["check-agreement"], /keine Datei/],
    [["check-agreement", "--format", "xml", "a.txt"], /--format xml/],
    [["check-agreement", "--lang", "fr", "a.txt"], /--lang fr/],
    [["check-agreement", "--pages", "a.txt"], /pages/],
  ])("reports the usage error in %j with exit code 2", (args, message) => expectUsageError(args, message));

  it("is documented in --help", async () => {
    const io = bufferIo();
    await run(["--help"], io);
    expect(io.out()).toContain("check-agreement <datei.txt|.pdf|.docx…> [--format text|json] [--lang de|en] [--application <antrag.json>]");
  });
});
