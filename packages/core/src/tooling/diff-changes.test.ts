import { describe, expect, it } from "vitest";
import { diffChange, diffChangeText, diffChangeTexts, type DiffChangeCode } from "./diff-changes.js";

describe("diff changes", () => {
  it.each(Object.keys(diffChangeTexts) as DiffChangeCode[])("%s has a German and an English sentence with the same placeholders", (code) => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(names(diffChangeTexts[code].de)).toEqual(names(diffChangeTexts[code].en));
  });

  it("words levels, statuses and third-partner needs from the vocabulary, in the language asked for", () => {
    const level = diffChange("level-changed", { beforeLevel: "must", afterLevel: "should", outcomeStatus: "needs-review" });
    expect(diffChangeText(level)).toBe(
      "Stufe geändert: Muss-Kriterium → Soll-Kriterium; ist es nicht erfüllt, lautet das Ergebnis jetzt „Prüfung durch Bildungspartner NRW“",
    );
    expect(diffChangeText(level, "en")).toBe("Level changed: must criterion → should criterion; if it is not met, the result is now “review by Bildungspartner NRW”");
    expect(diffChangeText(diffChange("third-partner-need-changed", { named: "Verein", need: "review" }), "en")).toBe(
      "Verein: a non-municipal partner needs a further, municipal partner now only after review by Bildungspartner NRW",
    );
  });
});
