import { describe, expect, it } from "vitest";
import { agreementFileType } from "./upload.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("agreementFileType", () => {
  it("knows PDF, DOCX and text by content and name", () => {
    expect(agreementFileType("windows.txt", new Uint8Array([0x53, 0x63, 0x68, 0xfc, 0x6c, 0x65]))).toBe("txt");
    expect(agreementFileType("Vereinbarung.pdf", bytes("%PDF-1.7\n…"))).toBe("pdf");
    expect(agreementFileType("Vereinbarung.PDF", bytes("%PDF-1.4"))).toBe("pdf");
    expect(agreementFileType("vereinbarung.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("docx");
    expect(agreementFileType("vereinbarung.txt", bytes("Kooperationsvereinbarung für Schülerinnen"))).toBe("txt");
  });

  it("refuses content that does not fit the name", () => {
    expect(agreementFileType("vereinbarung.pdf", bytes("Kein PDF"))).toBeUndefined();
    expect(agreementFileType("vereinbarung.txt", bytes("%PDF-1.7"))).toBeUndefined();
    expect(agreementFileType("vereinbarung.docx", bytes("%PDF-1.7"))).toBeUndefined();
    expect(agreementFileType("tabelle.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeUndefined();
  });

  it("refuses binary or badly encoded text and unknown names", () => {
    expect(agreementFileType("bild.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toBeUndefined();
    expect(agreementFileType("nul.txt", new Uint8Array([0x53, 0x00, 0x68]))).toBeUndefined();
    expect(agreementFileType("bild.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(agreementFileType("ohne-endung", bytes("Text"))).toBeUndefined();
  });
});
