import { constants, crc32, deflateRawSync } from "node:zlib";
import { PDFDocument, StandardFonts } from "pdf-lib";

// Hostile agreement files, made in the tests themselves so that none has to be committed.

/** One part of a zip archive: its compressed bytes and what the archive's directory claims about it. */
export interface ZipPart {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The uncompressed size the directory declares (a zip bomb may lie here). */
  size: number;
  crc?: number;
}

/** A zip archive of the given parts, written by hand so that its directory can say anything. */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, part.method, true);
    local.setUint16(12, 0x21, true);
    local.setUint32(14, part.crc ?? 0, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.size, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, part.method, true);
    entry.setUint16(14, 0x21, true);
    entry.setUint32(16, part.crc ?? 0, true);
    entry.setUint32(20, part.data.length, true);
    entry.setUint32(24, part.size, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/** A deflated part stored honestly, with its real size and checksum. */
export function deflated(name: string, text: string): ZipPart {
  const raw = new TextEncoder().encode(text);
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

/**
 * A deflate stream that unpacks to `megabytes` MB of zeros from about a thousandth of that: the same
 * flushed block repeated, then an empty final block. Built without ever holding the unpacked bytes.
 */
export function deflateBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** The parts of a minimal DOCX around a given `word/document.xml`. */
export function docx(document: ZipPart): Uint8Array {
  return zip([deflated("[Content_Types].xml", contentTypes), deflated("_rels/.rels", rels), document]);
}

/** A `word/document.xml` with one paragraph per line of `text`. */
export function documentXml(text: string): string {
  const paragraphs = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
}

/** A PDF of `count` pages without any text. */
export async function emptyPagesPdf(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < count; i++) pdf.addPage([200, 200]);
  return pdf.save();
}

/** A one-page PDF with the given lines of text. */
export async function textPdf(lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 16, size: 11, font }));
  return pdf.save();
}

/**
 * A PDF encrypted with the standard security handler whose user password is not empty: its /O and
 * /U entries match no password a reader can guess, exactly as a file protected with an unknown
 * password looks to a reader.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (byte: number) => byte.toString(16).padStart(2, "0").repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(0x5a)}> /U <${hex(0xa5)}> /P -4 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"ab".repeat(16)}> <${"ab".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
