import type { LocalizedText } from "@bildungspartner/core";

/**
 * The messages of the `AgreementError`s `extractText` throws, German and English; their
 * `{name}` placeholders are the error's `params`. Apart from the findings' texts so that bundles of
 * the main entry leave them out.
 */
export const fileErrorTexts = {
  fileTooLarge: {
    de: "Die Datei ist zu groß: {bytes} Bytes, höchstens {max}.",
    en: "The file is too large: {bytes} bytes, at most {max}.",
  },
  unsupportedType: {
    de: "Unbekannter Dateityp {type}; erlaubt sind pdf, docx und txt.",
    en: "Unknown file type {type}; use pdf, docx or txt.",
  },
  missingDependency: {
    de: "Zum Lesen von {kind}-Dateien fehlt das Paket {package}. Bitte installieren Sie es: npm install {package}",
    en: "Reading {kind} files needs the package {package}, which is not installed. Please install it: npm install {package}",
  },
  /** `{detail}` is the reader's own (English) words: only the English text shows them. */
  unreadable: {
    de: "Die {kind}-Datei kann nicht gelesen werden: sie ist beschädigt oder keine {kind}-Datei.",
    en: "The {kind} file cannot be read: it is damaged or not a {kind} file ({detail}).",
  },
  pdfPages: {
    de: "Die PDF-Datei hat {pages} Seiten, höchstens {max}. Bitte laden Sie die Vereinbarung allein hoch.",
    en: "The PDF has {pages} pages, at most {max}. Please upload the agreement alone.",
  },
  pdfPassword: {
    de: "Die PDF-Datei ist passwortgeschützt. Bitte verwenden Sie eine ungeschützte Fassung.",
    en: "The PDF is password-protected. Please use an unprotected version.",
  },
  /** A PDF without text; `{detail}` is one of `pagesWithoutText`. */
  noTextLayer: {
    de: "Die PDF-Datei enthält keinen Text ({detail}): vermutlich ein Scan. Bitte verwenden Sie eine PDF-Datei mit Text oder bearbeiten Sie den Scan zuerst mit Texterkennung (OCR).",
    en: "The PDF has no text ({detail}): probably a scan. Please use a PDF with text, or run text recognition (OCR) on the scan first.",
  },
  /** `{detail}` of `noTextLayer`, in the form the count of pages needs. */
  pagesWithoutText: {
    one: { de: "{pages} Seite ohne Textebene", en: "{pages} page without a text layer" },
    many: { de: "{pages} Seiten ohne Textebene", en: "{pages} pages without a text layer" },
  },
  /** A DOCX whose zip archive is broken; `{detail}` is one of `zipProblem`. */
  docxBroken: {
    de: "Die DOCX-Datei kann nicht gelesen werden (kein gültiges ZIP-Archiv: {detail}).",
    en: "The DOCX file cannot be read (not a valid zip archive: {detail}).",
  },
  zipProblem: {
    noDirectory: { de: "Verzeichnis fehlt", en: "directory missing" },
    directoryEntry: { de: "Verzeichniseintrag", en: "directory entry" },
    entry: { de: "Eintrag {entry}", en: "entry {entry}" },
    truncated: { de: "Eintrag {entry} abgeschnitten", en: "entry {entry} truncated" },
    inflate: { de: "{entry}: {reason}", en: "{entry}: {reason}" },
  },
  /** A DOCX that unpacks to too much; `{detail}` is one of `unpackedSize`. */
  docxTooLarge: {
    de: "Die DOCX-Datei ist entpackt zu groß: {detail}. Bitte laden Sie die Vereinbarung allein als DOCX- oder PDF-Datei hoch.",
    en: "The DOCX file is too large when unpacked: {detail}. Please upload the agreement alone as DOCX or PDF.",
  },
  unpackedSize: {
    zip64Archive: { de: "ZIP64-Archiv", en: "ZIP64 archive" },
    zip64Entry: { de: "ZIP64-Eintrag", en: "ZIP64 entry" },
    parts: { de: "{count} Teile, höchstens {max}", en: "{count} parts, at most {max}" },
    total: { de: "{size}, höchstens {max}", en: "{size}, at most {max}" },
    partLarger: {
      de: "der Teil {entry} ist größer als angegeben ({size} Bytes)",
      en: "part {entry} is larger than it declares ({size} bytes)",
    },
  },
} as const;

/** A template with `{detail}` filled by another template in the same language, so the two stay data. */
export function within(outer: LocalizedText, detail: LocalizedText): LocalizedText {
  return { de: outer.de.replace("{detail}", detail.de), en: outer.en.replace("{detail}", detail.en) };
}
