import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { agreementLimits, documentTypeOf, extractText } from "./extract.js";

const documents = fileURLToPath(new URL("../../../examples/agreements/documents/", import.meta.url));
const read = (name: string) => readFileSync(`${documents}${name}`);

describe("extractText", () => {
  it("reads a PDF page by page, with each page's place in the text", async () => {
    const { text, pages } = await extractText(read("79-foerderschule-medienzentrum-stichpunkte.pdf"), { type: "pdf" });
    expect(pages.map((p) => [p.number, p.hasText])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(text.slice(pages[0]!.start, pages[0]!.end)).toMatch(/^KOOPERATIONSVEREINBARUNG\nMedienzentrum und Schule – eine Initiative von Bildungspartner NRW/u);
    expect(text.slice(pages[1]!.start, pages[1]!.end)).toContain("| Claudia Vennemann | Stefan Ahlers |");
    expect(text.slice(pages[0]!.end, pages[1]!.start)).toBe("\n\n");
    expect((await extractText(read("01-musterschule-stadtarchiv.pdf"), { type: "pdf" })).text).toContain("Städtischen Gymnasium"); // umlauts intact
  });

  it("accepts an ArrayBuffer and leaves the caller's bytes usable", async () => {
    const bytes = new Uint8Array(read("02-gesamtschule-stadtbibliothek.pdf"));
    const first = await extractText(bytes.buffer, { type: "pdf" });
    const again = await extractText(bytes, { type: "pdf" });
    expect(again.text).toBe(first.text);
  });

  it("reads a DOCX as one line per paragraph", async () => {
    const { text, pages } = await extractText(read("04-grundschule-musikschule-verlaengerung.docx"), { type: "docx" });
    expect(pages).toEqual([]);
    expect(text).toContain("§ 2 Laufzeit und Kündigung\nDie Vereinbarung wird zunächst für ein Jahr geschlossen.");
  });

  it("reads a PDF's tables as | rows, wrapped cells joined, and its side-by-side signature block as cells", async () => {
    const { text, pages } = await extractText(read("24-foerderschule-biologische-station-tabelle.pdf"), { type: "pdf" });
    expect(pages.every((p) => p.columns === 1)).toBe(true);
    expect(text).toContain("| Seite | Name, Vorname | E-Mail |\n| Förderschule | Wiechers, Birte | birte.wiechers@foerderschule-weinberg.de |");
    expect(text).toContain("| Biologische Station Minden-Lübbecke (im Folgenden: Station) | Nordholz 11, 32425 Minden | Geschäftsführerin Dr. Hanna Ellerbrock |");
    expect(text).toContain("| Für die Förderschule: | Für die Biologische Station: |\n| gez. Peter Dubbert | gez. Dr. Hanna Ellerbrock |");
  });

  it("reads a two-column page column by column", async () => {
    const { text, pages } = await extractText(read("02-gesamtschule-stadtbibliothek.pdf"), { type: "pdf" });
    expect(pages.map((p) => p.columns)).toEqual([2]);
    expect(text.indexOf("Bildungsgang.")).toBeLessThan(text.indexOf("4. Laufzeit"));
    // The column's wrapped lines are joined back into the paragraph's line, as in the text twin.
    expect(text).toContain("Die Vereinbarung wird für die Dauer von drei Jahren geschlossen. Sie beginnt mit dem Tag der Unterzeichnung.");
  });

  it("removes running headers, footers and page numbers once, and keeps each page's place", async () => {
    const { text, pages } = await extractText(read("62-foerderschule-gedenkstaette-scan-laufende-kopfzeilen.pdf"), { type: "pdf" });
    expect(pages).toHaveLength(3);
    expect(text).not.toMatch(/Seite \d von 3|- \d -/u);
    expect(text).not.toContain("Kooperationsvereinbarung LVR-Christophorusschule Bonn / Gedenkstätte Bonn");
    for (const page of pages) expect(text.slice(page.start, page.end).trim()).not.toBe("");
    expect(text.slice(pages[0]!.start, pages[0]!.end)).toMatch(/^Kooperationsvereinbarung\nim Rahmen/u);
  });

  it("reads a DOCX's tables as | rows with a blank line around them", async () => {
    const { text } = await extractText(read("24-foerderschule-biologische-station-tabelle.docx"), { type: "docx" });
    expect(text).toContain(
      "Ansprechpersonen\n\n| Seite | Name, Vorname | E-Mail |\n| Förderschule | Wiechers, Birte | birte.wiechers@foerderschule-weinberg.de |\n| Station | Nolting, Jens | jens.nolting@biostation-ml.de |\n\nMinden, 03.11.2025",
    );
  });

  it("reports a scan as a PDF without a text layer", async () => {
    await expect(extractText(read("scan-ohne-textebene.pdf"), { type: "pdf" })).rejects.toMatchObject({ name: "AgreementError", code: "NO_TEXT_LAYER" });
  });

  it("reports damaged files clearly", async () => {
    const pdf = read("01-musterschule-stadtarchiv.pdf");
    await expect(extractText(pdf.subarray(0, 400), { type: "pdf" })).rejects.toMatchObject({
      code: "UNREADABLE_FILE",
      message: expect.stringMatching(/^Die PDF-Datei kann nicht gelesen werden/),
    });
    await expect(extractText(pdf, { type: "docx" })).rejects.toMatchObject({ code: "UNREADABLE_FILE" });
    await expect(extractText(new TextEncoder().encode("kein PDF"), { type: "pdf" })).rejects.toMatchObject({ code: "UNREADABLE_FILE" });
  });

  it("decodes plain text as UTF-8, UTF-16 with a byte order mark, or Windows-1252", async () => {
    const text = "Schülerinnen – „Bildungspartner NRW“";
    const utf8 = new TextEncoder().encode(text);
    const utf16le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const latin = new Uint8Array([0x53, 0x63, 0x68, 0xfc, 0x6c, 0x65, 0x72, 0x20, 0x96, 0x20, 0x84, 0x4e, 0x52, 0x57, 0x93]);
    expect((await extractText(utf8, { type: "txt" })).text).toBe(text);
    expect((await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), { type: "txt" })).text).toBe(text);
    expect((await extractText(utf16le, { type: "txt" })).text).toBe(text);
    expect((await extractText(latin, { type: "txt" })).text).toBe("Schüler – „NRW“");
  });

  it("refuses other types and files over the size limit", async () => {
    await expect(extractText(new Uint8Array(1), { type: "odt" as "pdf" })).rejects.toMatchObject({ code: "UNSUPPORTED_TYPE" });
    await expect(extractText(new Uint8Array(agreementLimits.maxFileBytes + 1), { type: "txt" })).rejects.toMatchObject({
      code: "FILE_TOO_LARGE",
    });
  });

  it("tells the type from a file name", () => {
    expect(["a.PDF", "b.docx", "c.txt", "d.doc", "e"].map(documentTypeOf)).toEqual(["pdf", "docx", "txt", undefined, undefined]);
  });
});
