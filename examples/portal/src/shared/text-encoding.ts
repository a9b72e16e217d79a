/**
 * The encodings a text agreement may come in: what Windows' editors save (Windows-1252, UTF-16 with a
 * byte order mark) besides UTF-8. `extractText` of `@bildungspartner/agreement/extract` decodes each
 * of them the same way in the browser and on the server; this tells which one a file is, and whether it
 * is text at all, so that the browser's check and the server accept and refuse the same files.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Control characters no text file holds (tab, line feed, form feed and carriage return are text). */
const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether UTF-16 code units (after the byte order mark) hold no control characters. */
function isUtf16Text(bytes: Uint8Array, littleEndian: boolean): boolean {
  if (bytes.length % 2 !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 2; at < bytes.length; at += 2) if (isControl(view.getUint16(at, littleEndian))) return false;
  return true;
}

/**
 * The encoding of a text file: a byte order mark (UTF-8, UTF-16 LE or BE) decides; without one, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252. Undefined when the bytes are no text (control
 * characters, as in images and other binary files).
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xff && b1 === 0xfe) return isUtf16Text(bytes, true) ? "utf-16le" : undefined;
  if (b0 === 0xfe && b1 === 0xff) return isUtf16Text(bytes, false) ? "utf-16be" : undefined;
  // In UTF-8 and in Windows-1252 a control character is its own byte.
  if (bytes.some(isControl)) return undefined;
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  return isUtf8(body) ? "utf-8" : "windows-1252";
}
