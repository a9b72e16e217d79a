import type { Span } from "./layout.js";
import { sentenceEnd, sliceHas, type Doc } from "./text.js";

/**
 * „Im Übrigen gelten die Bestimmungen der Kooperationsvereinbarung vom 03.05.2024 unverändert fort“,
 * „Die übrigen Regelungen sollen wie bisher gelten“, „alles andere so belassen“: the rest stays as an
 * earlier agreement has it: the rest (here) and what it does (`CONTINUES`), in one sentence.
 */
const REST = /(?:übrige[nrs]?|Übrigen|alles\s(?:andere|Übrige))(?!\p{L})/giu;
/** What the rest does in that sentence: it stays, it goes on. */
const CONTINUES = /(?:gelten|gilt|bleiben|bleibt|belassen|fort)(?!\p{L})/u;
/** What the rest is: the terms of an agreement, not pupils or groups („die übrigen Klassen bleiben …“). */
const AGREEMENT_TERMS = /Vereinbarung|Vertrag|Regelung|Bestimmung|Absprache|alles\s(?:andere|Übrige)/iu;

const cache = new WeakMap<Doc, Span | null>();

/**
 * The statement that an earlier agreement, which the text does not contain, governs whatever this
 * text (an extension, an amendment, an e-mail agreeing to carry on) does not restate; undefined when
 * there is none. What such a text leaves out may stand in the earlier agreement: a reader abstains.
 */
export function continuesEarlier(doc: Doc): Span | undefined {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached ?? undefined;
  let found: Span | null = null;
  for (const m of doc.text.matchAll(REST)) {
    const end = sentenceEnd(doc.text, m.index + m[0].length, 120);
    if (sliceHas(doc.text, m.index, end, CONTINUES) && sliceHas(doc.text, m.index, end, AGREEMENT_TERMS)) {
      found = { start: m.index, end };
      break;
    }
  }
  cache.set(doc, found);
  return found ?? undefined;
}
