import { PDFDocument, StandardFonts } from "pdf-lib";

/** A small text PDF with one line per entry, a new page when one is full; umlauts and „…“ work (WinAnsi). */
export async function agreementPdf(lines: readonly string[]): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  for (const line of lines) {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    page.drawText(line, { x: 56, y, size: 10, font });
    y -= 16;
  }
  return new Uint8Array(await pdf.save());
}
