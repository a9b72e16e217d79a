import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { agreementLimits, documentTypeOf, extractText } from "./extract.js";

const documents = fileURLToPath(new URL("../../../examples/agreements/documents/", import.meta.url));
const read = (name: string) => readFileSync(`${documents}${name}`);

describe("extractText", () => {
  it("reads a PDF page by page, with each page's place in the text", async () => {
    const { text, pages } = await extractText(read("01-musterschule-stadtarchiv.pdf"), { type: "pdf" });
    expect(pages.map((p) => [p.number, p.hasText])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(text.slice(pages[0]!.start, pages[0]!.end)).toContain("Bildungspartner NRW – Archiv und Schule");
    expect(text.slice(pages[1]!.start, pages[1]!.end)).toContain("Schulleiterin");
    expect(text).toContain("Städtischen Gymnasium"); // umlauts intact
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
