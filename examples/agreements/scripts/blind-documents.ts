// The PDF and DOCX versions of a blind set's agreements, shared by the sets' generate.ts files
// (blind-2026-12-2, blind-2026-12-3) and by the corpus's for blind-2026-12-4, which joined it: the words come from each .txt twin, so both say
// the same; how each document is laid out — ruled tables, forms with tick boxes, two columns, landscape
// pages, a running header and "Seite n von m" footers, a signature page, Word headings, tables, lists,
// running headers, page-number footers and columns — is the data the set passes in.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** How one PDF of a blind set is laid out. */
export type PdfSpec = {
  name: string;
  /** tables: `| … |` rows as ruled tables, side-by-side lines as aligned cells. columns: two-column body. */
  layout: "tables" | "columns";
  /** lines set in bold as headings */
  headings: string[];
  /** a line from which the rest is set on full width on a new page (columns) or a page break before it */
  breakBefore?: string;
  /** running header: lines equal to it are drawn at the top of each page; "Seite n von m" lines at the bottom end a page */
  runningHeader?: string;
  fontSize?: number;
  landscape?: boolean;
};

/** How one DOCX of a blind set is laid out. */
export type DocxSpec = {
  name: string;
  headings: string[];
  title: string[];
  /** running header: lines equal to it are set in the page header instead of the body */
  runningHeader?: string;
  /** "Seite n von m" lines are left out of the body and every page gets a footer with Word's page fields */
  pageFooter?: boolean;
  /** the body set in this many newspaper columns */
  columns?: number;
};

const readLines = (folder: string, name: string): string[] => readFileSync(join(folder, `${name}.txt`), "utf8").replace(/\n+$/, "").split("\n");
const isRow = (line: string) => line.trimStart().startsWith("|");
const cellsOf = (line: string) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
/** side-by-side text: two parts separated by six or more spaces */
const sideBySide = (line: string): string[] | undefined => {
  const parts = line.split(/ {6,}/).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 2 ? parts : undefined;
};
const pageLine = /^Seite (\d+) von (\d+)$/;

// ---------------------------------------------------------------- PDF

/** the page size in force: A4 portrait, or A4 landscape for a folded leaflet */
let A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  if (text === "") return [""];
  const words = text.split(" ");
  const out: string[] = [];
  let line = "";
  for (const w of words) {
    const candidate = line === "" ? w : `${line} ${w}`;
    if (font.widthOfTextAtSize(candidate, size) <= width || line === "") line = candidate;
    else {
      out.push(line);
      line = w;
    }
  }
  out.push(line);
  return out;
}

class PdfWriter {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    readonly size: number,
    readonly header?: string,
  ) {
    this.newPage();
  }
  get lead() {
    return this.size * 1.35;
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
    if (this.header) {
      this.page.drawText(this.header, { x: MARGIN, y: A4[1] - 34, size: 8, font: this.font, color: rgb(0.35, 0.35, 0.35) });
      this.page.drawLine({ start: { x: MARGIN, y: A4[1] - 38 }, end: { x: A4[0] - MARGIN, y: A4[1] - 38 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
    }
  }
  ensure(height: number) {
    if (this.y - height < MARGIN + 10) this.newPage();
  }
  text(line: string, opts: { x?: number; width?: number; bold?: boolean } = {}) {
    const x = opts.x ?? MARGIN;
    const width = opts.width ?? A4[0] - 2 * MARGIN;
    const font = opts.bold ? this.bold : this.font;
    for (const l of wrap(line, font, this.size, width)) {
      this.ensure(this.lead);
      this.y -= this.lead;
      if (l !== "") this.page.drawText(l, { x, y: this.y, size: this.size, font });
    }
  }
  /** a ruled table; column widths follow the longest cell of each column */
  table(rows: string[][]) {
    const n = Math.max(...rows.map((r) => r.length));
    const total = A4[0] - 2 * MARGIN;
    const pad = 3;
    // every column at least as wide as its longest word (an e-mail address must not leave its cell),
    // the rest shared by the length of the longest cell
    const minimum = Array.from({ length: n }, (_, i) =>
      Math.max(20, ...rows.flatMap((r) => (r[i] ?? "").split(" ").map((word) => this.bold.widthOfTextAtSize(word, this.size) + 2 * pad + 1))),
    );
    const longest = Array.from({ length: n }, (_, i) => Math.max(4, ...rows.map((r) => Math.min(40, (r[i] ?? "").length))));
    const spare = Math.max(0, total - minimum.reduce((a, b) => a + b, 0));
    const sum = longest.reduce((a, b) => a + b, 0);
    const widths = minimum.map((m, i) => m + (longest[i]! / sum) * spare);
    for (const [ri, row] of rows.entries()) {
      const wrapped = widths.map((w, i) => wrap(row[i] ?? "", ri === 0 ? this.bold : this.font, this.size, w - 2 * pad));
      const height = Math.max(...wrapped.map((c) => c.length)) * this.lead + 2 * pad;
      this.ensure(height);
      let x = MARGIN;
      const top = this.y;
      for (const [i, lines] of wrapped.entries()) {
        this.page.drawRectangle({ x, y: top - height, width: widths[i]!, height, borderWidth: 0.6, borderColor: rgb(0.2, 0.2, 0.2) });
        let ly = top - pad;
        for (const l of lines) {
          ly -= this.lead;
          if (l !== "") this.page.drawText(l, { x: x + pad, y: ly + 3, size: this.size, font: ri === 0 ? this.bold : this.font });
        }
        x += widths[i]!;
      }
      this.y = top - height;
    }
    this.y -= this.lead / 2;
  }
  /** cells side by side without rules (signature captions, "Ort, Datum" twice) */
  cells(parts: string[]) {
    const width = (A4[0] - 2 * MARGIN) / parts.length;
    const wrapped = parts.map((p) => wrap(p, this.font, this.size, width - 8));
    const height = Math.max(...wrapped.map((w) => w.length)) * this.lead;
    this.ensure(height);
    const top = this.y;
    for (const [i, lines] of wrapped.entries()) {
      let ly = top;
      for (const l of lines) {
        ly -= this.lead;
        this.page.drawText(l, { x: MARGIN + i * width, y: ly, size: this.size, font: this.font });
      }
    }
    this.y = top - height;
  }
  footer(text: string) {
    this.page.drawText(text, { x: A4[0] / 2 - this.font.widthOfTextAtSize(text, 8) / 2, y: 30, size: 8, font: this.font });
  }
}

function writeFlow(w: PdfWriter, lines: string[], spec: PdfSpec) {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (spec.breakBefore && line === spec.breakBefore && i > 0) w.newPage();
    if (spec.runningHeader && line === spec.runningHeader) {
      i++;
      continue; // drawn as the page header
    }
    const pm = pageLine.exec(line);
    if (pm) {
      w.footer(line);
      if (pm[1] !== pm[2]) w.newPage();
      i++;
      continue;
    }
    if (isRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isRow(lines[i]!)) rows.push(cellsOf(lines[i++]!));
      w.table(rows);
      continue;
    }
    const parts = sideBySide(line);
    if (parts) w.cells(parts);
    else w.text(line, { bold: spec.headings.includes(line) });
    i++;
  }
}

function writeColumns(w: PdfWriter, lines: string[], spec: PdfSpec) {
  const cut = spec.breakBefore ? lines.indexOf(spec.breakBefore) : lines.length;
  const body = lines.slice(0, cut);
  const gap = 24;
  const colWidth = (A4[0] - 2 * MARGIN - gap) / 2;
  let col = 0;
  const startY = w.y;
  for (const line of body) {
    const font = spec.headings.includes(line) ? w.bold : w.font;
    for (const l of wrap(line, font, w.size, colWidth)) {
      if (w.y - w.lead < MARGIN + 10) {
        if (col === 0) {
          col = 1;
          w.y = startY;
        } else {
          w.newPage();
          col = 0;
        }
      }
      w.y -= w.lead;
      if (l !== "") w.page.drawText(l, { x: MARGIN + col * (colWidth + gap), y: w.y, size: w.size, font });
    }
  }
  // the closing lines on full width on a page of their own
  w.newPage();
  const { breakBefore: _done, ...rest } = spec;
  writeFlow(w, lines.slice(cut), rest);
}

async function makePdf(folder: string, spec: PdfSpec, out: string): Promise<void> {
  A4 = spec.landscape ? [841.89, 595.28] : [595.28, 841.89];
  const doc = await PDFDocument.create();
  doc.setTitle(spec.name);
  doc.setCreationDate(new Date("2026-12-07T12:00:00Z"));
  doc.setModificationDate(new Date("2026-12-07T12:00:00Z"));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const lines = readLines(folder, spec.name);
  const w = new PdfWriter(doc, font, bold, spec.fontSize ?? 10, spec.runningHeader);
  if (spec.layout === "columns") writeColumns(w, lines, spec);
  else writeFlow(w, lines, spec);
  writeFileSync(join(out, `${spec.name}.pdf`), await doc.save({ useObjectStreams: false }));
}

// ---------------------------------------------------------------- DOCX

const thin = { style: BorderStyle.SINGLE, size: 4, color: "444444" };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function wordTable(rows: string[][], ruled: boolean): Table {
  const n = Math.max(...rows.map((r) => r.length));
  const border = ruled ? thin : none;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (row, ri) =>
        new TableRow({
          children: Array.from(
            { length: n },
            (_, i) =>
              new TableCell({
                width: { size: Math.floor(100 / n), type: WidthType.PERCENTAGE },
                children: [new Paragraph({ children: [new TextRun({ text: row[i] ?? "", bold: ruled && ri === 0 })] })],
              }),
          ),
        }),
    ),
  });
}

async function makeDocx(folder: string, spec: DocxSpec, out: string): Promise<void> {
  const lines = readLines(folder, spec.name);
  const children: Array<Paragraph | Table> = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line === spec.runningHeader || (spec.pageFooter && pageLine.test(line))) {
      i++;
      continue; // set in the page header or footer
    }
    if (isRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && isRow(lines[i]!)) rows.push(cellsOf(lines[i++]!));
      children.push(wordTable(rows, true));
      continue;
    }
    const parts = sideBySide(line);
    if (parts) {
      // consecutive side-by-side lines (and the signature lines between them) as one table without rules
      const rows: string[][] = [];
      while (i < lines.length) {
        const p = sideBySide(lines[i]!);
        if (!p) break;
        rows.push(p);
        i++;
      }
      children.push(wordTable(rows, false));
      continue;
    }
    if (spec.title.includes(line)) children.push(new Paragraph({ text: line, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }));
    else if (spec.headings.includes(line)) children.push(new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 }));
    else if (/^[–•-] /.test(line)) children.push(new Paragraph({ text: line.slice(2), bullet: { level: 0 } }));
    else if (line !== "") children.push(new Paragraph({ text: line }));
    i++;
  }
  const doc = new Document({
    creator: "Bildungspartner NRW blind set",
    title: spec.name,
    styles: { default: { document: { run: { font: "Arial", size: 21 } } } },
    sections: [
      {
        ...(spec.columns ? { properties: { column: { count: spec.columns, space: 567 } } } : {}),
        ...(spec.runningHeader ? { headers: { default: new Header({ children: [new Paragraph({ text: spec.runningHeader })] }) } } : {}),
        ...(spec.pageFooter
          ? {
              footers: {
                default: new Footer({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [new TextRun({ children: ["Seite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES] })],
                    }),
                  ],
                }),
              },
            }
          : {}),
        children,
      },
    ],
  });
  writeFileSync(join(out, `${spec.name}.docx`), await Packer.toBuffer(doc));
}

/**
 * Writes `<name>.pdf` and `<name>.docx` from the `<name>.txt` files of `folder`, as `pdfs` and `docxs`
 * lay them out, into `out` (the folder itself unless given: a joined set's go to the corpus's documents).
 */
export async function writeBlindDocuments(folder: string, pdfs: readonly PdfSpec[], docxs: readonly DocxSpec[], out = folder): Promise<void> {
  for (const spec of pdfs) await makePdf(folder, spec, out);
  for (const spec of docxs) await makeDocx(folder, spec, out);
}
