import { fold, lineBounds, lineOf, startsWord, type Doc } from "./text.js";

/**
 * The layout of a checked text: headings, paragraphs and tables, and the sections that headings
 * open. One model for every format: PDF and DOCX extraction write tables as `| cell | cell |` rows,
 * plain text may align its columns with tabs or wide gaps, and all three read the same here. The
 * readers anchor on what cannot be misread (an address, a date, a signature line) and ask the layout
 * what the anchor sits in: its table row and column, its section's topic, an annex.
 */

/** What a section is about, by the words of its heading. */
export type Topic = "parties" | "contacts" | "term" | "signatures" | "pupils" | "annex";

/** A range of the normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One row of a table: its line and its cells, left to right (empty cells kept, so columns line up). */
export interface Row extends Span {
  readonly line: number;
  readonly cells: readonly Span[];
}

/** A heading, a paragraph (consecutive text lines) or a table (consecutive rows). */
export interface Block extends Span {
  readonly kind: "heading" | "paragraph" | "table";
  readonly firstLine: number;
  readonly lastLine: number;
  /** The rows of a table; empty for other blocks. */
  readonly rows: readonly Row[];
  /** For a heading: what its words say the section is about. */
  readonly topic: Topic | undefined;
  /** For a heading: it is an annex's title („Anlage 1: Ansprechpersonen“). */
  readonly annex: boolean;
}

/** The text from one heading to the next (the first section starts at the text's start, without heading). */
export interface Section extends Span {
  readonly heading: Block | undefined;
  readonly topic: Topic | undefined;
  /** The section belongs to an annex: it follows a heading „Anlage …“ or „Anhang …“. */
  readonly inAnnex: boolean;
}

/** Where an anchor sits in a table. */
export interface TablePlace {
  readonly table: Block;
  readonly row: number;
  /** The cell holding the anchor, or -1 when it lies between cells. */
  readonly cell: number;
}

export interface Layout {
  readonly blocks: readonly Block[];
  readonly sections: readonly Section[];
  /** Mentions of an annex in running text („siehe Anlage 1“, „in einer Anlage“), not as a heading. */
  readonly annexMentions: readonly Span[];
  /** For every line, the index of its block in `blocks`, or -1 for a blank line. */
  readonly blockOfLine: Int32Array;
}

/** A section's heading words, tested on the folded heading (umlauts spelled out, lower case). */
const topicWords: ReadonlyArray<readonly [Topic, RegExp]> = [
  ["contacts", /ansprech|kontakt|koordinator/u],
  ["signatures", /unterschrift|unterzeichn/u],
  ["term", /laufzeit|dauer|inkrafttreten|geltung|gueltigkeit|befristung|kuendigung|beginn und ende|zeitraum/u],
  ["parties", /vertragspart|vereinbarungspart|partner dieser|beteiligte/u],
  ["pupils", /zielgruppe|teilnehm|teilnahme/u],
];

/** A numbered heading: „§ 4“, „Artikel 2“, „4.“, „4.2“, „IV.“, „b)“ before its words. */
const NUMBERED = /^(?:§[ ]?\d+[a-z]?|Art(?:ikel|\.)[ ]?\d+|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[a-z]\))[ ]+(?=\p{L})/u;
const ANNEX_HEADING = /^(?:Anlagen?|Anhang|Beiblatt)(?!\p{L})(?:[ ]+(?:\d{1,2}|[IVX]{1,4}|[A-Z])(?!\p{L}))?[ ]*[:.–-]?/u;
const ANNEX_MENTION = /(?:Anlage|Anhang|Beiblatt)(?!\p{L})/gu;
/** A table's rule row: `|---|:---:|`. */
const RULE_CELL = /^[ ]*:?-{2,}:?[ ]*$/u;

const MAX_HEADING = 90;
const MAX_HEADING_WORDS = 9;

function topicOf(words: string): Topic | undefined {
  const folded = fold(words.replace(/[^\p{L} ]/gu, " ").trim()).replace(/\s+/gu, " ");
  for (const [topic, pattern] of topicWords) if (pattern.test(folded)) return topic;
  return undefined;
}

const wordCount = (text: string): number => text.split(" ").filter((w) => w !== "").length;

/**
 * Whether a text line is a heading that opens a section: numbered and short, an annex's title,
 * written in capitals, a Markdown heading, or a short line of a topic's words („Ansprechpersonen“,
 * „Laufzeit und Kündigung:“). A short line without those marks („Präambel“) is read as a paragraph:
 * it opens no section the readers need.
 */
const NO_HEADING = { heading: false, topic: undefined, annex: false } as const;

function headingTopic(line: string): { heading: boolean; topic: Topic | undefined; annex: boolean } {
  const text = line.trim();
  const none = NO_HEADING;
  // An address or a line to sign on is a field, however short its label.
  if (text === "" || text.length > MAX_HEADING || /@|_{3}|\.{5}/u.test(text)) return none;
  const annex = ANNEX_HEADING.exec(text);
  const markdown = /^#{1,6}[ ]/u.exec(text);
  const numbered = NUMBERED.exec(text);
  const words = text.slice(annex?.[0].length ?? markdown?.[0].length ?? numbered?.[0].length ?? 0);
  if (wordCount(words) > MAX_HEADING_WORDS || /[;,]$|\p{L}{3}\.$/u.test(words)) return none;
  const topic = topicOf(words);
  if (annex) return { heading: true, topic: topic ?? "annex", annex: true };
  if (markdown || numbered) return { heading: true, topic, annex: false };
  const letters = words.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return { heading: true, topic, annex: false };
  if (topic && wordCount(words) <= 5) return { heading: true, topic, annex: false };
  return none;
}

/** Cells of a `| … | … |` row; undefined when the line is no such row. */
function pipeCells(doc: Doc, from: number, end: number): Span[] | undefined {
  const text = doc.text;
  if (text[from] !== "|") return undefined;
  const bars: number[] = [];
  for (let i = from; i < end; i++) if (text[i] === "|") bars.push(i);
  if (bars.length < 2) return undefined;
  let last = end;
  while (last > from && text[last - 1] === " ") last -= 1;
  // A row that does not end with a bar keeps its last cell.
  if (text[last - 1] !== "|") bars.push(last);
  const cells: Span[] = [];
  for (let k = 0; k + 1 < bars.length; k++) cells.push(trimmed(text, bars[k]! + 1, bars[k + 1]!));
  return cells;
}

/**
 * Cells of a line whose parts stand apart by a wide gap (three spaces or more, or a tab, in the
 * original text: normalisation keeps one space for them, whose source range tells).
 */
function gapCells(doc: Doc, from: number, end: number): Span[] | undefined {
  const { text, norm, original } = doc;
  const cells: Span[] = [];
  let cellStart = from;
  for (let i = text.indexOf(" ", from); i !== -1 && i < end; i = text.indexOf(" ", i + 1)) {
    const a = norm.starts[i]!;
    const b = norm.ends[i]!;
    if (b - a >= 3 || original.charCodeAt(a) === 9) {
      cells.push(trimmed(text, cellStart, i));
      cellStart = i + 1;
    }
  }
  if (cells.length === 0) return undefined;
  cells.push(trimmed(text, cellStart, end));
  const filled = cells.filter((cell) => cell.end > cell.start);
  return filled.length >= 2 ? filled : undefined;
}

function trimmed(text: string, from: number, to: number): Span {
  let a = from;
  let b = to;
  while (a < b && text[a] === " ") a += 1;
  while (b > a && text[b - 1] === " ") b -= 1;
  return { start: a, end: b };
}

/** Reads the layout of the text: one pass over its lines. */
export function readLayout(doc: Doc): Layout {
  const { text } = doc;
  const lineCount = doc.lineStarts.length;
  const blockOfLine = new Int32Array(lineCount).fill(-1);
  const blocks: Block[] = [];
  let rows: Row[] = [];
  let paragraph: { first: number; last: number } | undefined;

  const closeTable = () => {
    if (rows.length === 0) return;
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    for (const row of rows) blockOfLine[row.line] = blocks.length;
    blocks.push({ kind: "table", start: first.start, end: last.end, firstLine: first.line, lastLine: last.line, rows, topic: undefined, annex: false });
    rows = [];
  };
  const closeParagraph = () => {
    if (!paragraph) return;
    for (let line = paragraph.first; line <= paragraph.last; line++) blockOfLine[line] = blocks.length;
    blocks.push({
      kind: "paragraph",
      start: lineBounds(doc, paragraph.first).start,
      end: lineBounds(doc, paragraph.last).end,
      firstLine: paragraph.first,
      lastLine: paragraph.last,
      rows: [],
      topic: undefined,
      annex: false,
    });
    paragraph = undefined;
  };

  for (let line = 0; line < lineCount; line++) {
    const { start, end } = lineBounds(doc, line);
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first += 1;
    if (first === end) {
      closeTable();
      closeParagraph();
      continue;
    }
    const cells = pipeCells(doc, first, end);
    if (cells && cells.every((cell) => RULE_CELL.test(text.slice(cell.start, cell.end)) || cell.end === cell.start) && cells.some((c) => c.end > c.start)) {
      // The rule under a table's header belongs to the table but holds nothing.
      closeParagraph();
      blockOfLine[line] = blocks.length;
      continue;
    }
    const rowCells = cells ?? gapCells(doc, first, end);
    if (rowCells) {
      closeParagraph();
      rows.push({ line, start, end, cells: rowCells });
      continue;
    }
    closeTable();
    // Most lines are prose, longer than any heading: they need no closer look.
    const heading = end - first <= MAX_HEADING ? headingTopic(text.slice(first, end)) : NO_HEADING;
    if (heading.heading) {
      closeParagraph();
      blockOfLine[line] = blocks.length;
      blocks.push({ kind: "heading", start, end, firstLine: line, lastLine: line, rows: [], topic: heading.topic, annex: heading.annex });
      continue;
    }
    if (paragraph) paragraph.last = line;
    else paragraph = { first: line, last: line };
  }
  closeTable();
  closeParagraph();
  return { blocks, sections: sectionsOf(blocks, text.length), annexMentions: annexMentions(doc, blocks, blockOfLine), blockOfLine };
}

function sectionsOf(blocks: readonly Block[], length: number): Section[] {
  const sections: Section[] = [];
  let open: { start: number; heading: Block | undefined; topic: Topic | undefined; inAnnex: boolean } = {
    start: 0,
    heading: undefined,
    topic: undefined,
    inAnnex: false,
  };
  for (const block of blocks) {
    if (block.kind !== "heading") continue;
    if (block.start > open.start || open.heading) sections.push({ ...open, end: block.start });
    const inAnnex = open.inAnnex || block.annex;
    open = { start: block.start, heading: block, topic: block.topic, inAnnex };
  }
  sections.push({ ...open, end: length });
  return sections;
}

/** Annex mentions outside headings: one scan of the text, the word's start checked in code (a lookbehind would try every position). */
function annexMentions(doc: Doc, blocks: readonly Block[], blockOfLine: Int32Array): Span[] {
  const mentions: Span[] = [];
  for (const m of doc.text.matchAll(ANNEX_MENTION)) {
    if (!startsWord(doc.text, m.index)) continue;
    const block = blocks[blockOfLine[lineOf(doc, m.index)] ?? -1];
    if (block && block.kind !== "heading") mentions.push({ start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** The section that holds offset `pos`. */
export function sectionAt(layout: Layout, pos: number): Section | undefined {
  let lo = 0;
  let hi = layout.sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.sections[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  const section = layout.sections[lo];
  return section && section.start <= pos && pos <= section.end ? section : undefined;
}

/** The block of line `line`, if the line is not blank. */
export function blockOfLine(layout: Layout, line: number): Block | undefined {
  const index = layout.blockOfLine[line];
  return index === undefined || index < 0 ? undefined : layout.blocks[index];
}

/** Where offset `pos` of line `line` sits in a table, if the line is a table row. */
export function tablePlace(layout: Layout, line: number, pos: number): TablePlace | undefined {
  const table = blockOfLine(layout, line);
  if (!table || table.kind !== "table") return undefined;
  const row = table.rows.findIndex((r) => r.line === line);
  if (row < 0) return undefined;
  const cell = table.rows[row]!.cells.findIndex((c) => c.start <= pos && pos < c.end);
  return { table, row, cell };
}

/** The words of a table's first row when it labels the columns (no address, no digit, short cells), else undefined. */
export function headerRow(doc: Doc, table: Block): Row | undefined {
  const first = table.rows[0];
  if (!first || table.rows.length < 2 || first.cells.length < 2) return undefined;
  const isLabel = (cell: Span) => {
    const words = doc.text.slice(cell.start, cell.end);
    // „Für die Schule:“ over „Für das Museum:“ captions a block; a header names a column.
    return !/[@\d]|:$/u.test(words) && wordCount(words) <= 4;
  };
  return first.cells.every(isLabel) ? first : undefined;
}

const layouts = new WeakMap<Doc, Layout>();

/** The layout of a checked text, read once and shared by every reader of the same check. */
export function layoutOf(doc: Doc): Layout {
  let layout = layouts.get(doc);
  if (!layout) {
    layout = readLayout(doc);
    layouts.set(doc, layout);
  }
  return layout;
}
