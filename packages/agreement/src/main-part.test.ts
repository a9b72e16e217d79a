import { describe, expect, it } from "vitest";
import { agreement, goodParts } from "../test/agreements.js";
import { checkAgreementText } from "./index.js";
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
