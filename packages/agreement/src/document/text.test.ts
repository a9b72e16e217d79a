import { describe, expect, it } from "vitest";
import { sentenceEnd, sentenceStart } from "./text.js";

describe("sentence bounds", () => {
  it("ends a sentence at a dot after a closing quote or bracket", () => {
    const text = "Sie bilden eine Partnerschaft der Initiative „Medienzentrum und Schule“. Ziel ist der Medienkompetenzrahmen NRW.";
    const end = sentenceEnd(text, 10, 200);
    expect(text.slice(0, end)).toBe("Sie bilden eine Partnerschaft der Initiative „Medienzentrum und Schule“.");
    expect(sentenceStart(text, text.indexOf("Ziel"), 200)).toBe(end);
  });

  it("does not end a sentence at an abbreviation or an ordinal", () => {
    const text = "Ab dem 1. August gilt z. B. die Regel.";
    expect(sentenceEnd(text, 0, 200)).toBe(text.length);
  });
});
