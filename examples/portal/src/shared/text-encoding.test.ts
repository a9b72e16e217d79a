import { extractText } from "@bildungspartner/agreement/extract";
import { describe, expect, it } from "vitest";
import { utf16, windows1252 } from "../../test/fixtures.js";
import { detectTextEncoding } from "./text-encoding.js";

const text = "Kooperationsvereinbarung zwischen Schule und Stadtarchiv – „Bildungspartner NRW“, Schülerinnen, Größe: 5 €\r\n";

const utf8 = (value: string) => new TextEncoder().encode(value);

describe("detectTextEncoding", () => {
  it("tells UTF-8, UTF-8 with a BOM, UTF-16 LE and BE and Windows-1252 apart, each decoded by extractText to the same text", async () => {
    const files: Array<[Uint8Array, string]> = [
      [utf8(text), "utf-8"],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), "utf-8"],
      [utf16(text, true), "utf-16le"],
      [utf16(text, false), "utf-16be"],
      [windows1252(text), "windows-1252"],
    ];
    for (const [bytes, encoding] of files) {
      expect(detectTextEncoding(bytes)).toBe(encoding);
      expect((await extractText(bytes, { type: "txt" })).text, encoding).toBe(text);
    }
  });

  it("refuses binary bytes: control characters, and UTF-16 of odd length or with them", () => {
    expect(detectTextEncoding(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined();
    expect(detectTextEncoding(Uint8Array.from([0x53, 0x00, 0x68]))).toBeUndefined();
    expect(detectTextEncoding(Uint8Array.from([0xff, 0xfe, 0x53, 0x00, 0x68]))).toBeUndefined();
    expect(detectTextEncoding(Uint8Array.from([0xff, 0xfe, 0x01, 0x00]))).toBeUndefined();
    expect(detectTextEncoding(new Uint8Array(0))).toBe("utf-8");
  });
});
