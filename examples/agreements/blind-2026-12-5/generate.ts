// Writes the PDF and DOCX versions of some agreements of the blind set blind-2026-12-5.
// Run by hand: pnpm --filter @bildungspartner/example-agreements exec tsx blind-2026-12-5/generate.ts
// The words come from each .txt twin (so both say the same); how each document is laid out — two
// federation forms with field tables and tick boxes, a §§ contract with a running header and
// "Seite n von m" footers, a two-column page, a landscape page of tables, a project sheet of tables,
// Word documents with headings, tables, lists, side-by-side signature blocks, and one with a running
// header and a page-number footer — is the data below.
import { fileURLToPath } from "node:url";
import { writeBlindDocuments, type DocxSpec, type PdfSpec } from "../scripts/blind-documents.js";

const pdfs: PdfSpec[] = [
  {
    name: "f02-ssb-formular-grundschule-schwimmverein",
    layout: "tables",
    headings: [
      "Kooperationsvereinbarung Sportverein und Schule",
      "im Programm Bildungspartner NRW",
      "1. Schule",
      "2. Sportverein",
      "3. Art des Angebots",
      "4. Teilnehmende",
      "5. Zeitraum",
      "6. Versicherung",
      "7. Unterschriften",
    ],
    fontSize: 9.5,
  },
  {
    name: "f04-paragraphen-gesamtschule-vhs",
    layout: "tables",
    headings: [
      "Kooperationsvertrag",
      "§ 1 Grundlage",
      "§ 2 Gegenstand",
      "§ 3 Leistungen der VHS",
      "§ 4 Leistungen der Schule",
      "§ 5 Teilnehmende",
      "§ 6 Ansprechpersonen",
      "§ 7 Vertragsdauer",
      "§ 8 Kosten",
      "§ 9 Schlussbestimmungen",
    ],
    runningHeader: "Kooperationsvertrag Gesamtschule Rothenkamp · VHS Rothenkamp-Emmerfeld",
  },
  {
    name: "f05-zweispaltig-grundschule-naturschutzzentrum",
    layout: "columns",
    headings: ["Kooperationsvereinbarung", "Natur und Schule", "Partner", "Ziele", "Angebote des Naturschutzzentrums", "Beiträge der Schule", "Teilnehmende", "Ansprechpersonen", "Laufzeit", "Kosten"],
    breakBefore: "Birkenwalde, den 28.06.2027",
    fontSize: 10.5,
  },
  {
    name: "f11-querformat-berufskolleg-medienzentrum",
    layout: "tables",
    headings: ["Kooperationsvereinbarung Medienbildung", "Partner", "Vorhaben", "Teilnehmende", "Laufzeit", "Ansprechpersonen", "Unterschriften"],
    landscape: true,
    fontSize: 9.5,
  },
  {
    name: "f15-projektblatt-gymnasium-planetarium",
    layout: "tables",
    headings: ["Projektvereinbarung Schuljahr 2027/28", "Teilnahme", "Zeitraum", "Kontakt"],
    fontSize: 9.5,
  },
  {
    name: "f17-formblatt-weiterbildungskolleg-stadtbibliothek",
    layout: "tables",
    headings: [
      "Formblatt Kooperationsvereinbarung",
      "A. Vertragspartner",
      "B. Ansprechpersonen",
      "C. Inhalte der Zusammenarbeit",
      "D. Teilnehmende",
      "E. Laufzeit",
      "F. Unterschriften",
    ],
    fontSize: 9.5,
  },
];

const docxs: DocxSpec[] = [
  {
    name: "f01-ausschussvorlage-realschule-stadtbuecherei",
    title: ["Beschlussvorlage", "Kooperationsvereinbarung"],
    headings: [
      "Beratungsfolge:",
      "Betreff:",
      "Beschlussvorschlag:",
      "Sachdarstellung:",
      "Finanzielle Auswirkungen:",
      "Anlage zur Drucksache Nr. 0087/2027",
      "1. Ziel der Zusammenarbeit",
      "2. Leistungen der Stadtbücherei",
      "3. Leistungen der Schule",
      "4. Teilnehmende",
      "5. Ansprechpersonen",
      "6. Laufzeit",
      "7. Kosten",
    ],
  },
  {
    name: "f06-dreiseitig-sekundarschule-kanuclub-biostation",
    title: ["Kooperationsvereinbarung"],
    headings: [
      "Bildungspartner NRW – Sportverein und Schule / Natur und Schule",
      "Präambel",
      "§ 1 Ziel",
      "§ 2 Leistungen",
      "§ 3 Teilnehmende",
      "§ 4 Ansprechpersonen",
      "§ 5 Laufzeit",
      "§ 6 Kosten und Versicherung",
    ],
  },
  {
    name: "f09-grundschule-stadtbibliothek-kita-anhang",
    title: ["Kooperationsvereinbarung"],
    headings: [
      "Präambel",
      "1. Angebote der Stadtbibliothek",
      "2. Beiträge der Schule",
      "3. Teilnehmende",
      "4. Ansprechpersonen",
      "5. Laufzeit",
      "6. Kosten",
      "Anhang (zur Kenntnis)",
    ],
  },
  {
    name: "f12-nachtrag-gymnasium-stadttheater",
    title: ["1. Nachtrag"],
    headings: ["Vorbemerkung", "Artikel 1 – Laufzeit", "Artikel 2 – Angebote", "Artikel 3 – Teilnehmende", "Artikel 4 – Übrige Bestimmungen", "Artikel 5 – Inkrafttreten"],
  },
  {
    name: "f16-geschwaerzt-gesamtschule-galerie",
    title: ["Kooperationsvereinbarung"],
    headings: ["1. Bildungspartnerschaft", "2. Angebote der Galerie", "3. Beiträge der Schule", "4. Teilnehmende", "5. Ansprechpersonen", "6. Laufzeit", "7. Kosten"],
  },
  {
    name: "f18-kopfzeile-berufskolleg-ruderverein",
    title: ["Vereinbarung über eine Schulsportkooperation"],
    headings: ["1. Ziel", "2. Angebot", "3. Teilnehmende", "4. Ansprechpersonen", "5. Zeitraum", "6. Versicherung und Kosten"],
    runningHeader: "Berufskolleg am Kornmarkt Altenwieck · Ruderverein Altenwieck 1893 e.V.",
    pageFooter: true,
  },
];

await writeBlindDocuments(fileURLToPath(new URL(".", import.meta.url)), pdfs, docxs);
