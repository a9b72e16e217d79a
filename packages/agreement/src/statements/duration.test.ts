import { describe, expect, it } from "vitest";
import { agreement, goodParts } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";

/** Signature fields without a date: the day of signing is not in the text. */
const undated = "Für die Schule:\n______________________\nAnna Müller, Schulleiterin\n\nFür das Stadtarchiv:\n______________________\nJonas Weber, Leiter des Stadtarchivs";

const termOf = (term: string, signatures: string = goodParts.signatures) => {
  const report = checkAgreementText(agreement({ term: `§ 2 Laufzeit\n${term}`, signatures }), { asOf: "2026-01-15" });
  const finding = report.findings.find((f) => f.id === "min-duration")!;
  return { status: finding.status, message: finding.message, facts: report.facts.agreement };
};

describe("min-duration: a term that starts with the signing", () => {
  it.each([
    ["Die Vereinbarung tritt mit ihrer Unterzeichnung in Kraft.", undated],
    ["Die Vereinbarung tritt mit ihrer Unterzeichnung in Kraft.", goodParts.signatures],
    ["Die Vereinbarung tritt mit Unterzeichnung in Kraft und endet am 31.07.2027.", undated],
  ])("%j (signatures %#) is unclear, never missing", (term, signatures) => {
    expect(termOf(term, signatures).status).toBe("unclear");
  });

  it("says why: the text gives neither an end nor a length", () => {
    expect(termOf("Die Vereinbarung tritt mit ihrer Unterzeichnung in Kraft.", undated).message).toMatch(/weder Ende noch Dauer/);
  });

  it("reads „ab Unterzeichnung bis zum Ende des Schuljahres …“ from the signing date to 31 July of the school year's second year", () => {
    const found = termOf("Die Vereinbarung gilt ab Unterzeichnung bis zum Ende des Schuljahres 2027/28.");
    expect(found.status).toBe("found");
    expect(found.facts).toMatchObject({ startDate: "2025-06-15", endDate: "2028-07-31" });
    // signed 15.06.2025, ending 31.07.2026: 14 months
    expect(termOf("Die Vereinbarung gilt ab Unterzeichnung bis zum Ende des Schuljahres 2025/26.").status).toBe("missing");
    // no date under the signatures: the length is open
    expect(termOf("Die Vereinbarung gilt ab Unterzeichnung bis zum Ende des Schuljahres 2027/28.", undated).status).toBe("unclear");
  });

  it("does not take „seit dem Schuljahr …“, what has been, for the term agreed", () => {
    const term = "Seit dem Schuljahr 2024/25 sind wir Bildungspartner in der Initiative „Archiv und Schule“. Die Vereinbarung gilt für die Schuljahre 2025/26 und 2026/27.";
    expect(termOf(term)).toMatchObject({ status: "found", facts: { startDate: "2025-08-01", endDate: "2027-07-31" } });
  });

  it("reads the end of a school year written over an indented line break", () => {
    const term = "Die Zusammenarbeit beginnt am 1. September 2025 und ist bis zum Ende\n    des Schuljahres 2026/27 vereinbart.";
    expect(termOf(term)).toMatchObject({ status: "found", facts: { startDate: "2025-09-01", endDate: "2027-07-31" } });
  });
});

describe("min-duration: renewing terms and terms in an annex", () => {
  it.each([
    "Die Vereinbarung wird für ein Jahr geschlossen. Wird sie nicht drei Monate vor Ablauf gekündigt, verlängert sie sich jeweils um ein Jahr.",
    "Die Vereinbarung gilt für ein Schuljahr und verlängert sich jeweils um ein Jahr, wenn nicht eine Seite widerspricht.",
    "Die Laufzeit beträgt ein Jahr. Sie gilt jeweils als um ein weiteres Jahr verlängert, wenn keine Seite kündigt.",
  ])("%j is never missing: the core's reading of renewals decides", (term) => {
    const { status, facts } = termOf(term);
    expect(status).not.toBe("missing");
    expect(facts).toMatchObject({ renewsAutomatically: true });
  });

  it.each(["Die Laufzeit ist in Anlage 2 geregelt.", "Laufzeit: siehe Anlage 1 (Zeitplan).", "Beginn und Dauer der Zusammenarbeit ergeben sich aus der beigefügten Anlage."])(
    "%j: the term stands in an annex the text does not hold → unclear",
    (term) => {
      const { status, message } = termOf(term);
      expect(status).toBe("unclear");
      expect(message).toMatch(/^Die Laufzeit steht laut Text in einer Anlage/);
    },
  );

  it("still reads a term the text states beside its reference to an annex", () => {
    expect(termOf("Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027; Einzelheiten regelt Anlage 1.").status).toBe("found");
  });
});

describe("min-duration: a line under the term's heading speaks of the term", () => {
  it("reads a length that names no term word, as a form's line does, under „Laufzeit“", () => {
    const found = termOf("Beginn: 01.08.2026\n\nfür zwei Jahre");
    expect(found.status).toBe("found");
    expect(found.facts).toMatchObject({ startDate: "2026-08-01", endDate: "2028-07-31" });
  });
});

describe("min-duration: a form's table of dates", () => {
  it("reads „| Beginn | … |“ and „| Ende | … |“ rows under a heading „Zeitraum“", () => {
    const report = checkAgreementText(agreement({ term: "5. Zeitraum\n| Beginn | 01.08.2026 |\n| Ende | 31.07.2028 |" }), { asOf: "2026-01-15" });
    expect(report.findings.find((f) => f.id === "min-duration")?.status).toBe("found");
    expect(report.facts.agreement).toMatchObject({ startDate: "2026-08-01", endDate: "2028-07-31" });
  });
});

describe("min-duration: what the text leaves open", () => {
  it("starts with „seiner Unterzeichnung“ on the date beside the other party's", () => {
    const signatures = "Seestadt, 11.01.2027      Seestadt, 11.01.2027\n______________________      ______________________\nAnna Müller      Jonas Weber";
    expect(termOf("Der Vertrag tritt mit seiner Unterzeichnung in Kraft und endet mit Ablauf des Schuljahres 2028/29.", signatures).status).toBe("found");
  });

  it("leaves a model's blank term open", () => {
    expect(termOf("Die Vereinbarung wird für die Dauer von ______ Jahren geschlossen und beginnt am ______________.").status).toBe("unclear");
  });

  it("does not join an amendment's new end with an offer's start", () => {
    const term = "Die Laufzeit wird bis zum 31.07.2029 verlängert. Ab dem Schuljahr 2027/28 kommt eine Klettergruppe hinzu. Alle übrigen Bestimmungen der Kooperationsvereinbarung bleiben unberührt.";
    expect(termOf(term).status).toBe("unclear");
  });
});
