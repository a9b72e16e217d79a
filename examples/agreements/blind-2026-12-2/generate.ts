// Writes the PDF and DOCX versions of some agreements of the blind set blind-2026-12-2.
// Run by hand: pnpm --filter @bildungspartner/example-agreements exec tsx blind-2026-12-2/generate.ts
// The words come from each .txt twin (so both say the same); how each document is laid out — ruled
// tables, a form with tick boxes, a two-column leaflet, running header and "Seite n von m" footer,
// a separate signature page, Word headings, tables and lists — is the data below.
import { fileURLToPath } from "node:url";
import { writeBlindDocuments, type DocxSpec, type PdfSpec } from "../scripts/blind-documents.js";

const pdfs: PdfSpec[] = [
  {
    name: "c02-ksb-formular-sekundarschule-tus",
    layout: "tables",
    headings: [
      "Kooperationsvereinbarung Schule – Sportverein",
      "1. Angaben zur Schule",
      "2. Angaben zum Sportverein",
      "3. Art des Angebots",
      "4. Teilnehmende",
      "5. Zeitraum",
      "6. Ort und Zeit",
      "7. Versicherung",
      "8. Unterschriften",
    ],
  },
  {
    name: "c05-faltblatt-hauptschule-stadtmuseum",
    layout: "columns",
    headings: ["Gemeinsam Geschichte entdecken", "Worum es geht", "Was das Museum anbietet", "Was die Schule beiträgt", "Für wen?", "Wie lange?", "Ihre Ansprechpersonen"],
    breakBefore: "Unterschrieben am 3. März 2027",
    landscape: true,
  },
  {
    name: "c06-berufskolleg-medienzentrum-anlagen",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "Präambel", "1. Gegenstand", "2. Zielgruppe", "3. Ansprechpersonen", "4. Laufzeit", "5. Schlussbestimmungen", "Anlage 1 – Ansprechpersonen", "Anlage 2 – Laufzeit"],
    breakBefore: "Anlage 1 – Ansprechpersonen",
    fontSize: 9.5,
  },
  {
    name: "c08-vhs-vertrag-realschule",
    layout: "tables",
    headings: ["Kooperationsvertrag", "§ 1 Vertragsgegenstand", "§ 2 Teilnehmende", "§ 3 Vertragsdauer, Kündigung", "§ 4 Entgelt", "§ 5 Ansprechpersonen", "§ 6 Aufsicht, Haftung, Versicherung", "§ 7 Datenschutz", "§ 8 Schlussbestimmungen"],
    runningHeader: "Kooperationsvertrag VHS Ennepe-Mitte / Städtische Realschule Gevelsbach-Mitte",
    fontSize: 9.5,
  },
  {
    name: "c11-gymnasium-kunstmuseum-unterschriftenseite",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "Präambel", "1. Vorhaben", "2. Teilnehmende", "3. Ansprechpersonen", "4. Laufzeit", "5. Öffentlichkeitsarbeit", "Unterschriftenseite"],
    breakBefore: "Unterschriftenseite",
  },
];

const docxs: DocxSpec[] = [
  {
    name: "c01-beschlussvorlage-gesamtschule-stadtbibliothek",
    title: ["Beschlussvorlage", "Kooperationsvereinbarung"],
    headings: ["Beschlussvorschlag:", "Finanzielle Auswirkungen:", "Begründung:", "Anlage 1", "1. Ziel der Partnerschaft", "2. Leistungen der Bibliothek", "3. Leistungen der Schule", "4. Teilnehmende", "5. Ansprechpersonen", "6. Laufzeit", "7. Kosten"],
  },
  {
    name: "c07-dreiseitig-sekundarschule-heimatverein-stadtarchiv",
    title: ["Vereinbarung über eine Bildungspartnerschaft"],
    headings: ["§ 1 Anlass und Ziel", "§ 2 Beiträge der Partner", "§ 3 Teilnehmende", "§ 4 Ansprechpersonen", "§ 5 Laufzeit", "§ 6 Kosten"],
  },
  {
    name: "c13-grundschule-ogs-jugendkunstschule",
    title: ["Kooperationsvereinbarung"],
    headings: ["1. Inhalt", "2. Zielgruppe", "3. Ansprechpersonen", "4. Laufzeit", "5. Finanzierung"],
  },
  {
    name: "c16-bibliothek-und-schule-gymnasium-stadtbuecherei",
    title: ["Bildungspartner Nordrhein-Westfalen", "Kooperationsvereinbarung (Muster, ausgefüllt)"],
    headings: ["Bibliothek und Schule", "Bausteine der Zusammenarbeit (bitte ankreuzen bzw. ergänzen)", "Ansprechpartnerinnen und Ansprechpartner", "Laufzeit"],
  },
];

await writeBlindDocuments(fileURLToPath(new URL(".", import.meta.url)), pdfs, docxs);
