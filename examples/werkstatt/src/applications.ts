import { fieldPatterns, fieldSpec, parseApplication, type DataLists, type ImpactRow } from "./rules-api.js";

/*
 * Applications from a file chosen from disk, in the formats people have: CSV as a spreadsheet writes
 * it (read through the application's field description, so numbers, yes/no and German dates become
 * what the CLI's JSON holds), NDJSON, a JSON array, or one JSON application as `bildungspartner check`
 * reads it. Every row keeps its line number, so that a person can find a bad row in the file.
 */

/** The formats an applications file may have, and the sample generated in the page. */
export type ApplicationFormat = "csv" | "ndjson" | "json-array" | "json" | "generated";

/** The words people read for each format. */
export const formatWords: Readonly<Record<ApplicationFormat, string>> = {
  csv: "CSV",
  ndjson: "NDJSON (ein Antrag je Zeile)",
  "json-array": "JSON-Liste",
  json: "ein Antrag als JSON",
  generated: "im Browser aus festem Startwert erzeugt",
};

/** What a file gave: its format and one row per application (or per line that could not be read). */
export interface ReadApplications {
  readonly format: ApplicationFormat;
  readonly rows: readonly ImpactRow[];
}

/** A row that cannot be decided: its line in the file and the reason, in German. */
export interface RowProblem {
  readonly line: number;
  readonly reason: string;
}

const withoutBom = (text: string) => (text.startsWith("\uFEFF") ? text.slice(1) : text);

/** NDJSON: one application per line, blank lines skipped, lines that are not JSON reported with why. */
export function ndjsonRows(text: string): ImpactRow[] {
  const rows: ImpactRow[] = [];
  withoutBom(text)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        rows.push({ line: index + 1, value: JSON.parse(line) as unknown });
      } catch (error) {
        rows.push({ line: index + 1, unreadable: `kein gültiges JSON (${(error as Error).message})` });
      }
    });
  return rows;
}

/** The line on which each element of a (valid) top-level JSON array starts. */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let awaiting = false;
  for (const char of text) {
    if (char === "\n") line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (char === "\\") escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && awaiting && !/\s/.test(char) && char !== "]") {
      lines.push(line);
      awaiting = false;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth += 1;
      if (depth === 1) awaiting = true;
    } else if (char === "]" || char === "}") depth -= 1;
    else if (char === "," && depth === 1) awaiting = true;
  }
  return lines;
}

/** A JSON array of applications, each row at the line its element starts on; or one JSON application. */
export function jsonRows(text: string): ReadApplications {
  const clean = withoutBom(text);
  const array = clean.trimStart().startsWith("[");
  try {
    const value = JSON.parse(clean) as unknown;
    if (!Array.isArray(value)) return { format: "json", rows: [{ line: 1, value }] };
    const lines = elementLines(clean);
    return { format: "json-array", rows: value.map((item: unknown, i) => ({ line: lines[i] ?? 1, value: item })) };
  } catch (error) {
    return { format: array ? "json-array" : "json", rows: [{ line: 1, unreadable: `Die Datei ist kein gültiges JSON (${(error as Error).message}).` }] };
  }
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

const yes = new Set(["ja", "wahr", "true"]);
const no = new Set(["nein", "falsch", "false"]);
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A CSV cell as the field of `column` holds it: yes/no words as booleans, a partner's number as a
 * number, TT.MM.JJJJ as an ISO date, `null` as null. What does not fit stays text, so that the check
 * names the field and what it expects.
 */
function cellValue(column: string, cell: string): unknown {
  const text = cell.trim();
  if (text === "null") return null;
  const spec = fieldSpec(column);
  if (spec?.kind === "boolean") {
    const word = text.toLowerCase();
    if (yes.has(word)) return true;
    if (no.has(word)) return false;
  }
  if (spec?.kind === "index" && /^\d+$/.test(text)) return Number(text);
  if (spec?.kind === "date") {
    const german = GERMAN_DATE.exec(text);
    if (german) return `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}`;
  }
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
    const holder = current as Record<string | number, unknown>;
    if (i === steps.length - 1) {
      holder[key] = value;
      return;
    }
    if (typeof holder[key] !== "object" || holder[key] === null) holder[key] = /^\d+$/.test(steps[i + 1]!) ? [] : {};
    current = holder[key] as Record<string, unknown> | unknown[];
  });
}

/**
 * CSV with a header of dotted field names (`id;school.type;agreement.startDate;partners.0.category;…`),
 * separated by `;` or `,` (whichever the header uses), each cell read as its field holds it; empty
 * cells are left out. Line numbers count the header as line 1.
 */
export function csvRows(text: string): ImpactRow[] {
  const lines = withoutBom(text).split(/\r?\n/);
  const header = lines[0] ?? "";
  const separator = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
  const columns = csvFields(header, separator).map((column) => column.trim());
  const rows: ImpactRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === "") return;
    const cells = csvFields(line, separator);
    if (cells.length !== columns.length) {
      rows.push({ line: index + 2, unreadable: `${cells.length} Spalten statt ${columns.length} wie in der Kopfzeile` });
      return;
    }
    const value: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const cell = cells[i]!;
      if (cell.trim() !== "" && column !== "") setPath(value, column, cellValue(column, cell));
    });
    rows.push({ line: index + 2, value });
  });
  return rows;
}

/**
 * The applications of a file: `.csv` (or text that does not start like JSON) as CSV, a text starting
 * with `[` as a JSON array, one JSON object as a single application, else NDJSON.
 */
export function readApplications(name: string, text: string): ReadApplications {
  const start = withoutBom(text).trimStart();
  if (name.toLowerCase().endsWith(".csv") || !/^[[{]/.test(start)) return { format: "csv", rows: csvRows(text) };
  if (start.startsWith("[")) return jsonRows(text);
  const single = jsonRows(text);
  return single.rows.every((row) => "value" in row) ? single : { format: "ndjson", rows: ndjsonRows(text) };
}

/**
 * Every row that cannot be decided, with its line and the reason in German: lines that could not be
 * read, and applications the check calls invalid (each issue with its field), read with the lists of
 * the rule set (`data`) as the impact reads them.
 */
export function rowProblems(rows: readonly ImpactRow[], data: DataLists): RowProblem[] {
  return rows.flatMap((row): RowProblem[] => {
    if ("unreadable" in row) return [{ line: row.line, reason: `nicht lesbar: ${row.unreadable}` }];
    const { issues } = parseApplication(row.value, "de", data);
    if (issues.length === 0) return [];
    return [{ line: row.line, reason: issues.map((issue) => (issue.path ? `${issue.message} (Feld ${issue.path})` : issue.message)).join(" ") }];
  });
}

/** An application's fields as dotted paths with their values, in the order of the field description. */
function flatFields(value: unknown, prefix = ""): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => flatFields(item, `${prefix}${i}.`));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => flatFields(item, `${prefix}${key}.`));
  return [[prefix.slice(0, -1), value]];
}

const patternOrder = new Map(fieldPatterns.map((pattern, i) => [pattern, i]));
/** Where a column stands: `id` first, then the field description's order, items by their number. */
function columnOrder(a: string, b: string): number {
  const rank = (column: string) => (column === "id" ? -1 : (patternOrder.get(column.replace(/\.\d+(?=\.|$)/g, ".*")) ?? fieldPatterns.length));
  const byField = rank(a) - rank(b);
  if (byField !== 0) return byField;
  const numbers = (column: string) => column.match(/\d+/g)?.map(Number) ?? [];
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return a.localeCompare(b);
}

/** A cell as a spreadsheet in Germany writes it: ja/nein, TT.MM.JJJJ, quoted where it holds `;` or `"`. */
function cellText(column: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  const text = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (fieldSpec(column)?.kind === "date" && iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Applications as a German CSV (`;`, ja/nein, TT.MM.JJJJ) that {@link csvRows} reads back to the same applications. */
export function applicationsCsv(applications: readonly unknown[]): string {
  const flat = applications.map((application) => new Map(flatFields(application)));
  const columns = [...new Set(flat.flatMap((fields) => [...fields.keys()]))].sort(columnOrder);
  const lines = flat.map((fields) => columns.map((column) => cellText(column, fields.get(column))).join(";"));
  return `${[columns.join(";"), ...lines].join("\r\n")}\r\n`;
}

/** Two made-up applications that show every column of the template: a school and one partner, a school contact and the partner's. */
const templateApplications = [
  {
    id: "Beispiel-1",
    school: { type: "gymnasium", name: "Beispiel-Gymnasium", schoolNumber: "123456" },
    partners: [{ name: "Stadtarchiv Beispielstadt", category: "archive", municipal: true, supraRegional: false }],
    agreement: {
      written: true,
      startDate: "2025-08-01",
      indefinite: false,
      endDate: "2027-07-31",
      renewsAutomatically: false,
      openToAllPupils: true,
      mentionsProgramme: true,
      signedBySchool: true,
      signedByPartners: true,
    },
    contacts: [
      { side: "school", name: "Erika Muster", email: "erika.muster@schule.example" },
      { side: "partner", partner: 0, name: "Max Beispiel", email: "max.beispiel@archiv.example" },
    ],
  },
  {
    id: "Beispiel-2",
    school: { type: "grundschule", name: "Beispiel-Grundschule", schoolNumber: "654321" },
    partners: [{ name: "Musikschule Beispielstadt", category: "music-school", municipal: false, supraRegional: false }],
    agreement: {
      written: true,
      startDate: "2026-02-01",
      indefinite: true,
      renewsAutomatically: true,
      openToAllPupils: true,
      mentionsProgramme: true,
      signedBySchool: true,
      signedByPartners: true,
    },
    contacts: [
      { side: "school", name: "Jonas Probe", email: "jonas.probe@schule.example" },
      { side: "partner", partner: 0, name: "Lea Vorlage", email: "lea.vorlage@musikschule.example" },
    ],
  },
];

/** The CSV template to download: every column, two made-up rows. */
export const templateCsv: string = applicationsCsv(templateApplications);
