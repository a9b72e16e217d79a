import { fold, isDigit, isLetter, isUpper } from "../document/text.js";

/** A word of a name, folded and without its case ending, with how it was written. */
interface NameToken {
  /** Folded, case ending removed: "Städtischen" → "staedtisch". */
  readonly stem: string;
  /** Written with a dot after it ("Städt.", "St."): it may stand for any word it begins. */
  readonly abbreviated: boolean;
  /** Letters of an initialism ("StGS" → st, g, s), or undefined for an ordinary word. */
  readonly initials: readonly string[] | undefined;
}

/** Words that link the parts of a name and say nothing about which institution it is. */
const linkWords = new Set(["der", "die", "das", "dem", "den", "des", "und", "fuer", "am", "an", "im", "in", "zu", "zur", "zum", "von", "vom", "bei", "auf", "mit", "e", "v", "ev"]);
/** Case endings of German adjectives and nouns, longest first. */
const caseEndings = ["en", "em", "er", "es", "e", "n", "s"];

function stemOf(folded: string): string {
  if (folded.length <= 4) return folded;
  const ending = caseEndings.find((e) => folded.endsWith(e));
  return ending ? folded.slice(0, -ending.length) : folded;
}

/** Initialisms: two or more capitals in a short word ("StGS", "KGS", "VHS"), split before each capital. */
function initialsOf(word: string): string[] | undefined {
  if (word.length > 6) return undefined;
  const capitals = [...word].filter((c) => isUpper(c)).length;
  if (capitals < 2) return undefined;
  const parts: string[] = [];
  for (const char of word) {
    if (isUpper(char) || parts.length === 0) parts.push(fold(char));
    else parts[parts.length - 1] += fold(char);
  }
  return parts;
}

/** The significant words of a name: letters and digits, link words left out. */
function nameTokens(name: string): NameToken[] {
  const result: NameToken[] = [];
  let i = 0;
  while (i < name.length) {
    if (!isLetter(name[i]) && !isDigit(name[i])) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < name.length && (isLetter(name[i]) || isDigit(name[i]) || (name[i] === "-" && isLetter(name[i + 1])))) i += 1;
    const word = name.slice(start, i);
    const folded = fold(word);
    if (linkWords.has(folded)) continue;
    result.push({ stem: stemOf(folded), abbreviated: name[i] === ".", initials: initialsOf(word) });
  }
  return result;
}

/** Whether one written word may stand for another: equal stems, or an abbreviation that begins it. */
function wordMatches(short: NameToken, long: NameToken): boolean {
  if (short.stem === long.stem) return true;
  if (short.abbreviated && short.stem.length >= 2 && long.stem.startsWith(short.stem)) return true;
  return long.abbreviated && long.stem.length >= 2 && short.stem.startsWith(long.stem);
}

/**
 * How many words from `at` an initialism covers ("StGS" covers "Städtische Gesamtschule": St, G at
 * the start of a word, S inside the compound), or 0 when it does not fit.
 */
function initialismRun(initials: readonly string[], words: readonly NameToken[], at: number): number {
  let word = at;
  let pos = 0;
  for (const [k, part] of initials.entries()) {
    const current = words[word]?.stem ?? "";
    if (k > 0) {
      // The next letter starts a later part of the same compound word ("GeSamtschule"), or the next word.
      const inside = current.indexOf(part, pos);
      if (inside > 0) {
        pos = inside + part.length;
        continue;
      }
      if (!(words[word + 1]?.stem ?? "").startsWith(part)) return 0;
      word += 1;
      pos = part.length;
      continue;
    }
    if (!current.startsWith(part)) return 0;
    pos = part.length;
  }
  return word - at + 1;
}

/** Whether every word of `short` stands, in order, for a word (or an initialism for words) of `long`. */
function covered(short: readonly NameToken[], long: readonly NameToken[]): boolean {
  let at = 0;
  for (const token of short) {
    let found = false;
    while (at < long.length && !found) {
      const run = token.initials ? initialismRun(token.initials, long, at) : 0;
      if (run > 0) {
        at += run;
        found = true;
      } else if (wordMatches(token, long[at]!)) {
        at += 1;
        found = true;
      } else at += 1;
    }
    if (!found) return false;
  }
  return true;
}

/**
 * Whether two names of an institution name the same one, as people write them: without regard to
 * case, declension ("der Städtischen Gesamtschule Ost" / "Städtische Gesamtschule Ost"),
 * abbreviations ("Städt.", "StGS Ost"), hyphens, quotes and link words, and when one name is the
 * other with more words ("Gesamtschule Ost" / "Städtische Gesamtschule Ost Bochum"). A name of a
 * single word matches only a name of a single word.
 */
export function sameInstitutionName(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return false;
  if ((x.length === 1) !== (y.length === 1) && !x.some((t) => t.initials) && !y.some((t) => t.initials)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return covered(short, long) || covered(long, short);
}

/** Words before a person's name that are not part of it: forms of address, titles, ranks. */
const personTitles = new Set([
  "frau", "herr", "herrn", "fr", "hr", "dr", "prof", "dipl", "med", "phil", "rer", "nat", "mag", "ma", "ba", "ing", "std",
  "ostd", "str", "ostr", "stdin", "strin", "ostrin", "studienrat", "studienraetin", "oberstudienrat", "oberstudienraetin",
  "studiendirektor", "studiendirektorin", "oberstudiendirektor", "oberstudiendirektorin", "rektor", "rektorin",
  "konrektor", "konrektorin",
]);

/** The name's words, first names first: "Brandt, Sophie" → sophie, brandt. */
function personWords(name: string): string[] {
  const comma = name.indexOf(",");
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  const words: string[] = [];
  let i = 0;
  while (i < ordered.length) {
    if (!isLetter(ordered[i])) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < ordered.length && (isLetter(ordered[i]) || (ordered[i] === "-" && isLetter(ordered[i + 1])))) i += 1;
    const folded = fold(ordered.slice(start, i));
    if (!personTitles.has(folded)) words.push(folded);
  }
  return words;
}

/**
 * Whether two written names are the same person: without regard to case, umlauts, forms of address
 * and titles ("Frau Dr. Anna Müller" / "Anna Mueller"), order ("Müller, Anna") and initials
 * ("A. Müller"); a name given by surname only matches any first name.
 */
export function samePersonName(a: string, b: string): boolean {
  const x = personWords(a);
  const y = personWords(b);
  const lastX = x[x.length - 1];
  const lastY = y[y.length - 1];
  if (lastX === undefined || lastY === undefined || lastX !== lastY) return false;
  const firstX = x.slice(0, -1);
  const firstY = y.slice(0, -1);
  if (firstX.length === 0 || firstY.length === 0) return true;
  const [p, q] = [firstX[0]!, firstY[0]!];
  return p === q || (p.length === 1 && q.startsWith(p)) || (q.length === 1 && p.startsWith(q));
}
