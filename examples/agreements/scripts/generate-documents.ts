// Writes PDF and DOCX versions of some corpus texts, and a scanned PDF without a text layer, into
// documents/. Run by hand: pnpm --filter @bildungspartner/example-agreements generate
// Two PDF writers: pdf-lib (here: lays out the page itself, with real tables of positioned cells,
// aligned side-by-side cells or a two-column body, see `PdfLayout`) and LibreOffice (a real word processor: the script writes a DOCX, with page
// headers and footers for the scanned-looking texts, and converts it with `soffice --headless
// --convert-to pdf`, German automatic hyphenation on). LibreOffice is only needed to regenerate
// those PDFs, by hand: they are committed; the command line converts them afresh when `soffice` is
// on the PATH, and `generateDocuments` (as the tests call it) copies the committed files. The
// golden tests read all PDFs as extracted text. The DOCX versions set a text's tables and
// side-by-side lines as Word tables.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { writeBlindDocuments, type DocxSpec, type PdfSpec } from "./blind-documents.js";

const here = fileURLToPath(new URL("../", import.meta.url));

/**
 * How pdf-lib lays out a text (see `makePdf`): `tables` draws its `| … |` rows (and "a | b | c" rows)
 * as ruled tables of positioned cells and its side-by-side lines (signature captions, "Ort, Datum"
 * twice) as aligned cells; `columns` sets the body in two columns, the closing lines from the first
 * side-by-side line on full width on a page of their own; `plain` writes the lines one below the
 * other, full width.
 */
export type PdfLayout = "tables" | "columns" | "plain";

/**
 * Corpus texts whose PDF pdf-lib writes, each with its layout. 10 stays plain: in narrow columns its
 * contact lines wrap, and the reader does not yet join a contact over a line break.
 */
export const pdfLibVersions: ReadonlyArray<{ name: string; layout: PdfLayout }> = [
  { name: "01-musterschule-stadtarchiv", layout: "tables" },
  { name: "02-gesamtschule-stadtbibliothek", layout: "columns" },
  { name: "03-realschule-museum-schuljahre", layout: "tables" },
  { name: "06-berufskolleg-vhs-eine-klasse", layout: "columns" },
  { name: "10-drei-partner", layout: "columns" },
  { name: "13-nur-beginn-projektwoche", layout: "columns" },
  { name: "04-grundschule-musikschule-verlaengerung", layout: "tables" },
  { name: "05-hauptschule-sportverein-funktionspostfach", layout: "columns" },
  { name: "08-foerderschule-gedenkstaette-ein-jahr", layout: "columns" },
  { name: "24-foerderschule-biologische-station-tabelle", layout: "tables" },
  { name: "27-sekundarschule-sternwarte-ein-schuljahr", layout: "tables" },
  { name: "28-grundschule-ogs-musikschule-ogs-postfach", layout: "columns" },
  { name: "31-berufskolleg-medienzentrum-eine-klasse", layout: "tables" },
  { name: "34-gymnasium-museum-automatische-verlaengerung", layout: "tables" },
  { name: "41-berufskolleg-stadtarchiv-drei-jahre", layout: "columns" },
  { name: "42-realschule-bibliothek-erprobungsstufe", layout: "tables" },
  { name: "47-foerderschule-schwimmverein-sportamt-ohne-vereinskontakt", layout: "columns" },
  { name: "51-berufskolleg-theater-ohne-programm", layout: "tables" },
  { name: "56-grundschule-museum-ab-schuljahr-dauer", layout: "tables" },
  { name: "14-zielgruppe-jahrgaenge", layout: "columns" },
  { name: "45-gymnasium-galerie-nur-schule-unterschreibt", layout: "columns" },
  { name: "50-grundschule-stadtteilbibliothek-kurze-daten", layout: "columns" },
  { name: "53-gesamtschule-archiv-vertretungen", layout: "columns" },
  { name: "63-gymnasium-stadtarchiv-tabelle-monatsnamen", layout: "tables" },
  { name: "65-gemeinschaftsschule-kunstmuseum-monat-jahr", layout: "columns" },
  { name: "69-berufskolleg-gedenkstaette-zwei-schuljahre-ab-unterzeichnung", layout: "columns" },
  { name: "79-foerderschule-medienzentrum-stichpunkte", layout: "tables" },
  { name: "12-ab-unterzeichnung", layout: "columns" },
  { name: "16-widerspruechliche-laufzeit", layout: "columns" },
  { name: "43-gesamtschule-museum-widerspruch", layout: "columns" },
  { name: "67-gymnasium-stadtarchiv-felder-iso", layout: "columns" },
];
/**
 * Corpus texts whose PDF LibreOffice writes from a DOCX (see `makeOfficePdf`); `frame` gives the
 * running page header of the scanned-looking texts, whose page headers and "Seite n von m" footers
 * the text shows inline and the PDF as real page headers and footers.
 */
export const officePdfVersions: ReadonlyArray<{ name: string; frame?: { header: string; pageInHeader?: boolean } }> = [
  { name: "19-grundschule-stadtbuecherei-allen-kindern" },
  { name: "20-gesamtschule-ost-stadtarchiv-nachgereicht" },
  { name: "21-berufskolleg-vhs-bis-auf-widerruf" },
  { name: "22-gymnasium-theater-unterzeichnung-mit-datum" },
  { name: "25-hauptschule-tus-kreisarchiv-drei-partner" },
  { name: "29-gymnasium-mediathek-plus-tag" },
  { name: "30-kgs-heimatverein-stadtmuseum-unterschrift-folgt" },
  { name: "35-grundschule-naturschutzzentrum-scan", frame: { header: "GGS Am Nierstal · Naturschutzzentrum Bruchhausen" } },
  { name: "44-grundschule-buecherei-nur-rollen-partner" },
  { name: "55-sekundarschule-stadtbuecherei-schulunterschrift-nachgereicht" },
  { name: "60-gesamtschule-theater-jahrgang-unterschrift-folgt" },
  {
    name: "62-foerderschule-gedenkstaette-scan-laufende-kopfzeilen",
    frame: { header: "Kooperationsvereinbarung LVR-Christophorusschule Bonn / Gedenkstätte Bonn", pageInHeader: true },
  },
];
/** The PDFs of the blind set blind-2026-12-4 (texts 125–142), laid out as its author wrote them. */
export const joinedBlindPdfs: PdfSpec[] = [
  {
    name: "126-ssb-formular-grundschule-tus",
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
    name: "128-paragraphen-berufskolleg-vhs",
    layout: "tables",
    headings: ["Kooperationsvertrag", "§ 1 Vertragspartner", "§ 2 Gegenstand", "§ 3 Leistungen der VHS", "§ 4 Leistungen des Berufskollegs", "§ 5 Teilnehmende", "§ 6 Ansprechpersonen", "§ 7 Vertragsdauer", "§ 8 Kosten", "§ 9 Schlussbestimmungen"],
    runningHeader: "Kooperationsvertrag Berufskolleg am Lippeufer · Volkshochschule Ostervelde",
  },
  {
    name: "129-zweispaltig-gesamtschule-kunstmuseum",
    layout: "columns",
    headings: ["Kooperationsvereinbarung", "Partner", "Ziele", "Angebote des Museums", "Beiträge der Schule", "Teilnehmende", "Ansprechpersonen", "Laufzeit", "Kosten"],
    breakBefore: "Kalkrath, den 02.06.2027",
    fontSize: 10.5,
  },
  {
    name: "134-querformat-sekundarschule-medienzentrum",
    layout: "tables",
    headings: ["Kooperationsvereinbarung Medienbildung", "Partner", "Vorhaben", "Teilnehmende", "Laufzeit", "Ansprechpersonen", "Unterschriften"],
    landscape: true,
    fontSize: 9.5,
  },
  {
    name: "138-tabellen-foerderschule-rollstuhlsport",
    layout: "tables",
    headings: ["Kooperationsvereinbarung", "Bildungspartner NRW – Sportverein und Schule", "Vertragspartner", "Ziel", "Leistungen", "Teilnehmende", "Ansprechpersonen", "Laufzeit", "Unterschriften"],
    fontSize: 9.5,
  },
  {
    name: "141-projektblatt-gymnasium-stadttheater",
    layout: "tables",
    headings: ["Projektvereinbarung Spielzeit 2027/28", "Teilnahme", "Zeitraum", "Kontakt"],
    fontSize: 9.5,
  },
];

/** The DOCX files of the blind set blind-2026-12-4. */
export const joinedBlindDocxs: DocxSpec[] = [
  {
    name: "125-ratsvorlage-grundschule-musikschule",
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
    name: "130-dreiseitig-hauptschule-freie-buehne-stadtbuecherei",
    title: ["Kooperationsvereinbarung"],
    headings: ["Bildungspartner NRW – Bühne und Schule", "Präambel", "§ 1 Ziel", "§ 2 Leistungen", "§ 3 Teilnehmende", "§ 4 Ansprechpersonen", "§ 5 Laufzeit", "§ 6 Kosten und Versicherung"],
  },
  {
    name: "135-anlagen-gymnasium-naturkundemuseum",
    title: ["Kooperationsvereinbarung"],
    headings: ["§ 1 Ziel", "§ 2 Leistungen des Museums", "§ 3 Leistungen der Schule", "§ 4 Laufzeit", "§ 5 Teilnehmende", "§ 6 Ansprechpersonen", "§ 7 Kosten", "Anlagen", "Anlage 2: Jahresplanung 2027/28"],
  },
  {
    name: "137-kopfzeile-gesamtschule-gedenkstaette",
    title: ["Vereinbarung über eine Bildungspartnerschaft"],
    headings: ["Anlass und Ziel", "Angebote der Gedenkstätte", "Beiträge der Schule", "Zielgruppe", "Ansprechpersonen", "Dauer"],
    runningHeader: "Gesamtschule Lüttgenrade-Süd · Mahn- und Gedenkstätte Alte Synagoge Lüttgenrade",
    pageFooter: true,
    columns: 2,
  },
  {
    name: "142-mitteilungsvorlage-geschwaerzt-foerderschule-kreisarchiv",
    title: ["Mitteilungsvorlage", "Kooperationsvereinbarung"],
    headings: ["Sachverhalt:", "Anlage: Kooperationsvereinbarung vom 19.04.2027 (Abschrift)", "1. Gegenstand", "2. Teilnehmende", "3. Ansprechpersonen", "4. Laufzeit", "5. Kosten"],
  },
];

/** Corpus texts that get a PDF version, whichever writer makes it. */
export const pdfVersions = [...pdfLibVersions.map((v) => v.name), ...officePdfVersions.map((v) => v.name), ...joinedBlindPdfs.map((v) => v.name)];
/** Corpus texts that get a DOCX version. */
export const docxVersions = [
  "01-musterschule-stadtarchiv",
  "04-grundschule-musikschule-verlaengerung",
  "05-hauptschule-sportverein-funktionspostfach",
  "10-drei-partner",
  "14-zielgruppe-jahrgaenge",
  "22-gymnasium-theater-unterzeichnung-mit-datum",
  "30-kgs-heimatverein-stadtmuseum-unterschrift-folgt",
  "38-gymnasium-sv-schuljahre-ab-beginn",
  "47-foerderschule-schwimmverein-sportamt-ohne-vereinskontakt",
  "59-grundschule-waldschule-email-naechste-zeile",
  "03-realschule-museum-schuljahre",
  "24-foerderschule-biologische-station-tabelle",
  "27-sekundarschule-sternwarte-ein-schuljahr",
  "51-berufskolleg-theater-ohne-programm",
  "56-grundschule-museum-ab-schuljahr-dauer",
  "63-gymnasium-stadtarchiv-tabelle-monatsnamen",
  "73-realschule-musikschule-formular",
  ...joinedBlindDocxs.map((v) => v.name),
];
/** The scanned agreement: pages that are only images. */
export const scanName = "scan-ohne-textebene.pdf";

const FIXED_DATE = new Date("2025-06-01T08:00:00Z");
/** An A4 page; its body holds 40 lines of text, as the documents always did. */
const PAGE = { width: 595.28, height: 841.89, margin: 56, size: 10.5, leading: 14, bottom: 841.89 - 56 - 40 * 14 };

/** Splits one line into lines that fit the width; a long word that does not fit is hyphenated. */
function wrap(line: string, font: PDFFont, width: number): string[] {
  const fits = (text: string) => font.widthOfTextAtSize(text, PAGE.size) <= width;
  // Only plain words are hyphenated, never names with capitals inside, numbers or addresses.
  const hyphenatable = (word: string) => /^[A-ZÄÖÜa-zäöüß][a-zäöüß]{9,}[.,;:]?$/.test(word);
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== "" && hyphenatable(word)) {
      let cut = word.length - 5;
      while (cut >= 5 && !fits(`${current} ${word.slice(0, cut)}-`)) cut -= 1;
      if (cut >= 5) {
        lines.push(`${current} ${word.slice(0, cut)}-`);
        current = word.slice(cut);
        continue;
      }
    }
    if (current !== "") lines.push(current);
    current = word;
  }
  lines.push(current);
  return lines;
}

/** A part of a text: a line, a table's rows of cells, or a run of side-by-side lines with each part's character column. */
type Block =
  | { kind: "line"; text: string }
  | { kind: "table"; rows: string[][] }
  | { kind: "side"; rows: Array<Array<{ column: number; text: string }>> };

const markdownRow = /^\|.*\|$/u;
const markdownRule = /^\|[\s:|-]+\|$/u;
const barRow = /\S \| \S/u;
const sideBySide = /\S {3,}\S/u;

/** The parts of a line set apart by three or more spaces, each with its character column. */
function sideParts(line: string): Array<{ column: number; text: string }> {
  return [...line.matchAll(/\S+(?: {1,2}\S+)*/gu)].map((m) => ({ column: m.index, text: m[0] }));
}

/** A text's blocks: `| … |` rows and runs of two or more "a | b" rows as tables, runs of side-by-side lines, other lines. */
function blocksOf(text: string): Block[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const run = (test: (l: string) => boolean) => {
      let j = i;
      while (j < lines.length && test(lines[j]!)) j += 1;
      return lines.slice(i, j);
    };
    if (markdownRow.test(line.trim())) {
      const rows = run((l) => markdownRow.test(l.trim()));
      blocks.push({ kind: "table", rows: rows.filter((r) => !markdownRule.test(r.trim())).map((r) => r.trim().slice(1, -1).split("|").map((c) => c.trim())) });
      i += rows.length;
    } else if (barRow.test(line) && barRow.test(lines[i + 1] ?? "")) {
      const rows = run((l) => barRow.test(l));
      blocks.push({ kind: "table", rows: rows.map((r) => r.split("|").map((c) => c.trim())) });
      i += rows.length;
    } else if (sideBySide.test(line)) {
      const rows = run((l) => sideBySide.test(l));
      blocks.push({ kind: "side", rows: rows.map(sideParts) });
      i += rows.length;
    } else {
      blocks.push({ kind: "line", text: line });
      i += 1;
    }
  }
  return blocks;
}

/** Splits text into lines that fit the width by words only (table cells: a cell never hyphenates). */
function wrapWords(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  lines.push(current);
  return lines;
}

const TABLE = { size: 9.5, leading: 12, padding: 6, rowPadding: 3.6 };

/** A page being written: pdf-lib's page and the baseline of the next line. */
interface Cursor {
  pdf: PDFDocument;
  page: PDFPage;
  y: number;
}

function newPage(cursor: Cursor): void {
  cursor.page = cursor.pdf.addPage([PAGE.width, PAGE.height]);
  cursor.y = PAGE.height - PAGE.margin;
}

/** Makes room for `height` points, on a new page if this one is full. */
function room(cursor: Cursor, height: number): void {
  if (cursor.y - height < PAGE.bottom) newPage(cursor);
}

/** A table as ruled cells: columns as wide as their content asks, cells wrapped by words, rows apart by a little more than a cell's lines. */
function drawTable(cursor: Cursor, rows: string[][], font: PDFFont): void {
  const width = PAGE.width - 2 * PAGE.margin;
  const count = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, c) => Math.max(30, ...rows.map((r) => font.widthOfTextAtSize(r[c] ?? "", TABLE.size) + 2 * TABLE.padding)));
  const total = natural.reduce((a, b) => a + b, 0);
  // Narrow columns keep their width; the others share what is left in proportion to their content.
  const widths = total <= width ? natural.map((w) => (w * width) / total) : natural.map((w) => Math.min(w, width / count));
  const spare = width - widths.reduce((a, b) => a + b, 0);
  const wide = natural.map((w, c) => w - widths[c]!);
  const wideTotal = wide.reduce((a, b) => a + b, 0);
  if (spare > 0 && wideTotal > 0) wide.forEach((w, c) => (widths[c]! += (spare * w) / wideTotal));
  const xs = widths.map((_, c) => PAGE.margin + widths.slice(0, c).reduce((a, b) => a + b, 0));
  const rule = (y: number) => cursor.page.drawLine({ start: { x: PAGE.margin, y }, end: { x: PAGE.margin + width, y }, thickness: 0.5 });
  for (const row of rows) {
    const cells = xs.map((_, c) => wrapWords(row[c] ?? "", font, TABLE.size, widths[c]! - 2 * TABLE.padding));
    const lines = Math.max(...cells.map((c) => c.length));
    const height = lines * TABLE.leading + TABLE.rowPadding;
    room(cursor, height);
    const top = cursor.y + TABLE.size;
    rule(top);
    cells.forEach((cell, c) =>
      cell.forEach((text, l) => {
        if (text !== "") cursor.page.drawText(text, { x: xs[c]! + TABLE.padding, y: cursor.y - l * TABLE.leading, size: TABLE.size, font });
      }),
    );
    cursor.y -= height;
    rule(cursor.y + TABLE.size);
    for (const x of [...xs, PAGE.margin + width]) cursor.page.drawLine({ start: { x, y: top }, end: { x, y: cursor.y + TABLE.size }, thickness: 0.5 });
  }
}

/** Side-by-side lines with each part at the x of its character column, the columns apart by at least four spaces' width. */
function drawSide(cursor: Cursor, rows: Array<Array<{ column: number; text: string }>>, font: PDFFont): void {
  const starts = [...new Set(rows.flatMap((r) => r.map((p) => p.column)))].sort((a, b) => a - b);
  const columns: number[] = [];
  for (const start of starts) if (columns.length === 0 || start - columns[columns.length - 1]! > 2) columns.push(start);
  const columnOf = (start: number) => columns.filter((c) => c <= start + 2).length - 1;
  const xs: number[] = [];
  columns.forEach((column, c) => {
    const previous = rows.flatMap((r) => r.filter((p) => columnOf(p.column) === c - 1)).map((p) => font.widthOfTextAtSize(p.text, PAGE.size));
    xs.push(Math.max(PAGE.margin + column * 5.2, c === 0 ? PAGE.margin : xs[c - 1]! + Math.max(0, ...previous) + 24));
  });
  for (const row of rows) {
    room(cursor, PAGE.leading);
    for (const part of row) cursor.page.drawText(part.text, { x: xs[columnOf(part.column)]!, y: cursor.y, size: PAGE.size, font });
    cursor.y -= PAGE.leading;
  }
}

/** Lines of the body in two columns, each page's columns balanced and broken at a blank line where one is near. */
function drawColumns(cursor: Cursor, lines: string[], font: PDFFont): void {
  const gutter = 24;
  const width = (PAGE.width - 2 * PAGE.margin - gutter) / 2;
  // Narrow columns break lines by words only: a word cut without its syllables would be no word any reader knows.
  const flow = lines.flatMap((line) => wrapWords(line, font, PAGE.size, width));
  const perColumn = Math.floor((cursor.y - PAGE.bottom) / PAGE.leading);
  const take = (max: number) => {
    while (flow[0]?.trim() === "") flow.shift();
    let count = Math.min(max, flow.length);
    if (count < flow.length) {
      const blank = flow.slice(0, count).findLastIndex((l, i) => l.trim() === "" && i >= count * 0.6);
      if (blank > 0) count = blank;
    }
    return flow.splice(0, count);
  };
  let capacity = perColumn;
  while (flow.length > 0) {
    // The last page's columns are balanced; a right column of a few lines would not read as a column, so those stay left.
    const remaining = flow.length;
    const half = Math.ceil(remaining / 2);
    const left = take(remaining > 2 * capacity ? capacity : remaining - half < 6 && remaining <= capacity ? remaining : half);
    const right = take(capacity);
    [left, right].forEach((column, c) =>
      column.forEach((line, i) => {
        if (line.trim() !== "") cursor.page.drawText(line, { x: PAGE.margin + c * (width + gutter), y: cursor.y - i * PAGE.leading, size: PAGE.size, font });
      }),
    );
    cursor.y -= Math.max(left.length, right.length) * PAGE.leading;
    if (flow.length > 0) {
      newPage(cursor);
      capacity = Math.floor((cursor.y - PAGE.bottom) / PAGE.leading);
    }
  }
}

async function makePdf(text: string, layout: PdfLayout): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer("bildungspartner-rules examples");
  pdf.setCreator("generate-documents.ts");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const cursor: Cursor = { pdf, page: pdf.addPage([PAGE.width, PAGE.height]), y: PAGE.height - PAGE.margin };
  let blocks: Block[] = layout === "plain" ? text.replace(/\r\n/g, "\n").split("\n").map((line) => ({ kind: "line", text: line })) : blocksOf(text);
  if (layout === "columns") {
    const firstSide = blocks.findIndex((b) => b.kind !== "line");
    const tail = firstSide < 0 ? blocks.length : firstSide;
    drawColumns(cursor, blocks.slice(0, tail).flatMap((b) => (b.kind === "line" ? [b.text] : [])), font);
    blocks = blocks.slice(tail);
    if (blocks.length > 0) newPage(cursor);
  }
  for (const block of blocks) {
    if (block.kind === "table") drawTable(cursor, block.rows, font);
    else if (block.kind === "side") drawSide(cursor, block.rows, font);
    else
      for (const line of wrap(block.text, font, PAGE.width - 2 * PAGE.margin)) {
        room(cursor, PAGE.leading);
        if (line.trim() !== "") cursor.page.drawText(line, { x: PAGE.margin, y: cursor.y, size: PAGE.size, font });
        cursor.y -= PAGE.leading;
      }
  }
  return pdf.save({ useObjectStreams: false });
}

/** Word tables for a text's `| … |` and "a | b" tables (ruled) and its runs of side-by-side lines (without borders, as signature blocks are set). */
async function makeDocx(text: string): Promise<Uint8Array> {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const table = (rows: string[][], ruled: boolean) => {
    const count = Math.max(...rows.map((r) => r.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(ruled ? {} : { borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none } }),
      rows: rows.map((row) => new TableRow({ children: Array.from({ length: count }, (_, c) => new TableCell({ children: [new Paragraph(row[c] ?? "")] })) })),
    });
  };
  const children = blocksOf(text).map((block) => {
    if (block.kind === "line") return new Paragraph(block.text);
    if (block.kind === "table") return table(block.rows, true);
    const starts = [...new Set(block.rows.flatMap((r) => r.map((p) => p.column)))].sort((a, b) => a - b);
    const columns: number[] = [];
    for (const start of starts) if (columns.length === 0 || start - columns[columns.length - 1]! > 2) columns.push(start);
    const columnOf = (start: number) => columns.filter((c) => c <= start + 2).length - 1;
    return table(
      block.rows.map((row) => {
        const cells = columns.map(() => "");
        for (const part of row) cells[columnOf(part.column)] = part.text;
        return cells;
      }),
      false,
    );
  });
  const doc = new Document({ creator: "bildungspartner-rules examples", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Whether LibreOffice's `soffice` runs here (it need not: see the top of the file). */
function hasSoffice(): boolean {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  return probe.status === 0;
}

/** The pages of a scanned-looking text: its inline running headers and "Seite n von m" lines removed. */
function framedPages(text: string, header: string): string[][] {
  const pages: string[][] = [[]];
  for (const line of text.replace(/\r\n/g, "\n").split("\n")) {
    if (line.startsWith(header)) continue;
    if (/^\s*Seite \d+ von \d+\s*$/.test(line)) {
      pages.push([]);
      continue;
    }
    pages[pages.length - 1]!.push(line);
  }
  const nonEmpty = pages.filter((page) => page.some((line) => line.trim() !== ""));
  // Blank lines around a page break are the scan's margins, not text.
  return nonEmpty.map((page) => {
    const first = page.findIndex((line) => line.trim() !== "");
    const last = page.length - 1 - [...page].reverse().findIndex((line) => line.trim() !== "");
    return page.slice(first, last + 1);
  });
}

/** A DOCX for LibreOffice to print: one paragraph per line, German hyphenation, optional page frame. */
async function makeOfficeDocx(text: string, frame?: { header: string; pageInHeader?: boolean }): Promise<Uint8Array> {
  const run = { font: "Liberation Sans", size: 21, language: { value: "de-DE" } };
  const paragraph = (line: string, pageBreakBefore = false) =>
    new Paragraph({ children: [new TextRun({ text: line })], pageBreakBefore });
  const children = frame
    ? framedPages(text, frame.header).flatMap((page, n) => page.map((line, i) => paragraph(line, n > 0 && i === 0)))
    : text.replace(/\r\n/g, "\n").split("\n").map((line) => paragraph(line));
  const headers = frame && {
    default: new Header({
      children: [
        new Paragraph({
          children: frame.pageInHeader
            ? [new TextRun({ text: `${frame.header}    - ` }), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun({ text: " -" })]
            : [new TextRun({ text: `${frame.header}    Kooperationsvereinbarung` })],
        }),
      ],
    }),
  };
  const footers = frame && {
    default: new Footer({
      children: [new Paragraph({ children: [new TextRun({ children: ["Seite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES] })] })],
    }),
  };
  const doc = new Document({
    creator: "bildungspartner-rules examples",
    features: { updateFields: false },
    hyphenation: { autoHyphenation: true },
    styles: { default: { document: { run } } },
    sections: [
      {
        // Narrow columns for the scanned-looking texts, as a typewriter page or a fax would have.
        properties: { page: { margin: frame ? { left: 1700, right: 2800, top: 1400, bottom: 1400 } : { left: 1300, right: 1300 } } },
        ...(headers ? { headers } : {}),
        ...(footers ? { footers } : {}),
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** LibreOffice's PDF of a text, with fixed dates so that regenerating changes nothing but content. */
async function makeOfficePdf(name: string, text: string, frame?: { header: string; pageInHeader?: boolean }): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "bildungspartner-office-"));
  try {
    writeFileSync(join(dir, `${name}.docx`), await makeOfficeDocx(text, frame));
    const result = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, `${name}.docx`)],
      { encoding: "utf8", timeout: 120_000 },
    );
    const pdfPath = join(dir, `${name}.pdf`);
    if (result.status !== 0 || !existsSync(pdfPath)) throw new Error(`soffice failed for ${name}: ${result.stderr || result.stdout}`);
    const pdf = await PDFDocument.load(readFileSync(pdfPath), { updateMetadata: false });
    pdf.setCreationDate(FIXED_DATE);
    pdf.setModificationDate(FIXED_DATE);
    pdf.setTitle(name);
    return pdf.save({ useObjectStreams: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A grey-scale PNG that looks like a scanned page: lines of "text" as dark bars. */
function scannedPagePng(width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const inLine = y % 24 >= 8 && y % 24 < 16 && x > 40 && x < width - 40 - ((y * 7) % 90);
      raw[y * (width + 1) + 1 + x] = inLine && (x * 13 + y) % 11 !== 0 ? 40 : 245;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

async function makeScan(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const image = await pdf.embedPng(scannedPagePng(496, 702));
  for (let n = 0; n < 2; n++) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
  }
  return pdf.save({ useObjectStreams: false });
}

/**
 * Writes every generated document into `outDir`; returns the file names written. LibreOffice's PDFs
 * are converted afresh only with `office: true` (the command line sets it when `soffice` runs here);
 * otherwise the committed ones are copied, so tests never need LibreOffice and stay fast.
 */
export async function generateDocuments(outDir: string, { office = false }: { office?: boolean } = {}): Promise<string[]> {
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(outDir, name), bytes);
    written.push(name);
  };
  for (const { name, layout } of pdfLibVersions) write(`${name}.pdf`, await makePdf(readFileSync(join(here, `${name}.txt`), "utf8"), layout));
  const committed = join(here, "documents");
  for (const { name, frame } of officePdfVersions) {
    if (office) write(`${name}.pdf`, await makeOfficePdf(name, readFileSync(join(here, `${name}.txt`), "utf8"), frame));
    else if (resolve(outDir) === resolve(committed)) written.push(`${name}.pdf`); // already there
    else {
      copyFileSync(join(committed, `${name}.pdf`), join(outDir, `${name}.pdf`));
      written.push(`${name}.pdf`);
    }
  }
  for (const name of docxVersions.filter((n) => !joinedBlindDocxs.some((v) => v.name === n))) write(`${name}.docx`, await makeDocx(readFileSync(join(here, `${name}.txt`), "utf8")));
  // a joined blind set's documents, by the writer its author used
  await writeBlindDocuments(here, joinedBlindPdfs, joinedBlindDocxs, outDir);
  for (const { name } of joinedBlindPdfs) written.push(`${name}.pdf`);
  for (const { name } of joinedBlindDocxs) written.push(`${name}.docx`);
  write(scanName, await makeScan());
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const office = hasSoffice();
  if (!office) console.warn("soffice nicht gefunden: LibreOffice-PDFs bleiben wie eingecheckt / soffice not found: LibreOffice PDFs kept as committed");
  const names = await generateDocuments(join(here, "documents"), { office });
  console.log(`${names.length} Dateien in documents/ geschrieben / files written: ${names.join(", ")}`);
}
