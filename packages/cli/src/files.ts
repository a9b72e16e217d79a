import { readFile, stat } from "node:fs/promises";
import { formatMessage, type Lang, type MessageParams } from "@bildungspartner/core";
import { texts } from "./messages.js";

/** Largest input file read, in bytes; larger files are refused, not read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file's content, or why it could not be read. */
export type FileContent =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "unreadable" | "too-large"; readonly detail: string };

/** Reads a file of at most `maxBytes` (default {@link MAX_FILE_BYTES}); never throws. */
export async function readInputFile(path: string, maxBytes: number = MAX_FILE_BYTES): Promise<FileContent> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: "unreadable", detail: "EISDIR" };
    if (info.size > maxBytes) return { ok: false, reason: "too-large", detail: String(info.size) };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: "unreadable", detail: code ?? String(error) };
  }
}

/** A JSON input file's parsed content, or the issue that says why there is none, in `lang`. */
export type JsonInput =
  | { readonly ok: true; readonly input: unknown }
  | { readonly ok: false; readonly code: "file_too_large" | "unreadable_file" | "invalid_json"; readonly params: MessageParams; readonly message: string };

type Failure = Extract<JsonInput, { ok: false }>;
const failed = (code: Failure["code"], template: string, params: MessageParams): Failure => ({ ok: false, code, params, message: formatMessage(template, params) });

/** Reads and parses a JSON input file (`check`, `offerings`); never throws. */
export async function readJsonInput(file: string, lang: Lang): Promise<JsonInput> {
  const content = await readInputFile(file);
  if (!content.ok) {
    return content.reason === "too-large"
      ? failed("file_too_large", texts.fileTooLarge[lang], { max: MAX_FILE_BYTES })
      : failed("unreadable_file", texts.unreadableFile[lang], { reason: content.detail });
  }
  try {
    return { ok: true, input: JSON.parse(new TextDecoder().decode(content.bytes)) };
  } catch (error) {
    return failed("invalid_json", texts.invalidJson[lang], { reason: (error as Error).message });
  }
}
