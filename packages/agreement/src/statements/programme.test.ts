import { describe, expect, it } from "vitest";
import { agreement } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";

const programmeOf = (text: string) => checkAgreementText(text).findings.find((f) => f.id === "programme-mentioned")!;
const title = (words: string) => agreement({ title: `Kooperationsvereinbarung im Rahmen von ${words}` });

describe("programme-mentioned: the name however it is set", () => {
  it.each([
    "Bildungs-\npartner NRW",
    "Bildungspartner\nNRW",
    "Bildungspartner\n    NRW",
    "Bildungs-\nPartner NRW",
    "BILDUNGSPARTNER NRW",
    "BildungspartnerNRW",
    "Bildungspartner-NRW",
  ])("%j → found", (words) => {
    expect(programmeOf(title(words)).status).toBe("found");
  });
});

describe("programme-mentioned: a mention only in a running header or footer", () => {
  // A partner's stationery repeats its line on every page; it says what the partner is, not what the parties agree.
  const footer = (page: number) => `Stadtarchiv Seestadt · Partner von Bildungspartner NRW · Seite ${page}`;
  const withFooters = (text: string) => `${footer(1)}\n${text.replace("§ 2 Laufzeit", `${footer(2)}\n§ 2 Laufzeit`)}`;

  it("is unclear, and says why", () => {
    const finding = programmeOf(withFooters(agreement({ title: "Kooperationsvereinbarung" })));
    expect(finding.status).toBe("unclear");
    expect(finding.message).toMatch(/nur in einer wiederkehrenden Kopf- oder Fußzeile/);
    expect(finding.evidence[0]!.text).toContain("Bildungspartner NRW");
  });

  it("is found when the agreement's own text names the programme as well", () => {
    expect(programmeOf(withFooters(agreement())).status).toBe("found");
  });

  it("is found for a mention that stands once, even in a short line", () => {
    expect(programmeOf(agreement({ title: "Bildungspartner NRW · Kooperationsvereinbarung" })).status).toBe("found");
  });
});

describe("programme-mentioned: a sub-initiative without the programme's name", () => {
  it("is unclear when „NRW“ stands only in the next sentence, after a quoted initiative", () => {
    const text = agreement({ title: "Die Partner bilden eine Bildungspartnerschaft der Initiative „Medienzentrum und Schule“. Ziel ist der Medienkompetenzrahmen NRW." });
    expect(programmeOf(text).status).toBe("unclear");
  });
});
