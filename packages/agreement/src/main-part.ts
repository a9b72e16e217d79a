import { lineBounds, lineOf, type Doc } from "./text.js";

/**
 * "Anlage 2: Kooperationsvereinbarung mit der Kita …", "Anhang – Vertrag über …": the heading of an
 * agreement attached to this one.
 */
const ATTACHED_HEADING = /^(?:Anlage|Anhang)(?!\p{L}).{0,70}?(?:vereinbarung|vertrag)/iu;
/** A second agreement's title line: "Kooperationsvereinbarung", "Vereinbarung über die Zusammenarbeit …". */
const AGREEMENT_TITLE = /^\S*(?:vereinbarung|vertrag)(?!\p{L})/iu;
/** The main agreement's signature lines or signers. */
const SIGNED_ABOVE = /_{5,}|Unterschrift|gez\./u;
/** What shows that a heading begins an agreement of its own: its parties. */
const PARTIES_BELOW = /zwischen|Partner\s(?:dieser|der)\s|Vertragspartner/iu;

const cache = new WeakMap<Doc, Doc>();

/**
 * The main agreement: the document up to an agreement attached to it (a Kita's agreement, an
 * earlier agreement), so that the attached one's parties, term and signatures are not read as
 * the main agreement's. An attached agreement is a heading ("Anlage 2: Kooperationsvereinbarung …",
 * or a second agreement title) below the main agreement's signatures, with parties of its own
 * ("zwischen …") in the lines under it. Offsets stay those of the whole document.
 */
export function mainPart(doc: Doc): Doc {
  const cached = cache.get(doc);
  if (cached) return cached;
  const cut = attachedStart(doc);
  const main = cut === undefined ? doc : { ...doc, text: doc.text.slice(0, cut), lineStarts: doc.lineStarts.filter((start) => start < cut) };
  cache.set(doc, main);
  return main;
}

function attachedStart(doc: Doc): number | undefined {
  const { text } = doc;
  // the main agreement's first signature line or signer: an attached agreement starts below it
  const firstSigned = text.search(SIGNED_ABOVE);
  if (firstSigned < 0) return undefined;
  for (let line = lineOf(doc, firstSigned) + 1; line < doc.lineStarts.length; line++) {
    const { start, end } = lineBounds(doc, line);
    if (end - start > 120) continue;
    const content = text.slice(start, end).trim();
    if (!ATTACHED_HEADING.test(content) && !(content.length <= 80 && AGREEMENT_TITLE.test(content))) continue;
    // with parties of its own in the lines under it
    if (PARTIES_BELOW.test(text.slice(end, Math.min(text.length, end + 600)))) return start;
  }
  return undefined;
}
