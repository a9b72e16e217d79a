import { describe, expect, it } from "vitest";
import { agreement } from "../../test/agreements.js";
import { checkAgreementText, type AgreementReport } from "../index.js";

const read = (contacts: string): AgreementReport => checkAgreementText(agreement({ contacts }), { asOf: "2026-01-15" });
const statuses = (report: AgreementReport) => [report.findings[2]!.status, report.findings[3]!.status];
/** The contacts read, school first, then by partner. */
const people = (report: AgreementReport) =>
  report.facts.contacts?.map((c) => [c.side === "school" ? "school" : `partner ${c.partner}`, c.name]).sort((a, b) => String(b[0]).localeCompare(String(a[0])));

describe("contacts in tables: the row and its column say whose address it is", () => {
  it("reads a row-wise table with a header, names in any column, surname first", () => {
    const report = read(
      [
        "§ 3 Ansprechpersonen",
        "",
        "| Einrichtung | Name, Vorname | E-Mail |",
        "|---|---|---|",
        "| Gymnasium am See | Müller, Anna | anna.mueller@gymnasium-am-see.de |",
        "| Stadtarchiv | Weber, Jonas | jonas.weber@seestadt.de |",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["found", "found"]);
    expect(people(report)).toEqual([
      ["school", "Anna Müller"],
      ["partner 0", "Jonas Weber"],
    ]);
  });

  it("reads a table whose first column names a party in every row, without a header or with one standing apart", () => {
    const report = read(
      [
        "§ 3 Ansprechpersonen",
        "Name, Funktion   E-Mail",
        "",
        "| Schule | Anna Müller, Lehrerin | anna.mueller@gymnasium-am-see.de |",
        "| Stadtarchiv | [geschwärzt], Archivpädagogik | [geschwärzt] |",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["unclear", "unclear"]);
    expect(report.findings[2]!.parties).toEqual([{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }]);
  });

  it("reads side-by-side blocks, whose captions stand above the names and addresses, and addresses cut by the column's edge", () => {
    const report = read(
      [
        "Ansprechpartnerin Schule:                 Ansprechpartner Stadtarchiv:",
        "Anna Müller                               Dr. Jonas Weber",
        "Lehrerin für Geschichte                   jonas.weber@stadtarchiv-",
        "anna.mueller@gymnasium-am-see.de          seestadt.de",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["found", "found"]);
    expect(people(report)).toEqual([
      ["school", "Anna Müller"],
      ["partner 0", "Jonas Weber"],
    ]);
  });

  it("reads a form's label and value columns", () => {
    const report = read(
      [
        "Ansprechpartner/in Schule:      StR' Müller",
        "E-Mail:                         a.mueller@gymnasium-am-see.de",
        "Ansprechpartner/in Archiv:      Jonas Weber",
        "E-Mail:                         jonas.weber@seestadt.de",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["found", "found"]);
    expect(people(report)).toEqual([
      ["school", "Müller"],
      ["partner 0", "Jonas Weber"],
    ]);
  });
});

describe("contacts in running text: the label says the side, the address finds its person", () => {
  it("takes the side from the label before the name, not from words about the person's function", () => {
    const report = read(
      [
        "§ 3 Ansprechpersonen",
        "(1) Ansprechperson im Stadtarchiv ist Herr Dr. Jonas Weber,",
        "Leiter des Stadtarchivs (Telefon 0211 886-412,",
        "E-Mail jonas.weber@seestadt.de).",
        "",
        "(2) Ansprechperson am Gymnasium ist Frau StD' Anna Müller,",
        "Vorsitzende der Fachkonferenz Geschichte (Telefon 0211 9130-0,",
        "E-Mail a.mueller@gymnasium-am-see.de).",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["found", "found"]);
    expect(people(report)).toEqual([
      ["school", "Anna Müller"],
      ["partner 0", "Jonas Weber"],
    ]);
  });

  it("takes the side from a label line right above the name, before words about the person's function", () => {
    const report = read(
      [
        "Ihre Ansprechpersonen",
        "Gymnasium am See:",
        "Frau Derya Yilmaz-Koch, Klassenlehrerin und",
        "Beauftragte für außerschulische Lernorte",
        "d.yilmaz-koch@gymnasium-am-see.de",
        "",
        "Stadtarchiv Seestadt:",
        "Herr Bernd Hollweg, Archivpädagoge",
        "b.hollweg@seestadt.de",
      ].join("\n"),
    );
    expect(people(report)).toEqual([
      ["school", "Derya Yilmaz-Koch"],
      ["partner 0", "Bernd Hollweg"],
    ]);
  });

  it("prefers the name the address spells over a subject or a function on the address's line", () => {
    const report = read(
      [
        "§ 3 Ansprechpersonen",
        "Für die Schule: Herr Konrektor Dr. rer. nat. Yannick Berger,",
        "    Fachlehrer Physik, y.berger@gymnasium-am-see.de.",
        "Für das Stadtarchiv: Frau Ines Vogt-Hartung, ines.vogt-hartung@seestadt.de",
      ].join("\n"),
    );
    expect(people(report)).toEqual([
      ["school", "Yannick Berger"],
      ["partner 0", "Ines Vogt-Hartung"],
    ]);
  });

  it("counts an address that bears the name of a person named just above it, without any contact word", () => {
    const report = read(
      [
        "Wer kümmert sich?",
        "",
        "In der Schule: Herr Jan van der Meulen.",
        "Seine E-Mail ist: jan.vandermeulen@gymnasium-am-see.de",
        "",
        "Im Stadtarchiv: Frau Anna Post.",
        "Ihre E-Mail ist: anna.post@seestadt.de",
      ].join("\n"),
    );
    expect(statuses(report)).toEqual(["found", "found"]);
    expect(people(report)).toEqual([
      ["school", "Jan van der Meulen"],
      ["partner 0", "Anna Post"],
    ]);
  });

  it("takes the side of a contact block from the party's block above it, as letterheads and forms set them", () => {
    const text = [
      "Kooperationsvereinbarung im Rahmen von Bildungspartner NRW",
      "",
      "Schule",
      "Gymnasium am See",
      "Seestraße 1, 12345 Seestadt",
      "",
      "Ansprechperson",
      "StR Malte Hinrichsen",
      "Fachleitung Geschichte",
      "malte.hinrichsen@gymnasium-am-see.de",
      "",
      "Partner",
      "Stadtarchiv Seestadt",
      "Markt 1, 12345 Seestadt",
      "",
      "Ansprechperson",
      "Svenja Oberdiek",
      "s.oberdiek@seestadt.de",
    ].join("\n");
    expect(people(checkAgreementText(text))).toEqual([
      ["school", "Malte Hinrichsen"],
      ["partner 0", "Svenja Oberdiek"],
    ]);
  });

  it("prefers a label that names one partner over a word that fits several („Museumsleiter“ beside a museum and a club)", () => {
    const text = [
      "Kooperationsvereinbarung zwischen der Grundschule Am Kirchberg, dem Museum im Alten Amtshaus und dem Heimatverein Schleidenbach e. V.",
      "",
      "Anlage 1: Ansprechpersonen",
      "",
      "Museum im Alten Amtshaus",
      "Herr Dr. Peter Hürtgen, ehrenamtlicher Museumsleiter",
      "E-Mail: peter.huertgen@schleidenbach.de",
    ].join("\n");
    // the school and the club name no contact: they go to the core without name and address
    expect(people(checkAgreementText(text))).toEqual([["school", undefined], ["partner 1", undefined], ["partner 0", "Peter Hürtgen"]]);
  });

  it("gives the core an address whose side the text leaves open, so that its mailbox verdict holds", () => {
    const report = read("§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nAnsprechpartnerin: Frau Lea Brandt (museumspaedagogik@web.de)");
    expect(report.findings[3]!.status).toBe("missing");
    expect(report.facts.contacts).toContainEqual({ name: "Lea Brandt" });
  });

  it("takes the side an address's domain names when nothing around it does, as in a mail's header", () => {
    const text = [
      "Von: Tobias Renner <t.renner@stadtarchiv-seestadt.de>",
      "An: Petra Albers <p.albers@gymnasium-am-see.de>",
      "Betreff: Kooperation Stadtarchiv / Gymnasium am See – unsere Absprachen",
    ].join("\n");
    expect(people(checkAgreementText(text))).toEqual([
      ["school", "Petra Albers"],
      ["partner 0", "Tobias Renner"],
    ]);
  });

  it("takes a department's mailbox beside a named person for what it is: not personal", () => {
    const report = read(
      "§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, Archivpädagogik,\narchivpaedagogik@seestadt.de",
    );
    expect(statuses(report)).toEqual(["found", "missing"]);
  });

  it("does not take an institution's address in a footer for its contact's", () => {
    const report = read(
      `${"§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de"}\n\n--\nStadtarchiv Seestadt · Markt 1 · info@stadtarchiv-seestadt.de`,
    );
    expect(statuses(report)).toEqual(["found", "found"]);
  });
});

describe("contacts the text does not show", () => {
  it("is unclear where a published copy has blacked out the contact", () => {
    for (const redaction of ["[geschwärzt]", "XXXXX", "*** ***", "████"]) {
      const report = read(`§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: ${redaction}, E-Mail: ${redaction}`);
      expect(statuses(report), redaction).toEqual(["unclear", "unclear"]);
      expect(report.findings[2]!.parties).toEqual([{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }]);
    }
  });

  it("is missing where the contact is „N. N.“ or a role", () => {
    const report = read("§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: N. N.");
    expect(statuses(report)[0]).toBe("missing");
  });

  it("reads the contacts in an annex the text holds, and is unclear when the annex is only referred to", () => {
    const annex = "\n\nAnlage 1: Ansprechpersonen\n\nGymnasium am See\nFrau Anna Müller\nanna.mueller@gymnasium-am-see.de\n\nStadtarchiv Seestadt\nHerr Jonas Weber\njonas.weber@seestadt.de";
    const referred = "§ 3 Ansprechpersonen\nDie Ansprechpersonen beider Seiten sind in Anlage 1 benannt.";
    expect(statuses(checkAgreementText(agreement({ contacts: referred }) + annex))).toEqual(["found", "found"]);
    expect(statuses(read(referred))).toEqual(["unclear", "unclear"]);
  });
});

describe("contacts: sides and persons read from the layout", () => {
  it("gives each column of a table whose header names a party per column that party's side", () => {
    const table = "§ 3 Ansprechpersonen\n| | Schule | Stadtarchiv |\n| Name | Dr. Jonas Feldkamp | Aylin Korkmaz |\n| E-Mail | jonas.feldkamp@gymnasium-am-see.de | a.korkmaz@seestadt.de |";
    expect(people(checkAgreementText(agreement({ contacts: table })))).toEqual([["school", "Jonas Feldkamp"], ["partner 0", "Aylin Korkmaz"]]);
  });

  it("in a letter takes „bei uns“ for the writer's side and the addressee whose whole name the address spells", () => {
    const letter = [
      "Stadtarchiv Seestadt\nHerrn Jonas Weber\nSeestraße 3",
      "Sehr geehrter Herr Weber,",
      "1. Das Stadtarchiv öffnet seinen Lesesaal.\n2. Ihre Ansprechpartnerin bei uns ist Frau Anna Müller (anna.mueller@gymnasium-am-see.de). Seitens des Stadtarchivs haben Sie sich selbst benannt (jonas.weber@seestadt.de).",
      "Mit freundlichen Grüßen\n\nGerd Hollmann\nSchulleiter",
    ].join("\n\n");
    expect(people(checkAgreementText(agreement({ contacts: letter })))).toEqual([["school", "Anna Müller"], ["partner 0", "Jonas Weber"]]);
  });

  it("leaves personal-email open for a side that names no contact at all, and named-contacts too where the rest stays as an earlier agreement has it", () => {
    const only = "§ 3 Ansprechpersonen\nAnsprechperson der Schule ist Frau Anna Müller, anna.mueller@gymnasium-am-see.de.";
    expect(statuses(read(only))).toEqual(["missing", "unclear"]);
    expect(statuses(read(`${only}\nAlle übrigen Bestimmungen der Kooperationsvereinbarung bleiben unberührt.`))).toEqual(["unclear", "unclear"]);
  });
});
