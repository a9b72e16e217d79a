// Writes PDF and DOCX versions of some corpus texts, and a scanned PDF without a text layer, into
// documents/. Run by hand: pnpm --filter @bildungspartner/example-agreements generate
// Two PDF writers: pdf-lib (here: wraps long lines and hyphenates long words at the line end, as
// word processors do) and LibreOffice (a real word processor: the script writes a DOCX, with page
// headers and footers for the scanned-looking texts, and converts it with `soffice --headless
// --convert-to pdf`, German automatic hyphenation on). LibreOffice is only needed to regenerate
// those PDFs, by hand: they are committed; the command line converts them afresh when `soffice` is
// on the PATH, and `generateDocuments` (as the tests call it) copies the committed files. The
// golden tests read all PDFs as extracted text.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";

const here = fileURLToPath(new URL("../", import.meta.url));

/** Corpus texts whose PDF pdf-lib writes (see `makePdf`). */
export const pdfLibVersions = [
  "01-musterschule-stadtarchiv",
  "02-gesamtschule-stadtbibliothek",
  "03-realschule-museum-schuljahre",
  "06-berufskolleg-vhs-eine-klasse",
  "10-drei-partner",
  "13-nur-beginn-projektwoche",
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
/** Corpus texts that get a PDF version, whichever writer makes it. */
export const pdfVersions = [...pdfLibVersions, ...officePdfVersions.map((v) => v.name)];
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
  for (const name of pdfLibVersions) write(`${name}.pdf`, await makePdf(readFileSync(join(here, `${name}.txt`), "utf8")));
  const committed = join(here, "documents");
  for (const { name, frame } of officePdfVersions) {
    if (office) write(`${name}.pdf`, await makeOfficePdf(name, readFileSync(join(here, `${name}.txt`), "utf8"), frame));
    else if (resolve(outDir) === resolve(committed)) written.push(`${name}.pdf`); // already there
    else {
      copyFileSync(join(committed, `${name}.pdf`), join(outDir, `${name}.pdf`));
      written.push(`${name}.pdf`);
    }
  }
  for (const name of docxVersions) write(`${name}.docx`, await makeDocx(readFileSync(join(here, `${name}.txt`), "utf8")));
  write(scanName, await makeScan());
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const office = hasSoffice();
  if (!office) console.warn("soffice nicht gefunden: LibreOffice-PDFs bleiben wie eingecheckt / soffice not found: LibreOffice PDFs kept as committed");
  const names = await generateDocuments(join(here, "documents"), { office });
  console.log(`${names.length} Dateien in documents/ geschrieben / files written: ${names.join(", ")}`);
}
