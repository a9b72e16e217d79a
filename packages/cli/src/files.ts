import { readFile, stat } from "node:fs/promises";

/** Largest input file read, in bytes; larger files are refused, not read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file's content, or why it could not be read. */
export type FileContent =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "unreadable" | "too-large"; readonly detail: string };

/** Reads a file within {@link MAX_FILE_BYTES}; never throws. */
export async function readInputFile(path: string): Promise<FileContent> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: "unreadable", detail: "keine Datei / not a file" };
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", detail: String(info.size) };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: "unreadable", detail: code ?? String(error) };
  }
}
