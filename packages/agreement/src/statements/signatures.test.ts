import { describe, expect, it } from "vitest";
import { agreement, goodParts } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";

const signatureOf = (text: string) => checkAgreementText(text, { asOf: "2026-01-15" }).findings.find((f) => f.id === "signed-by-all")!;
const threeParties = `${goodParts.parties}\n\nsowie\n\ndem Heimatverein Seestadt e. V.`;

describe("signed-by-all: positive evidence per party", () => {
  it.each([
    // a field with its label and a line only, beside fields that name their signers
    ["Seestadt, den 15.06.2025\n\nFür die Schule:\n______________________\nAnna Müller, Schulleiterin\n\nFür das Stadtarchiv: ______________________", "missing"],
    // a form filled in except for the partner's signature field
    ["Ort, Datum: Seestadt, 15.06.2025\n\nUnterschrift Schule: ______________________ gez. Anna Müller\n\nUnterschrift Stadtarchiv: ______________________", "missing"],
    // a blank template (a separate signature page): no field names anyone, no date; only the signed copy can tell
    ["Ort, Datum: ____________\n\nFür die Schule:\n______________________\n\nFür das Stadtarchiv:\n______________________", "unclear"],
    // the same fields dated where they were signed: a copy that was filled in
    ["Seestadt, den 15.06.2025\n\nFür die Schule:\n______________________\n\nFür das Stadtarchiv:\n______________________", "found"],
    // side by side: the school's column shows its signer („gez.“), the library's only a line and its caption
    ["Seestadt, den 15.06.2025\n\nFür die Schule      Für das Stadtarchiv\ngez. Anna Müller      ______________________\nSchulleiterin      Leitung des Stadtarchivs", "missing"],
    // a role under each line is a caption, not an empty field
    ["Seestadt, den 15.06.2025\n\n______________________\nAnna Müller, Schulleiterin\n\n______________________\nLeitung des Stadtarchivs", "found"],
  ] as const)("%j → %s", (signatures, status) => {
    expect(signatureOf(agreement({ signatures })).status).toBe(status);
  });

  it("names the party whose field is empty", () => {
    const signatures = "Seestadt, den 15.06.2025\n\nFür die Schule:\n______________________\nAnna Müller, Schulleiterin\n\nFür das Stadtarchiv: ______________________";
    const finding = signatureOf(agreement({ signatures }));
    expect(finding.parties).toEqual([{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }]);
    expect(finding.message).toMatch(/^Das Unterschriftsfeld für „Stadtarchiv Seestadt“ ist leer/);
  });

  it("leaves a document without any signature block unclear, not found or missing, and says why", () => {
    const finding = signatureOf(agreement({ signatures: "" }));
    expect(finding.status).toBe("unclear");
    expect(finding.message).toMatch(/keine Unterschriften.*unterzeichnete Fassung/);
    const english = checkAgreementText(agreement({ signatures: "" }), { lang: "en" }).findings[5]!;
    expect(english.message).toMatch(/^The text shows no signatures/);
  });

  it("leaves a text without fields unclear even when it says it was signed: no signer of any party is shown", () => {
    expect(signatureOf(agreement({ signatures: "Die Vereinbarung wurde am 15.06.2025 von allen Partnern unterzeichnet." })).status).toBe("unclear");
  });

  it("does not take a letter's date at the top for a field to sign on", () => {
    const text = `Seestadt, 18.08.2025\n\n${agreement({ signatures: "Für die Schule\n\n______________________\nAnna Müller, Schulleiterin" })}`;
    expect(signatureOf(text).status).toBe("missing");
  });

  it("reads a party's label a blank line above its field, as two-column signature blocks put it", () => {
    const signatures =
      "Seestadt, 15.06.2025\n\nFür die Schule                      Für das Stadtarchiv\n\n____________________                ____________________\nAnna Müller                         Jonas Weber\n\n\nFür den Heimatverein Seestadt e. V.\nDer Vorstand\n\n____________________                ____________________\nIda Brenner                         Theo Lang";
    expect(signatureOf(agreement({ parties: threeParties, signatures })).status).toBe("found");
  });

  it("leaves a party without any field missing when every field is assigned, unclear when one is not", () => {
    const twoOfThree = "Seestadt, 15.06.2025\n\nFür die Schule:\n______________________\nAnna Müller\n\nFür das Stadtarchiv:\n______________________\nJonas Weber";
    const signatures = signatureOf(agreement({ parties: threeParties, signatures: twoOfThree }));
    expect(signatures.status).toBe("missing");
    expect(signatures.parties).toEqual([{ side: "partner", partner: 1, name: "Heimatverein Seestadt e. V." }]);
    const unlabelled = `${twoOfThree}\n\n______________________`;
    expect(signatureOf(agreement({ parties: threeParties, signatures: unlabelled })).status).toBe("unclear");
  });

  it("gives a signature to follow under a party's label to that party", () => {
    const signatures = "Seestadt, 15.06.2025\n\nFür die Schule:\n______________________\nAnna Müller\n\nFür das Stadtarchiv Seestadt\n\nUnterschrift wird nachgereicht (Leitung derzeit im Urlaub).";
    const finding = signatureOf(agreement({ signatures }));
    expect(finding.status).toBe("missing");
    expect(finding.parties).toEqual([{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }]);
  });

  it.each([
    ["| Für die Schule | Für das Stadtarchiv |\n| ______________________ | ______________________ |\n| Anna Müller, Schulleiterin | Jonas Weber, Leiter |", "found"],
    ["| Für die Schule | Für das Stadtarchiv |\n| ______________________ | ______________________ |\n| Anna Müller, Schulleiterin | |", "missing"],
    ["| Ort, Datum | Seestadt, 15.06.2025 |\n| Unterschrift Schule | gez. Anna Müller |\n| Unterschrift Stadtarchiv | |", "missing"],
    ["| Ort, Datum | Seestadt, 15.06.2025 |\n| Unterschrift Schule | gez. Anna Müller |\n| Unterschrift Stadtarchiv | gez. Jonas Weber |", "found"],
  ] as const)("reads a table of signatures (columns or a form's rows) cell by cell: %j → %s", (table, status) => {
    expect(signatureOf(agreement({ signatures: `Seestadt, den 15.06.2025\n\n${table}` })).status).toBe(status);
  });

  it("credits a town that signs for the institution it acts through", () => {
    const parties = "zwischen\n\nder Stadt Seestadt, vertreten durch den Bürgermeister,\nfür das Stadtarchiv Seestadt\n\nund\n\ndem Gymnasium am See";
    const signatures = "Seestadt, den 15.06.2025\n\nFür die Stadt Seestadt\nDer Bürgermeister\n\n______________________\nThomas Reinartz\n\nFür das Gymnasium am See\n\n______________________\nAnna Müller";
    expect(signatureOf(agreement({ parties, signatures })).status).toBe("found");
  });
});

describe("signed-by-all: a field's printed caption, and an agreement still to be signed", () => {
  it.each([
    // the caption in parentheses says what belongs on the line; it names no signer
    "Seestadt, den 15.06.2025\n\nFür die Schule\n\ngez. Anna Müller\nSchulleiterin\n\nFür das Stadtarchiv\n\n______________________\n(Unterschrift, Name in Druckbuchstaben)",
    "Seestadt, den 15.06.2025\n\nFür die Schule\n\ngez. Anna Müller\nSchulleiterin\n\nFür das Stadtarchiv\n\n______________________\nName, Funktion",
  ])("an empty field under its caption is missing: %j", (signatures) => {
    expect(signatureOf(agreement({ signatures })).status).toBe("missing");
  });

  it.each([
    "Unterzeichnet werden soll die Vereinbarung am 27. November 2026 im Rathaus.",
    "Die Kooperationsvereinbarung soll im Rahmen der Kulturnacht unterzeichnet werden.",
  ])("an agreement still to be signed, with no signer shown, is missing for all: %j", (signatures) => {
    const finding = signatureOf(agreement({ signatures }));
    expect(finding.status).toBe("missing");
    expect(finding.message).toMatch(/^Laut Text soll die Vereinbarung erst noch unterzeichnet werden/);
    expect(finding.parties).toHaveLength(2);
  });

  it("stays unclear when signers are shown beside the sentence that it is still to be signed", () => {
    const signatures = `Die Vereinbarung soll in der Kulturnacht unterzeichnet werden.\n\n${goodParts.signatures}`;
    expect(signatureOf(agreement({ signatures })).status).toBe("unclear");
  });
});

describe("signed-by-all: fields one below the other without blank lines (a DOCX's paragraphs)", () => {
  it("does not give a field the signer of the field above its „Für …“ label", () => {
    const signatures = [
      "Seestadt, den 15.06.2025",
      "Für das Gymnasium am See",
      "______________________",
      "Anna Müller, Schulleiterin",
      "Für den Heimatverein Seestadt e. V.",
      "______________________",
      "Für das Stadtarchiv Seestadt",
      "______________________",
      "Jonas Weber, Leiter des Stadtarchivs",
    ].join("\n");
    const finding = signatureOf(agreement({ parties: threeParties, signatures }));
    expect(finding.status).toBe("missing");
    expect(finding.message).toContain("Heimatverein");
  });
});

describe("signed-by-all: an agreement made by e-mail", () => {
  it("is missing for every party: a mail's closing is no signature", () => {
    const mail = "Von: Anna Müller <a.mueller@gymnasium-am-see.de>\nAn: Jonas Weber <j.weber@stadtarchiv-seestadt.de>\nDatum: 09.06.2025\nBetreff: Unsere Kooperation\n\nLieber Herr Weber,";
    const text = `${mail}\n\n${agreement({ signatures: "Viele Grüße\nAnna Müller" })}`;
    const finding = signatureOf(text);
    expect(finding.status).toBe("missing");
    expect(finding.message).toMatch(/E-Mail/u);
  });

  it("without a mail's header, no signature field stays unclear", () => {
    expect(signatureOf(agreement({ signatures: "Viele Grüße\nAnna Müller" })).status).toBe("unclear");
  });
});

describe("signed-by-all: who signs a quoting document or a letter", () => {
  it("reads the minutes' chair and keeper as no party's signers", () => {
    const minutes = "Seestadt, 10.11.2026\n\n______________________      ______________________\nMartina Dreesbach, Vorsitzende      Florian Wübbeling, Protokollführer";
    expect(signatureOf(agreement({ signatures: minutes })).status).toBe("unclear");
  });

  it("takes a letter's closing for its writer's signature and „Einverstanden für …“ for the partner's field", () => {
    const letter = [
      "Sehr geehrter Herr Weber,",
      "wir halten unsere Absprachen fest.",
      "Mit freundlichen Grüßen\n\nAnna Müller\nSchulleiterin",
      "Einverstanden für das Stadtarchiv Seestadt:\n\n______________________\nOrt, Datum, Unterschrift",
    ].join("\n\n");
    expect(signatureOf(agreement({ signatures: letter })).status).toBe("missing");
  });
});
