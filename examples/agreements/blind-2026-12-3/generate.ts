// Writes the PDF and DOCX versions of some agreements of the blind set blind-2026-12-3.
// Run by hand: pnpm --filter @bildungspartner/example-agreements exec tsx blind-2026-12-3/generate.ts
// Modelled on blind-2026-12-2/generate.ts. The words come from each .txt twin (so both say the same);
// how each document is laid out — a form with field tables and tick boxes, a two-column page, a
// landscape page with ruled tables, a running header and "Seite n von m" footers, a signature page,
// Word headings, tables, lists and side-by-side signature blocks — is the data below.
import { fileURLToPath } from "node:url";
import { writeBlindDocuments, type DocxSpec, type PdfSpec } from "../scripts/blind-documents.js";

const pdfs: PdfSpec[] = [
  {
    name: "d02-ksb-formular-grundschule-turnverein",
    layout: "tables",
    headings: [
      "Kooperationsvereinbarung Schule – Sportverein",
      "1. Angaben zur Schule",
      "2. Angaben zum Sportverein",
      "3. Art des Angebots",
      "4. Teilnehmende",
      "5. Zeitraum",
      "6. Anmeldung",
      "7. Versicherung",
      "8. Unterschriften",
    ],
    fontSize: 9.5,
  },
  {
    name: "d06-zweispaltig-gedenkstaette-foerderschule",
    layout: "columns",
    headings: ["Kooperationsvereinbarung", "Bildungspartner NRW – Gedenkstätte und Schule", "Anlass", "Angebote der Gedenkstätte", "Beiträge der Schule", "Teilnehmende", "Laufzeit", "Ansprechpersonen", "Kosten"],
    breakBefore: "Velmerstedt, den 14. September 2026",
    fontSize: 11,
  },
  {
    name: "d07-paragraphen-vertrag-berufskolleg-medienzentrum",
    layout: "tables",
    headings: ["Kooperationsvertrag", "§ 1 Vertragsgegenstand", "§ 2 Leistungen des Berufskollegs", "§ 3 Teilnehmende", "§ 4 Vertragsdauer, Kündigung", "§ 5 Ansprechpersonen", "§ 6 Kosten", "§ 7 Datenschutz", "§ 8 Schlussbestimmungen"],
    runningHeader: "Bildungspartner NRW – Medienzentrum und Schule | Kreismedienzentrum Oberhessling",
  },
  {
    name: "d10-querformat-theater-gymnasium",
    layout: "tables",
    headings: ["Kooperationsvereinbarung Theater und Schule", "Partner", "Vorhaben", "Teilnehmende", "Laufzeit", "Ansprechpersonen"],
    landscape: true,
    fontSize: 9.5,
  },
  {
    name: "d13-geschwaerzt-museum-gymnasium",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "1. Ziele", "2. Angebote", "3. Teilnehmende", "4. Ansprechpersonen", "5. Laufzeit", "6. Kosten"],
  },
  {
    name: "d17-unterschriftenseite-gesamtschule-biostation",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "Bildungspartner NRW – Natur und Schule", "1. Präambel", "2. Angebote der Station", "3. Beiträge der Schule", "4. Teilnehmende", "5. Ansprechpersonen", "6. Laufzeit", "7. Kosten", "Unterschriften"],
  },
];

const docxs: DocxSpec[] = [
  {
    name: "d01-sitzungsvorlage-gymnasium-stadtarchiv",
    title: ["Sitzungsvorlage", "Kooperationsvereinbarung"],
    headings: ["Beschlussvorschlag:", "Sachdarstellung:", "Finanzielle Auswirkungen:", "Anlage zur Drucksache 0412/2026", "1. Ziel der Partnerschaft", "2. Leistungen des Archivs", "3. Leistungen der Schule", "4. Teilnehmende", "5. Ansprechpersonen", "6. Laufzeit", "7. Kosten"],
  },
  {
    name: "d08-dreiseitig-sekundarschule-sportverein-museum",
    title: ["Kooperationsvereinbarung"],
    headings: ["§ 1 Ziel", "§ 2 Leistungen", "§ 3 Teilnehmende", "§ 4 Ansprechpersonen", "§ 5 Laufzeit", "§ 6 Kosten und Versicherung"],
  },
  {
    name: "d14-kita-anlage-grundschule-stadtbibliothek",
    title: ["Kooperationsvereinbarung"],
    headings: ["Bildungspartner NRW – Bibliothek und Schule", "1. Ziel", "2. Bausteine", "3. Teilnehmende", "4. Ansprechpersonen", "5. Laufzeit", "Anlage 2: Kooperationsvereinbarung zwischen der Städtischen Kindertageseinrichtung Pusteblume und der Stadtbibliothek Rodenbach-Süd"],
  },
  {
    name: "d18-gymnasium-schuelerforschungszentrum-anlagen",
    title: ["KOOPERATIONSVEREINBARUNG"],
    headings: ["§ 1 Ziel", "§ 2 Angebote des SFZ", "§ 3 Teilnehmende", "§ 4 Laufzeit", "§ 5 Ansprechpersonen", "§ 6 Kosten", "Anlagen", "Anlage 1: Ansprechpersonen"],
  },
];

await writeBlindDocuments(fileURLToPath(new URL(".", import.meta.url)), pdfs, docxs);
