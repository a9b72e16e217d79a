import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateBomb, deflated, documentXml, docx, emptyPagesPdf, encryptedPdf, textPdf, zip } from "@bildungspartner/test-kit/hostile-files";
import { fc, test } from "@fast-check/vitest";
import { BildungspartnerError } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { agreement } from "../test/agreements.js";
import { AgreementError, agreementLimits, extractText, type DocumentType } from "./extract.js";
import { checkAgreementText } from "./index.js";

// Files and texts uploaded by strangers: every one gives a result or an AgreementError with a German
// and an English message, never another exception, never a changed Object.prototype, and never holds
// memory in proportion to what a file claims to unpack to.

const documents = fileURLToPath(new URL("../../../examples/agreements/documents/", import.meta.url));
const realPdf = new Uint8Array(readFileSync(`${documents}01-musterschule-stadtarchiv.pdf`));
const realDocx = new Uint8Array(readFileSync(`${documents}04-grundschule-musikschule-verlaengerung.docx`));
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** A message in each language, German as `message`, every placeholder filled, none of them "Deutsch / English". */
function bilingual(error: AgreementError): void {
  const [de, en] = [error.messageIn("de"), error.messageIn("en")];
  expect(error.message).toBe(de);
  expect(en).not.toBe(de);
  for (const message of [de, en]) {
    expect(message).toMatch(/^\S/);
    expect(message).not.toMatch(/\{\w+\}| \/ [A-Z]/);
  }
}

async function outcome(bytes: Uint8Array, type: DocumentType): Promise<{ text: string } | AgreementError> {
  try {
    return await extractText(bytes, { type });
  } catch (error) {
    if (error instanceof AgreementError) return error;
    throw error;
  }
}

async function refusal(bytes: Uint8Array, type: DocumentType): Promise<AgreementError> {
  const result = await outcome(bytes, type);
  if (!(result instanceof AgreementError)) throw new Error(`the ${type} file was read: ${result.text.slice(0, 80)}`);
  bilingual(result);
  return result;
}

/** Growth of the process's peak memory (resident set) while `run` runs, in MB. */
async function peakGrowthMb(run: () => Promise<unknown>): Promise<number> {
  const before = process.resourceUsage().maxRSS;
  await run();
  return (process.resourceUsage().maxRSS - before) / 1024;
}

describe("checkAgreementText under hostile input", () => {
  const hostileString = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc
      .array(fc.constantFrom("\ud800", "\udc00", "\uffff", "\u0000", "__proto__", "constructor", "{", "@", "Vereinbarung", "§ 1\n", "bis zum 31.07.2027", "Frau "), { maxLength: 80 })
      .map((parts) => parts.join("")),
  );

  test.prop([hostileString, fc.record({ lang: fc.oneof(fc.constant("de"), fc.constant("en"), fc.anything()), pages: fc.anything(), asOf: fc.anything() }, { requiredKeys: [] })])(
    "any string and any options: a report, or a typed error for a programmer's mistake; Object.prototype unchanged",
    (text, options) => {
      try {
        const report = checkAgreementText(text, options as never);
        expect(report.findings).toHaveLength(6);
      } catch (error) {
        expect(error).toBeInstanceOf(BildungspartnerError);
        expect((error as BildungspartnerError).code).toBe("INVALID_OPTION");
        const typed = error as BildungspartnerError;
        expect(typed.message).toBe(typed.messageIn("de"));
        expect(typed.messageIn("en")).not.toBe(typed.messageIn("de"));
      }
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    },
  );

  it("refuses a text over 2,000,000 characters (and one of 10 MB) with TEXT_TOO_LONG, German and English", () => {
    for (const length of [agreementLimits.maxTextLength + 1, 10 * 1024 * 1024]) {
      const text = agreement().padEnd(length, "\ud800 x");
      let error: unknown;
      try {
        checkAgreementText(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AgreementError);
      expect(error).toMatchObject({ code: "TEXT_TOO_LONG", params: { length: text.length, max: agreementLimits.maxTextLength } });
      bilingual(error as AgreementError);
    }
  });

  it("still checks a text at the limit, full of lone surrogates", () => {
    const text = agreement().padEnd(agreementLimits.maxTextLength, "\udfff\ud800 ");
    expect(checkAgreementText(text).findings.map((f) => f.status)).toHaveLength(6);
  });

  it("refuses a text that is not a string, and pages that are not extractText's", () => {
    expect(() => checkAgreementText(42 as unknown as string)).toThrow(TypeError);
    expect(() => checkAgreementText("Vereinbarung", { pages: [{ number: 1, start: 0 }] as never })).toThrow(/pages muss eine Liste/);
    expect(checkAgreementText("Vereinbarung", null as never).findings).toHaveLength(6);
  });
});

describe("extractText with hostile files", () => {
  test.prop([fc.uint8Array({ maxLength: 4000 }), fc.constantFrom<DocumentType>("pdf", "docx", "txt"), fc.constantFrom("", "%PDF-1.7\n", "PK\u0003\u0004")], { numRuns: 60 })(
    "random bytes, also behind a PDF or zip signature: text or an AgreementError",
    async (bytes, type, prefix) => {
      const file = new Uint8Array([...new TextEncoder().encode(prefix), ...bytes]);
      const result = await outcome(file, type);
      if (result instanceof AgreementError) bilingual(result);
      else expect(typeof result.text).toBe("string");
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    },
  );

  test.prop([fc.integer({ min: 1, max: realPdf.length - 1 })], { numRuns: 25 })("a PDF cut off anywhere: text or an AgreementError", async (length) => {
    const result = await outcome(realPdf.subarray(0, length), "pdf");
    if (result instanceof AgreementError) expect(["UNREADABLE_FILE", "NO_TEXT_LAYER"]).toContain(result.code);
    else expect(typeof result.text).toBe("string");
  });

  test.prop([fc.integer({ min: 1, max: realDocx.length - 1 })], { numRuns: 25 })("a DOCX cut off anywhere: text or an AgreementError", async (length) => {
    const result = await outcome(realDocx.subarray(0, length), "docx");
    if (result instanceof AgreementError) expect(result.code).toBe("UNREADABLE_FILE");
    else expect(typeof result.text).toBe("string");
  });

  it("refuses a password-protected PDF clearly", async () => {
    const error = await refusal(encryptedPdf(), "pdf");
    expect(error.code).toBe("UNREADABLE_FILE");
    expect([error.message, error.messageIn("en")]).toEqual([
      "Die PDF-Datei ist passwortgeschützt. Bitte verwenden Sie eine ungeschützte Fassung.",
      "The PDF is password-protected. Please use an unprotected version.",
    ]);
  });

  it("refuses a PDF of 2,000 empty pages before reading a page, with bounded memory", async () => {
    const pdf = await emptyPagesPdf(2_000);
    expect(pdf.length).toBeLessThan(100_000);
    let error: AgreementError | undefined;
    const growth = await peakGrowthMb(async () => (error = await refusal(pdf, "pdf")));
    expect(error).toMatchObject({ code: "FILE_TOO_LARGE", params: { pages: 2000, max: 1000 }, message: expect.stringContaining("2000 Seiten, höchstens 1000") });
    expect(error?.messageIn("en")).toContain("2000 pages, at most 1000");
    expect(growth).toBeLessThan(200);
  });

  it("reports a PDF of 300 empty pages as one without text", async () => {
    const error = await refusal(await emptyPagesPdf(300), "pdf");
    expect(error).toMatchObject({ code: "NO_TEXT_LAYER", message: expect.stringContaining("300 Seiten ohne Textebene") });
  });

  it("reads a generated PDF and DOCX, so the generators make real files", async () => {
    expect((await extractText(await textPdf(["Kooperationsvereinbarung Bildungspartner NRW", "zwischen der Schule und dem Archiv"]), { type: "pdf" })).text).toContain(
      "Kooperationsvereinbarung Bildungspartner NRW",
    );
    const file = docx(deflated("word/document.xml", documentXml("Kooperationsvereinbarung\nBildungspartner NRW")));
    expect((await extractText(file, { type: "docx" })).text).toBe("Kooperationsvereinbarung\nBildungspartner NRW");
  });

  it("refuses a zip bomb that declares its size (1 GB from 1 MB) without unpacking it", async () => {
    const bomb = docx({ name: "word/document.xml", data: deflateBomb(1024), method: 8, size: 1024 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    let error: AgreementError | undefined;
    const growth = await peakGrowthMb(async () => (error = await refusal(bomb, "docx")));
    expect(error).toMatchObject({ code: "FILE_TOO_LARGE", message: expect.stringContaining("1024 MB, höchstens 50 MB") });
    expect(growth).toBeLessThan(100);
  });

  it("refuses a zip bomb that lies about its size as soon as it unpacks more, with bounded memory", async () => {
    const bomb = docx({ name: "word/document.xml", data: deflateBomb(1024), method: 8, size: 10_000 });
    let error: AgreementError | undefined;
    const growth = await peakGrowthMb(async () => (error = await refusal(bomb, "docx")));
    expect(error).toMatchObject({ code: "FILE_TOO_LARGE", message: expect.stringContaining("word/document.xml ist größer als angegeben") });
    expect(error?.messageIn("en")).toBe(
      "The DOCX file is too large when unpacked: part word/document.xml is larger than it declares (10000 bytes). Please upload the agreement alone as DOCX or PDF.",
    );
    expect(growth).toBeLessThan(100);
  });

  it("refuses an archive of more parts than a document has", async () => {
    const parts = Array.from({ length: agreementLimits.maxArchiveEntries + 1 }, (_, i) => deflated(`word/media/${i}.xml`, ""));
    const error = await refusal(zip(parts), "docx");
    expect(error).toMatchObject({ code: "FILE_TOO_LARGE", message: expect.stringContaining(`${agreementLimits.maxArchiveEntries + 1} Teile`) });
  });

  it("refuses a DOCX whose parts lie outside the file", async () => {
    const file = docx(deflated("word/document.xml", documentXml("Vereinbarung")));
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    view.setUint32(file.length - 6, file.length + 1000, true); // the directory's offset, past the end
    expect(await refusal(file, "docx")).toMatchObject({ code: "UNREADABLE_FILE" });
  });
});
