import type { Lang } from "@bildungspartner/core";
import { say, texts } from "../findings/messages.js";
import { evidenceList, lineBounds, lineOf, sentenceEnd, startsWord, type Doc } from "../document/text.js";
import type { Finding } from "../findings/types.js";
import { agreementFindings } from "../findings/types.js";

/** "Bildungspartner", "Bildungspartnerschaft", "Bildungs-Partner", "BildungspartnerNRW", … */
const PARTNER_WORD = /Bildungs-?\s?partner(?:(schaft|schaften|innen|in|n)?(?!\p{L})|(?=NRW))/giu;
/** "NRW" right after the word: "Bildungspartner NRW", "Bildungspartner-NRW", "Bildungspartner in NRW", "Bildungspartner⏎  NRW". */
const NRW_NEXT = /^\s{0,3}[-–]?\s{0,3}(?:(?:in|im|des|Landes|Land)\s{1,3}){0,2}(?:NRW|Nordrhein-Westfalen)(?!\p{L})/u;
/** "NRW" later in the same sentence, for "Bildungspartnerschaft … NRW". */
const NRW_WORD = /(?<!\p{L})(?:NRW|Nordrhein-Westfalen)(?!\p{L})/u;
/** The programme's sub-initiatives ("Archiv und Schule", …). */
const INITIATIVE =
  /(Bibliothek|Museum|Musikschule|Archiv|Sportverein|Gedenkstätte|Natur|Bühne|Volkshochschule|Medienzentrum)\sund\sSchule(?!\p{L})/gu;

/** The programme-mentioned finding and its fact. */
export function programmeFinding(doc: Doc, lang: Lang): { finding: Finding; mentionsProgramme: boolean | undefined } {
  const { text } = doc;
  const full: Array<[number, number]> = [];
  const partial: Array<[number, number]> = [];
  for (const m of text.matchAll(PARTNER_WORD)) {
    const from = m.index;
    if (!startsWord(text, from)) continue;
    const to = from + m[0].length;
    const after = text.slice(to, to + 40);
    const next = NRW_NEXT.exec(after);
    if (next) {
      full.push([from, to + next[0].length]);
      continue;
    }
    const isPartnership = (m[1] ?? "").toLowerCase().startsWith("schaft");
    const sentenceTo = sentenceEnd(text, to, 100);
    const later = isPartnership ? NRW_WORD.exec(text.slice(to, sentenceTo)) : null;
    if (later) full.push([from, to + later.index + later[0].length]);
    else partial.push([from, to]);
  }
  const initiatives: Array<{ name: string; range: [number, number] }> = [];
  for (const m of text.matchAll(INITIATIVE)) if (startsWord(text, m.index)) initiatives.push({ name: m[0], range: [m.index, m.index + m[0].length] });
  const initiative = initiatives[0]?.name;
  const finding = (status: Finding["status"], message: string, ranges: ReadonlyArray<readonly [number, number]>): Finding => ({
    id: agreementFindings.programme,
    status,
    message,
    evidence: evidenceList(doc, ranges),
  });
  // A mention only in a running header or footer (a line repeated on the pages, such as a partner's
  // letterhead "… ist Bildungspartner NRW") belongs to the paper, not to what the parties agree.
  const lines = full.slice(0, 50).map(([from]) => ({ line: lineOf(doc, from), shape: lineShape(doc, from) }));
  if (full.length > 0 && lines.every((a) => lines.some((b) => b.line !== a.line && b.shape === a.shape))) {
    return { finding: finding("unclear", say(lang, texts.programme.runningOnly), full), mentionsProgramme: undefined };
  }
  if (full.length > 0) {
    const message = initiative ? say(lang, texts.programme.foundInitiative, { initiative }) : say(lang, texts.programme.found);
    return { finding: finding("found", message, [...full, ...initiatives.slice(0, 1).map((i) => i.range)]), mentionsProgramme: true };
  }
  if (partial.length > 0) return { finding: finding("unclear", say(lang, texts.programme.partial), partial), mentionsProgramme: undefined };
  if (initiative) {
    return {
      finding: finding("unclear", say(lang, texts.programme.initiativeOnly, { initiative }), initiatives.map((i) => i.range)),
      mentionsProgramme: undefined,
    };
  }
  return { finding: finding("missing", say(lang, texts.programme.missing), []), mentionsProgramme: false };
}

/** The line of a mention, digits and spaces left out: a running line's shape, the same on every page but for its number. */
function lineShape(doc: Doc, pos: number): string {
  const { start, end } = lineBounds(doc, lineOf(doc, pos));
  return doc.text.slice(start, end).replace(/[\d\s]+/gu, "");
}
