import { detectTextEncoding } from "../shared/text-encoding.js";

/** The agreement file types the portal takes, as `extractText` names them. */
export type AgreementFileType = "pdf" | "docx" | "txt";

/** The media type stored and served for each accepted file type. */
export const mediaTypes: Readonly<Record<AgreementFileType, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain; charset=utf-8",
};

/** The media type to store and serve a file of this type with; a text file's names its encoding. */
export function mediaTypeOf(type: AgreementFileType, bytes: Uint8Array): string {
  const encoding = type === "txt" ? detectTextEncoding(bytes) : undefined;
  return encoding ? `text/plain; charset=${encoding}` : mediaTypes[type];
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": DOCX is a zip archive

/**
 * The type of an uploaded agreement, judged by its content and name together, or undefined when it
 * is none of PDF, DOCX and text (UTF-8, UTF-16 or Windows-1252: `detectTextEncoding`). The declared
 * media type alone is never trusted: browsers send `application/octet-stream` for many files and a
 * client can send anything. The browser's check asks the same function, so both take the same files.
 */
export function agreementFileType(fileName: string, bytes: Uint8Array): AgreementFileType | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (startsWith(bytes, PDF)) return extension === "pdf" ? "pdf" : undefined;
  if (startsWith(bytes, ZIP)) return extension === "docx" ? "docx" : undefined;
  if (extension === "txt" && detectTextEncoding(bytes)) return "txt";
  return undefined;
}
