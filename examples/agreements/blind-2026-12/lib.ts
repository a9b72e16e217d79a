// Layout helpers for the blind set's documents: one block model, three outputs (PDF with pdf-lib,
// DOCX with docx, and the plain-text twin). The text twin of a PDF follows the PDF's own lines and
// pages (running header and "Seite n von m" footer included), as a person who copies the text out
// of the PDF would save it; the text twin of a DOCX keeps one line per paragraph.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

export type Block =
  | { t: "h"; text: string; level?: 1 | 2 | 3 }
  | { t: "p"; text: string; bold?: boolean; small?: boolean }
  | { t: "gap" }
  | { t: "li"; text: string; mark?: string }
  | { t: "box"; checked: boolean; text: string }
  | { t: "table"; rows: string[][]; widths: number[]; ruled?: boolean; head?: boolean; txt?: "pipe" | "tab" }
  | { t: "twocol"; left: Block[]; right: Block[] }
  | { t: "page" };

export interface Doc {
  name: string;
  /** Running page header (PDF only), printed on every page. */
  header?: string;
  /** "Seite n von m" footer (PDF only). */
  pageNumbers?: boolean;
  blocks: Block[];
}

const FIXED_DATE = new Date("2026-12-07T08:00:00Z");
const A4 = { width: 595.28, height: 841.89 };
const M = { left: 62, right: 62, top: 70, bottom: 72 };
const SIZE = 10;
const LEAD = 13.2;

/** Characters the standard fonts (WinAnsi) cannot draw. */
const pdfSafe = (s: string) => s.replace(/☒/g, "[x]").replace(/☐/g, "[ ]");

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const hard of text.split("\n")) {
    let current = "";
    for (const word of hard.split(" ")) {
      const candidate = current === "" ? word : `${current} ${word}`;
      if (font.widthOfTextAtSize(pdfSafe(candidate), size) <= width || current === "") current = candidate;
      else {
        out.push(current);
        current = word;
      }
    }
    out.push(current);
  }
  return out;
}

type Op =
  | { k: "text"; x: number; y: number; s: string; bold?: boolean; size?: number }
  | { k: "line"; x1: number; y1: number; x2: number; y2: number };

interface Page {
  ops: Op[];
  txt: string[];
}

/** Lays the blocks out on pages; returns draw operations and the text lines per page. */
function layout(doc: Doc, f: Fonts): Page[] {
  const pages: Page[] = [{ ops: [], txt: [] }];
  const width = A4.width - M.left - M.right;
  let y = A4.height - M.top;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push({ ops: [], txt: [] });
    y = A4.height - M.top;
  };

  // Lays blocks into a column; `emit` false only measures.
  const column = (blocks: Block[], x: number, w: number, y0: number, ops: Op[], txt: string[], paged: boolean): number => {
    let yy = y0;
    for (const b of blocks) {
      const place = (h: number) => {
        if (paged && yy - h < M.bottom) {
          newPage();
          yy = y;
          ops = page().ops;
          txt = page().txt;
        }
      };
      switch (b.t) {
        case "page":
          if (!paged) throw new Error("page break inside a column");
          newPage();
          yy = y;
          ops = page().ops;
          txt = page().txt;
          break;
        case "gap":
          yy -= LEAD * 0.7;
          txt.push("");
          break;
        case "h": {
          const size = b.level === 1 ? 13.5 : b.level === 3 ? 10.5 : 11.5;
          const lines = wrap(b.text, f.bold, size, w);
          place(lines.length * size * 1.35 + 6);
          yy -= 4;
          for (const line of lines) {
            yy -= size * 1.3;
            ops.push({ k: "text", x, y: yy, s: line, bold: true, size });
            txt.push(line);
          }
          yy -= 4;
          break;
        }
        case "p":
        case "li":
        case "box": {
          const size = b.t === "p" && b.small ? 8.5 : SIZE;
          const font = b.t === "p" && b.bold ? f.bold : f.regular;
          const prefix = b.t === "li" ? (b.mark ?? "–") + " " : b.t === "box" ? (b.checked ? "☒ " : "☐ ") : "";
          const indent = prefix === "" ? 0 : 16;
          const lines = wrap(b.text, font, size, w - indent);
          lines.forEach((line, i) => {
            place(LEAD);
            yy -= size === SIZE ? LEAD : LEAD * 0.85;
            if (i === 0 && prefix !== "") ops.push({ k: "text", x, y: yy, s: prefix.trim(), size });
            ops.push({ k: "text", x: x + indent, y: yy, s: line, bold: b.t === "p" && b.bold === true, size });
            txt.push(i === 0 ? prefix + line : line);
          });
          break;
        }
        case "table": {
          const total = b.widths.reduce((a, c) => a + c, 0);
          const colW = b.widths.map((c) => (c / total) * w);
          const pad = 4;
          for (const [r, row] of b.rows.entries()) {
            const bold = b.head === true && r === 0;
            const cells = row.map((cell, i) => wrap(cell, bold ? f.bold : f.regular, 9.5, colW[i]! - 2 * pad));
            const h = Math.max(...cells.map((c) => c.length)) * 12 + 2 * pad;
            place(h);
            let cx = x;
            cells.forEach((lines, i) => {
              lines.forEach((line, j) => ops.push({ k: "text", x: cx + pad, y: yy - pad - 9.5 - j * 12, s: line, bold, size: 9.5 }));
              if (b.ruled) {
                ops.push({ k: "line", x1: cx, y1: yy, x2: cx, y2: yy - h });
              }
              cx += colW[i]!;
            });
            if (b.ruled) {
              ops.push({ k: "line", x1: x, y1: yy, x2: x + w, y2: yy });
              ops.push({ k: "line", x1: x, y1: yy - h, x2: x + w, y2: yy - h });
              ops.push({ k: "line", x1: x + w, y1: yy, x2: x + w, y2: yy - h });
            }
            yy -= h;
            txt.push(...tableTxt(b, r));
          }
          yy -= 4;
          break;
        }
        case "twocol": {
          if (!paged) throw new Error("nested columns");
          const gapW = 18;
          const half = (w - gapW) / 2;
          const leftTxt: string[] = [];
          const rightTxt: string[] = [];
          const leftOps: Op[] = [];
          const rightOps: Op[] = [];
          const yl = column(b.left, x, half, yy, leftOps, leftTxt, false);
          const yr = column(b.right, x + half + gapW, half, yy, rightOps, rightTxt, false);
          const bottom = Math.min(yl, yr);
          if (bottom < M.bottom) throw new Error(`two columns do not fit the page in ${doc.name}`);
          ops.push(...leftOps, ...rightOps);
          txt.push(...leftTxt, ...rightTxt);
          yy = bottom;
          break;
        }
      }
      if (paged) y = yy;
    }
    return yy;
  };
  column(doc.blocks, M.left, width, y, page().ops, page().txt, true);
  return pages;
}

function tableTxt(b: Extract<Block, { t: "table" }>, r: number): string[] {
  const mode = b.txt ?? (b.ruled ? "pipe" : "cols");
  const cellLines = (c: string) => c.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  if (mode === "cols") {
    // Space-aligned columns, each line of a cell on its own line, as a signature block is typed.
    const widths = b.rows[0]!.map((_, i) => Math.max(...b.rows.flatMap((row) => cellLines(row[i] ?? "").map((l) => l.length))) + 6);
    const cells = b.rows[r]!.map(cellLines);
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, j) =>
      cells.map((c, i) => (i === cells.length - 1 ? (c[j] ?? "") : (c[j] ?? "").padEnd(widths[i]!))).join("").trimEnd(),
    );
  }
  const row = b.rows[r]!.map((c) => cellLines(c).join(", "));
  if (mode === "tab") return [row.join("\t")];
  const line = `| ${row.join(" | ")} |`;
  if (b.head && r === 0) return [line, `|${row.map(() => "---").join("|")}|`];
  return [line];
}

export async function makePdf(doc: Doc): Promise<{ pdf: Uint8Array; txt: string }> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer("bildungspartner-rules blind set");
  pdf.setCreator("blind-2026-12/generate.ts");
  pdf.setTitle(doc.name);
  const f: Fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const pages = layout(doc, f);
  const n = pages.length;
  const txt: string[] = [];
  pages.forEach((p, i) => {
    const page: PDFPage = pdf.addPage([A4.width, A4.height]);
    if (doc.header) {
      page.drawText(doc.header, { x: M.left, y: A4.height - 40, size: 8, font: f.regular, color: rgb(0.3, 0.3, 0.3) });
      page.drawLine({ start: { x: M.left, y: A4.height - 45 }, end: { x: A4.width - M.right, y: A4.height - 45 }, thickness: 0.4, color: rgb(0.4, 0.4, 0.4) });
      txt.push(doc.header);
    }
    for (const op of p.ops) {
      if (op.k === "text") page.drawText(pdfSafe(op.s), { x: op.x, y: op.y, size: op.size ?? SIZE, font: op.bold ? f.bold : f.regular });
      else page.drawLine({ start: { x: op.x1, y: op.y1 }, end: { x: op.x2, y: op.y2 }, thickness: 0.6 });
    }
    txt.push(...p.txt);
    if (doc.pageNumbers) {
      const s = `Seite ${i + 1} von ${n}`;
      page.drawText(s, { x: (A4.width - f.regular.widthOfTextAtSize(s, 8)) / 2, y: 40, size: 8, font: f.regular });
      txt.push("", s);
      if (i < n - 1) txt.push("");
    }
  });
  return { pdf: await pdf.save({ useObjectStreams: false }), txt: txt.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n" };
}

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const single = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function docxBlocks(blocks: Block[]): Array<Paragraph | Table> {
  const lines = (text: string, bold?: boolean) =>
    text.split("\n").map((line, i) => new TextRun({ text: line, bold: bold === true, ...(i > 0 ? { break: 1 } : {}) }));
  return blocks.flatMap((b): Array<Paragraph | Table> => {
    switch (b.t) {
      case "h":
        return [new Paragraph({ children: lines(b.text), heading: b.level === 1 ? HeadingLevel.HEADING_1 : b.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2 })];
      case "p":
        return [new Paragraph({ children: lines(b.text, b.bold) })];
      case "gap":
        return [new Paragraph({ children: [] })];
      case "li":
        return [new Paragraph({ children: lines(b.text), bullet: { level: 0 } })];
      case "box":
        return [new Paragraph({ children: lines(`${b.checked ? "☒" : "☐"} ${b.text}`) })];
      case "page":
        return [new Paragraph({ children: [new PageBreak()] })];
      case "twocol":
        return [...docxBlocks(b.left), ...docxBlocks(b.right)];
      case "table": {
        const total = b.widths.reduce((a, c) => a + c, 0);
        const border = b.ruled ? single : none;
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
            rows: b.rows.map(
              (row, r) =>
                new TableRow({
                  tableHeader: b.head === true && r === 0,
                  children: row.map(
                    (cell, i) =>
                      new TableCell({
                        width: { size: Math.round((b.widths[i]! / total) * 100), type: WidthType.PERCENTAGE },
                        children: [new Paragraph({ children: lines(cell, b.head === true && r === 0), alignment: AlignmentType.LEFT })],
                      }),
                  ),
                }),
            ),
          }),
          new Paragraph({ children: [] }),
        ];
      }
    }
  });
}

/** The text twin of a DOCX: one line per paragraph, tables as rows, lists with a dash. */
export function docxTxt(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case "h":
      case "p":
        out.push(b.text);
        break;
      case "gap":
        out.push("");
        break;
      case "li":
        out.push(`${b.mark ?? "-"} ${b.text}`);
        break;
      case "box":
        out.push(`${b.checked ? "☒" : "☐"} ${b.text}`);
        break;
      case "page":
        break;
      case "twocol":
        out.push(docxTxt(b.left).trimEnd(), docxTxt(b.right).trimEnd());
        break;
      case "table":
        b.rows.forEach((_, r) => out.push(...tableTxt(b, r)));
        out.push("");
        break;
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

export async function makeDocx(doc: Doc): Promise<{ docx: Uint8Array; txt: string }> {
  const d = new Document({
    creator: "bildungspartner-rules blind set",
    title: doc.name,
    styles: { default: { document: { run: { font: "Arial", size: 21 } } } },
    sections: [{ children: docxBlocks(doc.blocks) }],
  });
  return { docx: new Uint8Array(await Packer.toBuffer(d)), txt: docxTxt(doc.blocks) };
}
