import type { LocalizedText, MessageParams } from "@bildungspartner/core";
import { Inflate } from "fflate";
import { AgreementError, agreementLimits } from "../errors.js";
import { fileErrorTexts, within } from "./file-messages.js";

/*
 * A DOCX is a zip archive, and a zip archive of a few hundred kilobytes can unpack to gigabytes (a zip
 * bomb). mammoth (through JSZip) unpacks whatever it is given, so the archive is measured first: the
 * sizes its directory declares, and then the real sizes, by unpacking each entry in small steps and
 * counting, never holding more than a few megabytes, stopping at the first entry larger than declared.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater per step: at most ~1,000× that comes out of one step. */
const STEP = 4096;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const problem = fileErrorTexts.zipProblem;
const unpacked = fileErrorTexts.unpackedSize;

function broken(detail: LocalizedText, params?: MessageParams): AgreementError {
  return new AgreementError("UNREADABLE_FILE", within(fileErrorTexts.docxBroken, detail), params ? { params } : {});
}

function tooLarge(detail: LocalizedText, params?: MessageParams): AgreementError {
  return new AgreementError("FILE_TOO_LARGE", within(fileErrorTexts.docxTooLarge, detail), params ? { params } : {});
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw broken(problem.noDirectory);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw tooLarge(unpacked.zip64Archive);
  if (count > agreementLimits.maxArchiveEntries) {
    throw tooLarge(unpacked.parts, { count, max: agreementLimits.maxArchiveEntries });
  }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw broken(problem.directoryEntry);
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) throw tooLarge(unpacked.zip64Entry);
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The compressed bytes of one entry, found through its local header. */
function dataOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw broken(problem.entry, { entry: entry.name });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw broken(problem.truncated, { entry: entry.name });
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Unpacks one deflated entry step by step, counting; throws as soon as it yields more than declared. */
function inflatedSize(data: Uint8Array, entry: Entry): number {
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > entry.size) {
      throw tooLarge(unpacked.partLarger, { entry: entry.name, size: entry.size });
    }
  });
  try {
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AgreementError) throw error;
    throw broken(problem.inflate, { entry: entry.name, reason: error instanceof Error ? error.message : String(error) });
  }
  return size;
}

/**
 * Refuses a DOCX whose archive unpacks to more than {@link agreementLimits}.maxUnpackedBytes or has more
 * than {@link agreementLimits}.maxArchiveEntries parts ({@link AgreementError} `FILE_TOO_LARGE`), and one
 * whose directory is broken (`UNREADABLE_FILE`), before mammoth unpacks anything.
 */
export function checkZipBounds(bytes: Uint8Array): void {
  const entries = readEntries(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  const max = agreementLimits.maxUnpackedBytes;
  if (declared > max) throw tooLarge(unpacked.total, { size: mb(declared), max: mb(max) });
  for (const entry of entries) {
    const data = dataOf(bytes, entry);
    // Other methods than stored (0) and deflated (8) are left to mammoth, which refuses them.
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw broken(problem.entry, { entry: entry.name });
    if (entry.method === 8) inflatedSize(data, entry);
  }
}
