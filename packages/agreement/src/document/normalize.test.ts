import { describe, expect, it } from "vitest";
import { normalizeText, originalRange } from "./normalize.js";

/** The original text behind a normalised range. */
function source(original: string, from: number, to: number): string {
  const n = normalizeText(original);
  const { start, end } = originalRange(n, from, to);
  return original.slice(start, end);
}

describe("normalizeText", () => {
  it.each([
    ["NFKC ligatures", "Ko\ufb03zient \ufb01nden", "Koffizient finden"],
    ["soft hyphens vanish", "Bil\u00addungs\u00adpartner", "Bildungspartner"],
    ["zero-width characters vanish", "Bildungs\u200bpartner\u200d NRW\ufeff", "Bildungspartner NRW"],
    ["non-breaking and other spaces become one space", "zwei\u00a0Jahre\u202fund\u2003\u2003mehr", "zwei Jahre und mehr"],
    ["tabs and runs of spaces become one space", "a\t\t b   c", "a b c"],
    ["CR LF and lone CR become line breaks", "a\r\nb\rc\u2028d", "a\nb\nc\nd"],
    ["decomposed umlauts are composed", "Schu\u0308ler", "Schüler"],
    ["full-width letters become ASCII", "\uff2e\uff32\uff37", "NRW"],
    ["a word hyphenated across a line break is joined", "Bildungs-\npartner", "Bildungspartner"],
    ["also with spaces around the break", "Koopera- \n  tion", "Kooperation"],
    ["a soft hyphen at the line end joins too", "verläss\u00ad\nlich", "verlässlich"],
    ["a hyphen before a capital stays, the break goes", "E-\nMail", "E-Mail"],
    ["a suspended compound keeps its hyphen", "Bildungs-\nund Kulturarbeit", "Bildungs- und Kulturarbeit"],
    ["a hyphen not at a line end stays", "Nordrhein-Westfalen", "Nordrhein-Westfalen"],
    ["typographic hyphens become ASCII", "E\u2010Mail Nord\u2011rhein", "E-Mail Nord-rhein"],
    ["control characters separate words", "a\u0000b\u0007c", "a b c"],
    ["lone surrogates keep their place", "a\ud800b\udc00c", "a\ufffdb\ufffdc"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("maps every character back to the original text", () => {
    const original = "Ko\ufb03\u00adzient:\u00a0Bildungs-\r\npartner\u200b NRW";
    const n = normalizeText(original);
    expect(n.text).toBe("Koffizient: Bildungspartner NRW");
    const at = n.text.indexOf("Bildungspartner NRW");
    expect(source(original, at, at + "Bildungspartner NRW".length)).toBe("Bildungs-\r\npartner\u200b NRW");
    // every character of the ligature points at the ligature
    expect(source(original, 2, 3)).toBe("\ufb03");
    expect(source(original, 4, 5)).toBe("\ufb03");
    expect(n.starts.length).toBe(n.text.length);
    expect(n.ends.length).toBe(n.text.length);
  });

  it("keeps the offsets of plain text unchanged", () => {
    const n = normalizeText("plain text\nline two");
    expect([...n.starts]).toEqual([...Array(19).keys()]);
    expect(originalRange(n, 6, 10)).toEqual({ start: 6, end: 10 });
  });
});
