import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ImpactRow, RuleFolderFiles } from "./rules-api.js";

/*
 * Files in and out, all inside the browser: a rules folder or zip chosen from disk becomes a files
 * map, the changed folder becomes a zip, and applications come from NDJSON or CSV text. Nothing here
 * touches the network.
 */

/** A file read from disk: its path inside what was chosen, and its text. */
export interface ChosenFile {
  readonly path: string;
  readonly text: string;
}

/** What reading chosen files gave: the files map, and the files that could not be used, with why. */
export interface ReadFolder {
  readonly files: RuleFolderFiles;
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/**
 * The key a chosen file has in a files map: from the folder named `rules` or `data` on
 * (`core/rules/offerings/flyers.json` → `rules/offerings/flyers.json`); a file of a folder with another
 * name counts as inside `rules/` (someone chose the rules folder itself under another name).
 */
export function folderKey(path: string): string {
  const parts = path.replaceAll("\\", "/").split("/").filter(Boolean);
  const at = parts.findIndex((part) => part === "rules" || part === "data");
  if (at >= 0) return parts.slice(at).join("/");
  return ["rules", ...parts.slice(parts.length > 1 ? 1 : 0)].join("/");
}

/** The JSON files of a chosen folder (or zip) as a files map; other files are left out, unreadable JSON named. */
export function readFolder(chosen: readonly ChosenFile[]): ReadFolder {
  const files: Record<string, unknown> = {};
  const skipped: Array<{ path: string; reason: string }> = [];
  for (const { path, text } of chosen) {
    if (!path.endsWith(".json")) continue;
    const key = folderKey(path);
    if (!key.startsWith("rules/") && !key.startsWith("data/")) continue;
    try {
      files[key] = JSON.parse(text) as unknown;
    } catch (error) {
      skipped.push({ path, reason: `kein gültiges JSON (${(error as Error).message})` });
    }
  }
  return { files, skipped };
}

/** The files of a zip archive, as text, folders left out. */
export function unzipFiles(bytes: Uint8Array): ChosenFile[] {
  return Object.entries(unzipSync(bytes))
    .filter(([path]) => !path.endsWith("/"))
    .map(([path, data]) => ({ path, text: strFromU8(data) }));
}

/** A rule file's text as the repository writes it: two spaces, a final line break. */
export function fileText(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

/** The name of the change report inside the exported zip. */
export const reportName = "AENDERUNGEN.md";

/**
 * The exported zip: the whole changed folder under `rules/` and `data/` (so that
 * `bildungspartner rules lint <folder>/rules` checks it as it is), and the change report.
 */
export function exportZip(files: RuleFolderFiles, report: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const key of Object.keys(files).sort()) entries[key] = strToU8(fileText(files[key]));
  entries[reportName] = strToU8(report);
  return zipSync(entries, { level: 6, mtime: new Date("2024-01-01T00:00:00Z") });
}

/** The change report: which files to take over, then the Markdown of `rules diff`. */
export function changeReport(changed: readonly string[], diffMarkdownText: string): string {
  const list = changed.length === 0 ? ["Keine Datei geändert."] : changed.map((file) => `- \`${file}\``);
  return [
    "<!-- Exportiert aus der Regel-Werkstatt. Die ZIP-Datei enthält den ganzen Regelordner; geändert sind nur diese Dateien: -->",
    "",
    "**Geänderte Dateien** (nach `packages/core/` übernehmen, dann `bildungspartner rules lint`):",
    "",
    ...list,
    "",
    diffMarkdownText,
  ].join("\n");
}


/** NDJSON: one application per line, blank lines skipped, lines that are not JSON reported with why. */
export function ndjsonRows(text: string): ImpactRow[] {
  const rows: ImpactRow[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      rows.push({ line: index + 1, value: JSON.parse(line) as unknown });
    } catch (error) {
      rows.push({ line: index + 1, unreadable: (error as Error).message });
    }
  });
  return rows;
}

/** The fields of one CSV line: quoted fields may hold the separator and doubled quotes. */
function csvFields(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** A CSV cell as JSON: true, false and null as such, empty as absent, everything else as text. */
function cellValue(cell: string): unknown {
  const text = cell.trim();
  if (text === "true" || text === "wahr") return true;
  if (text === "false" || text === "falsch") return false;
  if (text === "null") return null;
  return text;
}

const FORBIDDEN_STEPS = new Set(["__proto__", "constructor", "prototype"]);

/** Sets a dotted path (`partners.0.category`) in a nested object, numeric steps as array indices. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const steps = path.split(".");
  // A header naming an object's prototype (`__proto__.x`) must not reach it.
  if (steps.some((step) => FORBIDDEN_STEPS.has(step))) return;
  let current: Record<string, unknown> | unknown[] = target;
  steps.forEach((step, i) => {
    const key = /^\d+$/.test(step) && Array.isArray(current) ? Number(step) : step;
    const last = i === steps.length - 1;
    const holder = current as Record<string | number, unknown>;
    if (last) {
      holder[key] = value;
      return;
    }
    if (typeof holder[key] !== "object" || holder[key] === null) holder[key] = /^\d+$/.test(steps[i + 1]!) ? [] : {};
    current = holder[key] as Record<string, unknown> | unknown[];
  });
}

/**
 * CSV with a header of dotted application fields (`id;school.type;agreement.startDate;partners.0.category;…`),
 * separated by `;` or `,` (whichever the header uses). `true`/`false` (or `wahr`/`falsch`) and `null`
 * are read as such, empty cells are left out. Line numbers count the header as line 1.
 */
export function csvRows(text: string): ImpactRow[] {
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? "";
  const separator = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  const columns = csvFields(header, separator).map((column) => column.trim());
  const rows: ImpactRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === "") return;
    const cells = csvFields(line, separator);
    if (cells.length !== columns.length) {
      rows.push({ line: index + 2, unreadable: `${cells.length} Spalten statt ${columns.length}` });
      return;
    }
    const value: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const cell = cellValue(cells[i]!);
      if (cell !== "" && column !== "") setPath(value, column, cell);
    });
    rows.push({ line: index + 2, value });
  });
  return rows;
}

/** Rows of an applications file by its name: `.csv` as CSV, anything else as NDJSON. */
export function applicationRows(name: string, text: string): ImpactRow[] {
  return name.toLowerCase().endsWith(".csv") ? csvRows(text) : ndjsonRows(text);
}
