/**
 * Text as it comes out of PDF and Word files, made matchable: Unicode NFKC (ligatures, full-width
 * letters, compatibility spaces), soft hyphens and zero-width characters removed, every kind of
 * horizontal space one plain space, line breaks `\n`, and words hyphenated across a line break joined.
 * Every character of the result remembers the range of the original text it came from, so findings
 * can point into the text the caller gave.
 */
export interface NormalizedText {
  /** The normalised text that the patterns read. */
  readonly text: string;
  /** For each character of `text`, the offset in the original text where its source begins. */
  readonly starts: Int32Array;
  /** For each character of `text`, the offset in the original text where its source ends. */
  readonly ends: Int32Array;
}

/** Collects output characters with their original ranges. */
class Builder {
  private parts: string[] = [];
  private length = 0;
  starts: Int32Array;
  ends: Int32Array;

  constructor(capacity: number) {
    this.starts = new Int32Array(Math.max(16, capacity));
    this.ends = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Appends `text`, every character of which comes from the original range [start, end). */
  push(text: string, start: number, end: number): void {
    this.reserve(text.length);
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length + k] = start;
      this.ends[this.length + k] = end;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends characters that map one to one onto the original range starting at `start`. */
  pushIdentity(text: string, start: number): void {
    this.reserve(text.length);
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length + k] = start + k;
      this.ends[this.length + k] = start + k + 1;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends characters carrying the ranges they already had in an earlier stage. */
  pushMapped(text: string, starts: Int32Array, ends: Int32Array, from: number): void {
    this.reserve(text.length);
    this.starts.set(starts.subarray(from, from + text.length), this.length);
    this.ends.set(ends.subarray(from, from + text.length), this.length);
    this.parts.push(text);
    this.length += text.length;
  }

  result(): NormalizedText {
    return { text: this.parts.join(""), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

const SOFT_HYPHEN = "\u00ad";
const COMBINING_MARK = /^\p{M}$/u;

/** Characters that vanish: zero-width spaces and joiners, word joiner, BOM, invisible operators. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    code === 0x180e ||
    code === 0x034f
  );
}

/** Whether the code point at `index` is a combining mark (umlaut dots written separately, …). */
function isMarkAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x300 || Number.isNaN(code)) return false;
  const point = text.codePointAt(index)!;
  return COMBINING_MARK.test(String.fromCodePoint(point));
}

/**
 * Per code unit below U+2100: 1 when the character stays as it is (NFKC leaves it alone and it is no
 * space, hyphen or invisible character), 2 when it changes. Filled on first use; lets the common
 * non-ASCII letters of German text (ä, ö, ü, ß, „ “ – §) take the fast path.
 */
const stableCache = new Uint8Array(0x2100);

function isStable(code: number): boolean {
  if (code >= 0x2100 || (code >= 0x300 && code < 0x2000)) return false;
  let known = stableCache[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char.normalize("NFKC") === char && simplify(char) === char && !isInvisible(code) && code !== 0xad ? 1 : 2;
    stableCache[code] = known;
  }
  return known === 1;
}

/** Maps one character of NFKC output to what the patterns read. */
function simplify(char: string): string {
  switch (char) {
    case "\u2010":
    case "\u2011":
    case "\u2212":
      return "-";
    case "\u2028":
    case "\u2029":
    case "\u0085":
      return "\n";
    default:
      return char.trim() === "" && char !== "\n" ? " " : char;
  }
}

/** Stage 1: Unicode normalisation, invisible characters, line breaks and control characters. */
function unicodeStage(original: string): NormalizedText {
  const out = new Builder(original.length + 16);
  let run = 0; // start of a run of ASCII characters copied unchanged
  const flush = (to: number) => {
    if (to > run) out.pushIdentity(original.slice(run, to), run);
  };
  let i = 0;
  while (i < original.length) {
    // Printable ASCII and line feeds stay as they are; the pattern finds the next other character
    // faster than a look at every one. A combining mark after such a character joins it.
    UNICODE_CANDIDATE.lastIndex = i;
    const candidate = UNICODE_CANDIDATE.exec(original);
    if (!candidate) {
      i = original.length;
      break;
    }
    i = candidate.index > run && isMarkAt(original, candidate.index) ? candidate.index - 1 : candidate.index;
    const code = original.charCodeAt(i);
    if (((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && isStable(code))) && !isMarkAt(original, i + 1)) {
      i += 1;
      continue;
    }
    flush(i);
    if (code === 0x0d) {
      // CR LF becomes one line break; a lone CR is a line break too.
      const width = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      out.push("\n", i, i + width);
      i += width;
    } else if (code === 0x0a || code === 0x0b || code === 0x0c) {
      out.push("\n", i, i + 1);
      i += 1;
    } else if (code < 0x20 || code === 0x7f) {
      out.push(" ", i, i + 1); // tabs and stray control characters separate words
      i += 1;
    } else if (code === 0xad) {
      out.push(SOFT_HYPHEN, i, i + 1); // resolved in the next stage, which sees the line break after it
      i += 1;
    } else if (isInvisible(code)) {
      i += 1;
    } else if (code >= 0xd800 && code <= 0xdfff && original.codePointAt(i)! === code) {
      out.push("\ufffd", i, i + 1); // a lone surrogate: keep its place, match nothing
      i += 1;
    } else {
      let end = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      while (end < original.length && isMarkAt(original, end)) end += original.codePointAt(end)! > 0xffff ? 2 : 1;
      const cluster = original.slice(i, end).normalize("NFKC");
      let mapped = "";
      for (const char of cluster) mapped += isInvisible(char.charCodeAt(0)) ? "" : simplify(char);
      if (mapped !== "") out.push(mapped, i, end);
      i = end;
    }
    run = i;
  }
  flush(i);
  return out.result();
}

const isLetter = (char: string | undefined): boolean =>
  char !== undefined && ((char >= "a" && char <= "z") || (char >= "A" && char <= "Z") || (char > "\u007f" && char.toLowerCase() !== char.toUpperCase()));

const isLowerLetter = (char: string | undefined): boolean =>
  char !== undefined && isLetter(char) && char === char.toLowerCase() && char !== char.toUpperCase();

/** Words after a line-final hyphen that show a German suspended compound ("Bildungs- und Kulturarbeit"). */
const conjunctions = new Set(["und", "oder", "bzw", "sowie", "bis", "als"]);

function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && isLetter(text[end])) end += 1;
  return text.slice(index, end).toLowerCase();
}

/** Where the Unicode stage may change something: any character but printable ASCII and the line feed. */
const UNICODE_CANDIDATE = /[^\x20-\x7e\n]/g;

/** Where the layout stage may change something: two spaces, a hyphen, a soft hyphen. */
const LAYOUT_CANDIDATE = / {2}|[-\u00ad]/gu;

/** How far back a line is searched for a column gap: longer lines are prose. */
const MAX_COLUMN_LINE = 200;

/**
 * Whether the line that ends at `index` is laid out in columns (a gap of three spaces or more): its
 * last word continues on the next line of the same column, not at the start of the next line.
 */
function inColumns(text: string, index: number): boolean {
  let spaces = 0;
  for (let k = index - 1; k >= 0 && k >= index - MAX_COLUMN_LINE && text[k] !== "\n"; k--) {
    spaces = text[k] === " " ? spaces + 1 : 0;
    if (spaces >= 3) return true;
  }
  return false;
}

/**
 * Stage 2: runs of spaces become one space, and a word broken by a hyphen (or soft hyphen) at the
 * end of a line is joined. A hyphen before a capital letter stays ("E-\nMail" → "E-Mail"), as does
 * one before "und"/"oder".
 */
function layoutStage(input: NormalizedText): NormalizedText {
  const { text, starts, ends } = input;
  const out = new Builder(text.length);
  let run = 0;
  const flush = (to: number) => {
    if (to > run) out.pushMapped(text.slice(run, to), starts, ends, run);
  };
  let i = 0;
  while (i < text.length) {
    // Most characters need nothing: only runs of spaces, hyphens and soft hyphens do, and the
    // pattern finds the next of them faster than a look at every character.
    LAYOUT_CANDIDATE.lastIndex = i;
    const candidate = LAYOUT_CANDIDATE.exec(text);
    if (!candidate) {
      i = text.length;
      break;
    }
    i = candidate.index;
    const char = text[i]!;
    if (char === " ") {
      let j = i + 1;
      while (text[j] === " ") j += 1;
      if (j - i > 1) {
        flush(i);
        out.push(" ", starts[i]!, ends[j - 1]!);
        run = j;
      }
      i = j;
      continue;
    }
    if ((char === "-" || char === SOFT_HYPHEN) && isLetter(text[i - 1]) && !inColumns(text, i)) {
      let j = i + 1;
      while (text[j] === " ") j += 1;
      if (text[j] === "\n") {
        j += 1;
        while (text[j] === " ") j += 1;
        const next = text[j];
        if (isLetter(next) && (char === SOFT_HYPHEN || (isLowerLetter(next) && !conjunctions.has(wordAt(text, j))))) {
          flush(i); // the hyphen and the line break vanish: "Bildungs-\npartner" → "Bildungspartner"
          run = j;
          i = j;
          continue;
        }
        if (char === "-" && (isLetter(next) || (next !== undefined && next >= "0" && next <= "9"))) {
          flush(i + 1); // keep the hyphen, drop the line break: "Kooperations-\nVertrag" → "Kooperations-Vertrag"
          if (conjunctions.has(wordAt(text, j))) out.push(" ", starts[i + 1]!, ends[j - 1]!);
          run = j;
          i = j;
          continue;
        }
      }
    }
    if (char === SOFT_HYPHEN) {
      flush(i);
      run = i + 1;
    }
    i += 1;
  }
  flush(i);
  return out.result();
}

/** Normalises `original` for matching; see {@link NormalizedText}. Linear in the text's length. */
export function normalizeText(original: string): NormalizedText {
  return layoutStage(unicodeStage(original));
}

/** The original range [start, end) behind the normalised range [from, to). */
export function originalRange(normalized: NormalizedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = from < normalized.starts.length ? normalized.starts[from]! : normalized.ends[normalized.ends.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: normalized.starts[from]!, end: normalized.ends[to - 1]! };
}
