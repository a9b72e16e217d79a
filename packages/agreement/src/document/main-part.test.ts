import { describe, expect, it } from "vitest";
import { agreement, goodParts } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";
import { mainPart } from "./main-part.js";
import { makeDoc } from "./text.js";

/** A Kita's agreement attached below the school's: its own parties, an indefinite term, all children, its signatures. */
const kita =
  "Anlage 2: Kooperationsvereinbarung der Kita\n\nzwischen\n\nder Kita Sonnenschein, Seestadt\n\nund\n\ndem Stadtarchiv Seestadt\n\nDie Vereinbarung ist unbefristet. Das Angebot steht allen Kindern der Kita offen.\n\nSeestadt, den 01.09.2025\n\n______________________\nEva Klein, Kita-Leitung\n\n______________________\nJonas Weber, Leiter des Stadtarchivs";

describe("an agreement attached to the main one", () => {
  const main = agreement({
    term: "§ 2 Laufzeit\nDie Laufzeit wird noch vereinbart.",
    offer: "§ 1 Angebot\nDie Schule besucht das Archiv.",
    signatures: "Seestadt, den 15.06.2025\n\n______________________\nAnna Müller, Schulleiterin\n\nFür das Stadtarchiv: ______________________",
  });
  const report = checkAgreementText(`${main}\n\n${kita}`, { asOf: "2026-01-15" });
  const status = (id: string) => report.findings.find((f) => f.id === id)!.status;

  it("lends the main agreement neither its term, nor its pupils, nor its signatures", () => {
    expect(status("min-duration")).toBe("missing");
    expect(status("open-to-all-pupils")).toBe("missing");
    expect(status("signed-by-all")).toBe("missing");
  });

  it("lends it none of its parties", () => {
    expect(report.facts.school).toEqual({ name: "Gymnasium am See" });
    expect(report.facts.partners).toEqual([{ name: "Stadtarchiv Seestadt" }]);
  });

  it("ends the main part at its heading, offsets kept", () => {
    const doc = makeDoc(`${main}\n\n${kita}`);
    expect(mainPart(doc).text).toBe(doc.text.slice(0, main.length + 2));
  });

  it("leaves a document without an attached agreement whole, annexes of its own included", () => {
    const own = `${agreement()}\n\nAnlage 1: Ansprechpersonen\nFür die Schule: Frau Anna Müller`;
    const doc = makeDoc(own);
    expect(mainPart(doc)).toBe(doc);
    // a list of annexes above the signatures is no attached agreement
    const listed = makeDoc(agreement({ signatures: `Anlagen:\nAnlage 1: Kooperationsvereinbarung mit der Kita\n\n${goodParts.signatures}` }));
    expect(mainPart(listed)).toBe(listed);
  });
});

describe("an agreement attached to a cover (a council notice, a letter)", () => {
  // a cover with its own signer and words about the agreement ("auf Dauer", "unterzeichnet"), no parties' block, no "§"
  const cover =
    "Mitteilungsvorlage Nr. 12/2025\n\nBetreff:\nBildungspartnerschaft zwischen dem Stadtarchiv und dem Gymnasium am See\n\nDie Zusammenarbeit wird auf eine dauerhafte Grundlage gestellt. Die Vereinbarung wurde am 15.06.2025 unterzeichnet und ist als Anlage 1 beigefügt.\n\ngez. Ralf Heitkamp\nBeigeordneter\n\nAnlage 1: Kooperationsvereinbarung vom 15.06.2025";
  const text = `${cover}\n\nAnlage 1 zur Mitteilungsvorlage Nr. 12/2025\n\n${agreement()}`;
  const report = checkAgreementText(text, { asOf: "2026-01-15" });

  it("reads the attached agreement, not the cover's signer or its words", () => {
    for (const id of ["min-duration", "open-to-all-pupils", "signed-by-all"]) {
      expect(report.findings.find((f) => f.id === id)!.status).toBe("found");
    }
  });

  it("blanks the cover with offsets and lines kept", () => {
    const doc = makeDoc(text);
    const main = mainPart(doc);
    expect(main.text.length).toBe(doc.text.length);
    expect(main.text.slice(0, cover.indexOf("Anlage 1:")).trim()).toBe("");
    expect(main.lineStarts).toEqual(doc.lineStarts);
  });

  it("still cuts off an agreement attached to the attached agreement", () => {
    const doc = makeDoc(`${text}\n\n${kita}`);
    expect(mainPart(doc).text).toBe(`${mainPart(makeDoc(text)).text}\n\n`);
  });
});

describe("an agreement attached under a bare „Anhang“", () => {
  it("is cut off below a note that the main agreement was signed", () => {
    const main = agreement({
      term: "§ 2 Laufzeit\nDie Laufzeit wird noch vereinbart.",
      signatures: "Seestadt, im Juni 2025\n(Die Vereinbarung ist im Original von beiden Seiten unterzeichnet.)",
    });
    // the heading alone on its line, the attached agreement's title on the next
    const attached = kita.replace("Anlage 2: Kooperationsvereinbarung der Kita\n\nzwischen\n\n", "Anhang\nVereinbarung zwischen ");
    const report = checkAgreementText(`${main}\n\n${attached}`, { asOf: "2026-01-15" });
    expect(report.findings.find((f) => f.id === "min-duration")!.status).toBe("missing");
    expect(report.findings.find((f) => f.id === "signed-by-all")!.status).toBe("unclear");
  });
});
