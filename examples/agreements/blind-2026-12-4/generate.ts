// Writes the PDF and DOCX versions of some agreements of the blind set blind-2026-12-4.
// Run by hand: pnpm --filter @bildungspartner/example-agreements exec tsx blind-2026-12-4/generate.ts
// The words come from each .txt twin (so both say the same); how each document is laid out — a
// federation's form with field tables and tick boxes, a §§ contract with a running header and
// "Seite n von m" footers, a two-column page, a landscape page of tables, a Word document with a
// running header, a page-number footer and two columns, Word tables, lists and side-by-side
// signature blocks — is the data below.
import { fileURLToPath } from "node:url";
import { writeBlindDocuments, type DocxSpec, type PdfSpec } from "../scripts/blind-documents.js";

const pdfs: PdfSpec[] = [
  {
    name: "e02-ssb-formular-grundschule-tus",
    layout: "tables",
    headings: [
      "Kooperationsvereinbarung Sportverein und Schule",
      "im Rahmen von Bildungspartner NRW",
      "1. Angaben zur Schule",
      "2. Angaben zum Sportverein",
      "3. Art des Angebots",
      "4. Teilnehmende",
      "5. Zeitraum",
      "6. Versicherung",
      "7. Unterschriften",
    ],
    fontSize: 9.5,
  },
  {
    name: "e04-paragraphen-berufskolleg-vhs",
    layout: "tables",
    headings: ["Kooperationsvertrag", "§ 1 Vertragspartner", "§ 2 Gegenstand", "§ 3 Leistungen der VHS", "§ 4 Leistungen des Berufskollegs", "§ 5 Teilnehmende", "§ 6 Ansprechpersonen", "§ 7 Vertragsdauer", "§ 8 Kosten", "§ 9 Schlussbestimmungen"],
    runningHeader: "Kooperationsvertrag Berufskolleg am Lippeufer · Volkshochschule Ostervelde",
  },
  {
    name: "e05-zweispaltig-gesamtschule-kunstmuseum",
    layout: "columns",
    headings: ["Kooperationsvereinbarung", "Partner", "Ziele", "Angebote des Museums", "Beiträge der Schule", "Teilnehmende", "Ansprechpersonen", "Laufzeit", "Kosten"],
    breakBefore: "Kalkrath, den 02.06.2027",
    fontSize: 10.5,
  },
  {
    name: "e10-querformat-sekundarschule-medienzentrum",
    layout: "tables",
    headings: ["Kooperationsvereinbarung Medienbildung", "Partner", "Vorhaben", "Teilnehmende", "Laufzeit", "Ansprechpersonen", "Unterschriften"],
    landscape: true,
    fontSize: 9.5,
  },
  {
    name: "e14-tabellen-foerderschule-rollstuhlsport",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "Bildungspartner NRW – Sportverein und Schule", "Vertragspartner", "Ziel", "Leistungen", "Teilnehmende", "Ansprechpersonen", "Laufzeit", "Unterschriften"],
    fontSize: 9.5,
  },
  {
    name: "e17-projektblatt-gymnasium-stadttheater",
    layout: "tables",
    headings: ["Projektvereinbarung Spielzeit 2027/28", "Teilnahme", "Zeitraum", "Kontakt"],
    fontSize: 9.5,
  },
];

const docxs: DocxSpec[] = [
  {
    name: "e01-ratsvorlage-grundschule-musikschule",
    title: ["Sitzungsvorlage", "Kooperationsvereinbarung"],
    headings: [
      "Betreff:",
      "Beschlussvorschlag:",
      "Sachdarstellung:",
      "Finanzielle Auswirkungen:",
      "Anlage zur Drucksache Nr. 2027/0143",
      "1. Ziel der Zusammenarbeit",
      "2. Leistungen der Musikschule",
      "3. Leistungen der Schule",
      "4. Teilnehmende",
      "5. Ansprechpersonen",
      "6. Laufzeit",
      "7. Kosten",
    ],
  },
  {
    name: "e06-dreiseitig-hauptschule-freie-buehne-stadtbuecherei",
    title: ["Kooperationsvereinbarung"],
    headings: ["Bildungspartner NRW – Bühne und Schule", "Präambel", "§ 1 Ziel", "§ 2 Leistungen", "§ 3 Teilnehmende", "§ 4 Ansprechpersonen", "§ 5 Laufzeit", "§ 6 Kosten und Versicherung"],
  },
  {
    name: "e11-anlagen-gymnasium-naturkundemuseum",
    title: ["Kooperationsvereinbarung"],
    headings: ["§ 1 Ziel", "§ 2 Leistungen des Museums", "§ 3 Leistungen der Schule", "§ 4 Laufzeit", "§ 5 Teilnehmende", "§ 6 Ansprechpersonen", "§ 7 Kosten", "Anlagen", "Anlage 2: Jahresplanung 2027/28"],
  },
  {
    name: "e13-kopfzeile-gesamtschule-gedenkstaette",
    title: ["Vereinbarung über eine Bildungspartnerschaft"],
    headings: ["Anlass und Ziel", "Angebote der Gedenkstätte", "Beiträge der Schule", "Zielgruppe", "Ansprechpersonen", "Dauer"],
    runningHeader: "Gesamtschule Lüttgenrade-Süd · Mahn- und Gedenkstätte Alte Synagoge Lüttgenrade",
    pageFooter: true,
    columns: 2,
  },
  {
    name: "e18-mitteilungsvorlage-geschwaerzt-foerderschule-kreisarchiv",
    title: ["Mitteilungsvorlage", "Kooperationsvereinbarung"],
    headings: ["Sachverhalt:", "Anlage: Kooperationsvereinbarung vom 19.04.2027 (Abschrift)", "1. Gegenstand", "2. Teilnehmende", "3. Ansprechpersonen", "4. Laufzeit", "5. Kosten"],
  },
];

await writeBlindDocuments(fileURLToPath(new URL(".", import.meta.url)), pdfs, docxs);
