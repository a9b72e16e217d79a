// Writes PDF and DOCX versions of some corpus texts, and a scanned PDF without a text layer, into
// documents/. Run: pnpm --filter @bildungspartner/example-agreements generate
// The PDFs wrap long lines and hyphenate long words at the line end, as word processors do, so the
// golden tests also exercise the normalisation of extracted text.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";

const here = fileURLToPath(new URL("../", import.meta.url));

/** Corpus texts that get a PDF version. */
export const pdfVersions = [
  "01-musterschule-stadtarchiv",
  "02-gesamtschule-stadtbibliothek",
  "03-realschule-museum-schuljahre",
  "06-berufskolleg-vhs-eine-klasse",
  "10-drei-partner",
  "13-nur-beginn-projektwoche",
];
/** Corpus texts that get a DOCX version. */
export const docxVersions = [
  "01-musterschule-stadtarchiv",
  "04-grundschule-musikschule-verlaengerung",
  "05-hauptschule-sportverein-funktionspostfach",
  "10-drei-partner",
  "14-zielgruppe-jahrgaenge",
];
/** The scanned agreement: pages that are only images. */
export const scanName = "scan-ohne-textebene.pdf";

const FIXED_DATE = new Date("2025-06-01T08:00:00Z");
const PAGE = { width: 595.28, height: 841.89, margin: 56, size: 10.5, leading: 14, linesPerPage: 40 };

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

async function makePdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setProducer("bildungspartner-rules examples");
  pdf.setCreator("generate-documents.ts");
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const width = PAGE.width - 2 * PAGE.margin;
  const lines = text.replace(/\r\n/g, "\n").split("\n").flatMap((line) => wrap(line, font, width));
  for (let first = 0; first < lines.length; first += PAGE.linesPerPage) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    lines.slice(first, first + PAGE.linesPerPage).forEach((line, i) => {
      if (line.trim() === "") return;
      page.drawText(line, { x: PAGE.margin, y: PAGE.height - PAGE.margin - i * PAGE.leading, size: PAGE.size, font });
    });
  }
  return pdf.save({ useObjectStreams: false });
}

async function makeDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: "bildungspartner-rules examples",
    sections: [{ children: text.replace(/\r\n/g, "\n").split("\n").map((line) => new Paragraph(line)) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
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

/** Writes every generated document into `outDir`; returns the file names written. */
export async function generateDocuments(outDir: string): Promise<string[]> {
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(outDir, name), bytes);
    written.push(name);
  };
  for (const name of pdfVersions) write(`${name}.pdf`, await makePdf(readFileSync(join(here, `${name}.txt`), "utf8")));
  for (const name of docxVersions) write(`${name}.docx`, await makeDocx(readFileSync(join(here, `${name}.txt`), "utf8")));
  write(scanName, await makeScan());
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = await generateDocuments(join(here, "documents"));
  console.log(`${names.length} Dateien in documents/ geschrieben / files written: ${names.join(", ")}`);
}
