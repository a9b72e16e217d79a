/**
 * The layout of PDF pages from their positioned text items (pdf.js `getTextContent`): lines by
 * baseline, cells and tables by aligned gaps, two-column pages by a gutter, running headers and
 * footers removed once. Plain data in, text out, so that it is tested without PDFs and runs in Node
 * and the browser alike.
 */

/** One text item of a page in PDF units (origin bottom left): its text, baseline start, advance width and font height. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text items of one page and the page's vertical extent (PDF `view`: bottom and top). */
export interface PageItems {
  items: readonly TextItem[];
  bottom: number;
  top: number;
}

/** A run of items on one line with no wide gap inside: a cell of a table, or a part of a side-by-side line. */
export interface Segment {
  x: number;
  end: number;
  text: string;
}

/** The items of one baseline, left to right, split into segments at gaps of at least {@link CELL_GAP} character widths. */
export interface Line {
  y: number;
  height: number;
  /** The line's average character width: the unit of its gaps. */
  charWidth: number;
  segments: Segment[];
}

/** What one page's layout reading gives: its text and whether it was read as two columns. */
export interface PageLayout {
  text: string;
  columns: 1 | 2;
}

/** A gap of this many average character widths separates cells; a word space is about half of one. */
const CELL_GAP = 2;
/** Items whose baselines differ by less than this share of their height stand on one line (superscripts included). */
const BASELINE_TOLERANCE = 0.4;
/** A gap between items above this share of the font height is a word space; below, kerning inside a word. */
const WORD_GAP = 0.12;
/** The top and bottom share of a page where running headers and footers stand. */
const FRAME_BAND = 0.1;
/** A gap between lines above this many times the page's usual line pitch starts a paragraph. */
const PARAGRAPH_GAP = 1.4;
/** Rows of a table whose pitch exceeds the table's smallest one by this factor are separate rows; closer lines are one row's wrapped cells. */
const ROW_GAP = 1.25;
/** The widest gap, in line pitches, across which a form's rows with the same columns stay one table. */
const FORM_ROW_GAP = 3.5;
/** A table has at most this many columns: more starts are no table, and the column search stays short. */
const MAX_COLUMNS = 24;
/** Horizontal resolution of the gutter search. */
const GUTTER_BINS = 240;
/** At most this share of a page's body lines may cross a column gutter. */
const GUTTER_CROSSING = 0.15;
/** Each column of a two-column page has at least this many lines… */
const MIN_COLUMN_LINES = 5;
/** …and in one of them at least, many lines (two in five) run on to the last part of the column, as wrapped running text does (table labels do not). */
const COLUMN_FILL = 0.6;
/** A gutter lies within this share of the page's text width from its middle. */
const MIDDLE = 0.1;

const pageNumberLine = /^(?:(?:seite|page|s\.)\s*\d+(?:\s*(?:von|of|\/)\s*\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*\/\s*\d+|\d+)$/iu;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

function joinItems(items: readonly TextItem[], height: number): string {
  let text = "";
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    const spaced = text !== "" && gap > WORD_GAP * height && !text.endsWith(" ") && !item.str.startsWith(" ");
    text += (spaced ? " " : "") + item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.trim();
}

/** One line from its items, sorted left to right. */
function makeLine(items: TextItem[]): Line {
  items.sort((a, b) => a.x - b.x);
  let chars = 0;
  let width = 0;
  let height = 0;
  for (const item of items) {
    chars += item.str.length;
    width += item.width;
    height = Math.max(height, item.height);
  }
  const charWidth = chars > 0 && width > 0 ? width / chars : height / 2;
  const segments: Segment[] = [];
  let run: TextItem[] = [];
  let end = -Infinity;
  const close = () => {
    if (run.length > 0) segments.push({ x: run[0]!.x, end, text: joinItems(run, height) });
  };
  for (const item of items) {
    if (run.length > 0 && item.x - end >= CELL_GAP * charWidth) {
      close();
      run = [];
    }
    run.push(item);
    end = run.length === 1 ? item.x + item.width : Math.max(end, item.x + item.width);
  }
  close();
  return { y: items[0]!.y, height, charWidth, segments };
}

/**
 * Groups items into lines: top to bottom by baseline, items within {@link BASELINE_TOLERANCE} of a
 * line's first baseline joining it. Whitespace-only items are dropped: the gaps say the same.
 */
export function groupLines(items: readonly TextItem[]): Line[] {
  const visible = items.filter((i) => i.str.trim() !== "" && Number.isFinite(i.x) && Number.isFinite(i.y) && Number.isFinite(i.width));
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let current: TextItem[] = [];
  let baseline = 0;
  let height = 0;
  for (const item of visible) {
    if (current.length > 0 && Math.abs(baseline - item.y) <= BASELINE_TOLERANCE * Math.max(height, item.height)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(makeLine(current));
    current = [item];
    baseline = item.y;
    height = item.height;
  }
  if (current.length > 0) lines.push(makeLine(current));
  return lines;
}

const lineText = (line: Line) => line.segments.map((s) => s.text).join("   ");

/**
 * Removes running headers and footers from every page: lines in the top or bottom band whose text,
 * digits masked, stands in that band on at least two pages, and page-number lines ("Seite 2 von 3",
 * "- 2 -", "2/3") there.
 */
export function removeRunningLines(pages: ReadonlyArray<{ lines: Line[]; bottom: number; top: number }>): Line[][] {
  const inBand = (line: Line, page: { bottom: number; top: number }) => {
    const band = FRAME_BAND * (page.top - page.bottom);
    return line.y >= page.top - band || line.y <= page.bottom + band;
  };
  const key = (line: Line) => lineText(line).replace(/\d+/gu, "#").replace(/\s+/gu, " ");
  const pagesOf = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inBand(l, page)).map(key))) pagesOf.set(k, (pagesOf.get(k) ?? 0) + 1);
  }
  return pages.map((page) =>
    page.lines.filter((line) => !inBand(line, page) || ((pagesOf.get(key(line)) ?? 0) < 2 && !pageNumberLine.test(lineText(line).trim()))),
  );
}

/**
 * The x position of a vertical gutter that splits the page into two columns, if there is one: a
 * run of at least {@link CELL_GAP} character widths in the middle of the page that at most
 * {@link GUTTER_CROSSING} of the lines cross, near the middle, with at least {@link MIN_COLUMN_LINES}
 * lines on each side and running text (many lines filling their column) on one side at least.
 */
export function findGutter(lines: readonly Line[]): { start: number; end: number } | undefined {
  if (lines.length < MIN_COLUMN_LINES) return undefined;
  let left = Infinity;
  let right = -Infinity;
  for (const line of lines) {
    left = Math.min(left, line.segments[0]!.x);
    right = Math.max(right, line.segments[line.segments.length - 1]!.end);
  }
  const binWidth = (right - left) / GUTTER_BINS;
  if (!(binWidth > 0)) return undefined;
  const delta = new Array<number>(GUTTER_BINS + 1).fill(0);
  for (const line of lines) {
    for (const s of line.segments) {
      delta[Math.max(0, Math.floor((s.x - left) / binWidth))]! += 1;
      delta[Math.min(GUTTER_BINS, Math.ceil((s.end - left) / binWidth))]! -= 1;
    }
  }
  const limit = GUTTER_CROSSING * lines.length;
  let best: { from: number; to: number } | undefined;
  let covered = 0;
  let from = -1;
  for (let bin = 0; bin < GUTTER_BINS; bin++) {
    covered += delta[bin]!;
    const open = bin >= GUTTER_BINS * 0.25 && bin < GUTTER_BINS * 0.75 && covered <= limit;
    if (open && from < 0) from = bin;
    if ((!open || bin === GUTTER_BINS - 1) && from >= 0) {
      const to = open ? bin + 1 : bin;
      if (!best || to - from > best.to - best.from) best = { from, to };
      from = -1;
    }
  }
  const charWidth = median(lines.map((l) => l.charWidth));
  if (!best || (best.to - best.from) * binWidth < CELL_GAP * charWidth) return undefined;
  const start = left + best.from * binWidth;
  const end = left + best.to * binWidth;
  const leftEnds: number[] = [];
  const rightEnds: number[] = [];
  for (const line of lines) {
    for (const s of line.segments) {
      if (s.end <= start + binWidth) leftEnds.push(s.end);
      else if (s.x >= end - binWidth) rightEnds.push(s.end);
    }
  }
  const filled = (ends: number[], from: number, to: number) => ends.filter((e) => e >= from + COLUMN_FILL * (to - from)).length >= 0.4 * ends.length;
  // Columns of a page are about equally wide, and at least one of them is running text; a table's label column is neither.
  const middle = (start + end) / 2;
  const balanced = Math.abs(middle - (left + right) / 2) <= MIDDLE * (right - left);
  const enough = leftEnds.length >= MIN_COLUMN_LINES && rightEnds.length >= MIN_COLUMN_LINES;
  return balanced && enough && (filled(leftEnds, left, start) || filled(rightEnds, end, right)) ? { start, end } : undefined;
}

/** The usual distance between baselines on a page, from the lines' pitches; at most 1.25 font heights when most lines stand apart. */
function linePitch(lines: readonly Line[]): number {
  const pitches: number[] = [];
  const heights: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const pitch = lines[i - 1]!.y - lines[i]!.y;
    if (pitch > 0 && pitch <= 3 * lines[i]!.height) pitches.push(pitch);
    heights.push(lines[i]!.height);
  }
  const height = median(heights) || lines[0]?.height || 0;
  const pitch = median(pitches);
  return pitch > 0 && pitch <= 1.6 * height ? pitch : 1.25 * height;
}

/** Whether a segment starts at one of a table's column starts. */
const startsAt = (columns: readonly number[], x: number, tolerance: number) => columns.some((c) => Math.abs(c - x) <= tolerance);

/** How many lines from `first` form a table (0 or at least 2), and its column starts. */
function tableAt(lines: readonly Line[], first: number, breakAt: (i: number) => boolean, farAt: (i: number) => boolean = breakAt): { length: number; columns: number[] } {
  const head = lines[first]!;
  if (head.segments.length < 2) return { length: 0, columns: [] };
  const tolerance = head.charWidth;
  const columns = head.segments.map((s) => s.x);
  // A row may fill a cell that the rows before left empty: two matching starts are enough, and the others join the columns.
  const aligned = (line: Line) => {
    if (line.segments.length < 2) return false;
    const fresh = line.segments.filter((s) => !startsAt(columns, s.x, tolerance));
    if (line.segments.length - fresh.length < 2 || columns.length + fresh.length > MAX_COLUMNS) return false;
    columns.push(...fresh.map((s) => s.x));
    return true;
  };
  let length = 1;
  const firstOf = (xs: readonly number[]) => xs.reduce((a, b) => Math.min(a, b), Infinity);
  const inFirstCell = (line: Line) => {
    const [firstColumn = 0, secondColumn = Infinity] = [...columns].sort((a, b) => a - b);
    const only = line.segments.length === 1 ? line.segments[0]! : undefined;
    return only !== undefined && Math.abs(only.x - firstColumn) <= tolerance && only.end < secondColumn - tolerance;
  };
  // A form's rows may stand farther apart than a paragraph's lines, at even steps: a row whose cells
  // all start at the table's columns goes on across such a gap when the row before or after it
  // stands at the same step (a grid), up to a few lines' pitch. Signature blocks are no grid.
  const sameColumns = (i: number) => {
    const line = lines[i];
    return line !== undefined && line.segments.length >= 2 && line.segments.every((s) => startsAt(columns, s.x, tolerance));
  };
  const step = (i: number) => lines[i - 1]!.y - lines[i]!.y;
  const even = (a: number, b: number) => Math.abs(a - b) <= 0.15 * a;
  // A row of three cells or more at the table's columns is a table's row however far its padding sets it.
  const wideRow = (i: number) => sameColumns(i) && lines[i]!.segments.length >= 3;
  // A ruled table's row after a row whose last cell wrapped („| Verein | Rollstuhl… |⏎|  | 57462 … |“): the
  // padding sets it apart by more than a paragraph's gap, but its cells start at the columns of the row above.
  const afterWrappedRow = (i: number) => {
    const above = lines[i - 1];
    return i - 2 >= first && above !== undefined && above.segments.length === 1 && above.segments[0]!.x > firstOf(columns) + tolerance && startsAt(columns, above.segments[0]!.x, tolerance);
  };
  // A row whose other cells are empty („Name | |“) stands at the grid's step between rows that fill every column.
  const partRow = (i: number) => {
    const line = lines[i];
    return line !== undefined && line.segments.length >= 1 && line.segments.every((s) => startsAt(columns, s.x, tolerance)) && sameColumns(i + 1);
  };
  const gridRow = (i: number) =>
    !farAt(i) &&
    (sameColumns(i) || (partRow(i) && i > first && sameColumns(i - 1))) &&
    (wideRow(i) || (i - 1 > first && even(step(i), step(i - 1))) || ((sameColumns(i + 1) || partRow(i + 1)) && even(step(i), step(i + 1))) || afterWrappedRow(i));
  for (let i = first + 1; i < lines.length && (!breakAt(i) || gridRow(i)); i++) {
    const line = lines[i]!;
    const only = line.segments.length === 1 ? line.segments[0]! : undefined;
    if (aligned(line) || (only && (only.x > firstOf(columns) + tolerance || gridRow(i)) && startsAt(columns, only.x, tolerance))) length = i - first + 1;
    // A line in the first column alone (a wrapped cell) belongs to the table when the table goes on after it…
    else if (!inFirstCell(line)) break;
  }
  // …or when it stands closer to the table's last line than the table's rows stand to each other.
  let rowPitch = 0;
  for (let i = first + 1; i < first + length; i++) rowPitch = Math.max(rowPitch, lines[i - 1]!.y - lines[i]!.y);
  while (length >= 2 && first + length < lines.length) {
    const next = lines[first + length]!;
    if (!inFirstCell(next) || ROW_GAP * (lines[first + length - 1]!.y - next.y) >= rowPitch) break;
    length += 1;
  }
  return length >= 2 ? { length, columns } : { length: 0, columns: [] };
}

/** A table's lines as `| cell | cell |` rows; lines closer than the table's row pitch are one row's wrapped cells. */
function tableRows(lines: readonly Line[], columns: readonly number[]): string[] {
  const sorted = [...columns].sort((a, b) => a - b);
  let tolerance = 0;
  for (const line of lines) tolerance = Math.max(tolerance, line.charWidth);
  let minPitch = Infinity;
  for (let i = 1; i < lines.length; i++) minPitch = Math.min(minPitch, lines[i - 1]!.y - lines[i]!.y);
  // Wrapped cells show as two pitches: the small one inside a row, the larger one between rows.
  const splitRows = lines.some((line, i) => i > 0 && lines[i - 1]!.y - line.y > ROW_GAP * minPitch);
  const rows: string[][][] = [];
  lines.forEach((line, i) => {
    if (i === 0 || !splitRows || lines[i - 1]!.y - line.y > ROW_GAP * minPitch) rows.push(sorted.map(() => []));
    const row = rows[rows.length - 1]!;
    for (const s of line.segments) {
      let column = 0;
      while (column + 1 < sorted.length && sorted[column + 1]! <= s.x + tolerance) column += 1;
      row[column]!.push(s.text);
    }
  });
  return rows.map((row) => `| ${row.map((cell) => cell.join(" ")).join(" | ")} |`);
}

/** A line that starts an item of its own: a bullet, a number, a paragraph sign, a label („Für das Stadtarchiv: …“). */
const ITEM_START = /^(?:[•·▪◦‣–-]\s|\(?\d{1,2}[.)]\s|[a-z]\)\s|§|\p{Lu}[^:.]{0,40}:\s)/u;
/** A line's end that ends a sentence: a word of four letters or more before a full stop, or „!“, „?“, „;“ („e. V.“, „Dr.“ do not). */
const SENTENCE_END = /(?:\p{L}{4}\.|[;!?])$/u;

/**
 * Whether a line of running text wraps onto the next: the next line's first word would not have
 * fitted at its end. Such lines are one paragraph line of the text, as a word processor's text file
 * writes it; labels (ending with a colon), sentence ends, hyphenated ends and new items keep their line.
 */
function wraps(line: Line, next: Line, right: number, inShortParagraph: boolean): boolean {
  if (line.segments.length !== 1 || next.segments.length !== 1) return false;
  const text = line.segments[0]!.text;
  const following = next.segments[0]!.text;
  if (/[:-]$/u.test(text) || SENTENCE_END.test(text) || ITEM_START.test(following)) return false;
  // Two lines alone may be a heading's or a letterhead's lines; they wrap only mid-sentence.
  if (inShortParagraph && !/[\p{Ll},–]$/u.test(text)) return false;
  const word = following.indexOf(" ") === -1 ? following.length : following.indexOf(" ");
  return line.segments[0]!.end + (word + 1) * next.charWidth > right - line.charWidth;
}

/** The text of lines in reading order: tables as rows, side-by-side parts apart by three spaces, wrapped lines joined, a blank line between paragraphs. */
function blockText(lines: readonly Line[], pitch: number, reflow = true, headFirst = false): string[] {
  const out: string[] = [];
  const breakAt = (i: number) => i > 0 && lines[i - 1]!.y - lines[i]!.y > PARAGRAPH_GAP * pitch;
  const farAt = (i: number) => i > 0 && lines[i - 1]!.y - lines[i]!.y > FORM_ROW_GAP * pitch;
  const right = Math.max(...lines.map((line) => line.segments[line.segments.length - 1]?.end ?? 0));
  // Lines in each paragraph (up to the next blank line), for every line.
  const paragraphLines = new Array<number>(lines.length).fill(1);
  for (let i = 0, start = 0; i <= lines.length; i++) {
    if (i === lines.length || (i > 0 && breakAt(i))) {
      paragraphLines.fill(i - start, start, i);
      start = i;
    }
  }
  // A page's first paragraph is its head (a title, a letterhead): its lines stand as they are.
  const head = headFirst ? paragraphLines[0] ?? 0 : 0;
  let joined = false;
  for (let i = 0; i < lines.length; ) {
    if (breakAt(i) && out.length > 0) out.push("");
    const table = tableAt(lines, i, breakAt, farAt);
    if (table.length > 0) {
      out.push(...tableRows(lines.slice(i, i + table.length), table.columns));
      i += table.length;
      joined = false;
      continue;
    }
    const text = lineText(lines[i]!);
    if (joined) out[out.length - 1] += ` ${text}`;
    else out.push(text);
    const next = lines[i + 1];
    joined = reflow && i >= head && next !== undefined && !breakAt(i + 1) && tableAt(lines, i + 1, breakAt).length === 0 && wraps(lines[i]!, next, right, paragraphLines[i]! < 3);
    i += 1;
  }
  return out;
}

/** Splits a line's segments at the gutter; a segment across it returns undefined. */
function splitAt(line: Line, gutter: { start: number; end: number }): { left?: Line; right?: Line } | undefined {
  const left = line.segments.filter((s) => s.end <= gutter.start + (gutter.end - gutter.start) / 2);
  const right = line.segments.filter((s) => s.x >= gutter.start + (gutter.end - gutter.start) / 2);
  if (left.length + right.length < line.segments.length) return undefined;
  return {
    ...(left.length > 0 ? { left: { ...line, segments: left } } : {}),
    ...(right.length > 0 ? { right: { ...line, segments: right } } : {}),
  };
}

/** One page's text from its lines (top to bottom, running headers and footers already removed). */
export function layoutPage(lines: readonly Line[]): PageLayout {
  const pitch = linePitch(lines);
  const gutter = findGutter(lines);
  if (!gutter) return { text: blockText(lines, pitch, true, true).join("\n"), columns: 1 };
  // Lines across the gutter (a title, a closing line) stand in place; between them, the left column is read before the right.
  const blocks: string[][] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    for (const column of [left, right]) if (column.length > 0) blocks.push(blockText(column, pitch, true, blocks.length === 0));
    left = [];
    right = [];
  };
  let across: Line[] = [];
  for (const line of lines) {
    const parts = splitAt(line, gutter);
    if (!parts) {
      flush();
      across.push(line);
      continue;
    }
    // Lines across the gutter are titles and closing lines, not a column's running text: no reflow.
    if (across.length > 0) blocks.push(blockText(across, pitch, false));
    across = [];
    if (parts.left) left.push(parts.left);
    if (parts.right) right.push(parts.right);
  }
  flush();
  if (across.length > 0) blocks.push(blockText(across, pitch, false));
  return { text: blocks.map((b) => b.join("\n")).join("\n\n"), columns: 2 };
}

/** The text of each page, read by layout, with running headers and footers removed across pages. */
export function layoutPages(pages: readonly PageItems[]): PageLayout[] {
  const lined = pages.map((page) => ({ lines: groupLines(page.items), bottom: page.bottom, top: page.top }));
  return removeRunningLines(lined).map(layoutPage);
}
