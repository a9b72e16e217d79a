import { lineBounds, lineOf, type Doc } from "./text.js";

/**
 * "Anlage 2: Kooperationsvereinbarung mit der Kita …", "Anhang – Vertrag über …": the heading of an
 * agreement attached to this one.
 */
const ATTACHED_HEADING = /^(?:Anlage|Anhang)(?!\p{L}).{0,70}?(?:vereinbarung|vertrag)/iu;
/** A second agreement's title line: "Kooperationsvereinbarung", "Vereinbarung über die Zusammenarbeit …". */
const AGREEMENT_TITLE = /^\S*(?:vereinbarung|vertrag)(?!\p{L})/iu;
/** The main agreement's signature lines or signers, or a note that it was signed. */
const SIGNED_ABOVE = /_{5,}|Unterschrift|gez\.|unterzeichnet/u;
/** "Anlage 1", "Anhang", "Anlage 2 zur Niederschrift …": an annex's heading, its title on the next line. */
const ANNEX_HEADING = /^(?:Anlage|Anhang)(?!\p{L})/iu;
/** A party block's first line ("zwischen der …") or a numbered section ("§ 3"): what an agreement has and a cover does not. */
const AGREEMENT_BODY = /^(?:zwischen|Partner\s(?:dieser|der)\s|Vertragspartner)(?!\p{L})|^§/imu;
/** What shows that a heading begins an agreement of its own: its parties ("zwischen …", "A und B schließen die folgende Vereinbarung"). */
const PARTIES_BELOW = /zwischen|Partner\s(?:dieser|der)\s|Vertragspartner|(?:schließen|treffen)\s(?:die\s)?(?:folgende|nachstehende)/iu;

const cache = new WeakMap<Doc, Doc>();

/**
 * The main agreement: the document up to an agreement attached to it (a Kita's agreement, an
 * earlier agreement), so that the attached one's parties, term and signatures are not read as
 * the main agreement's. An attached agreement is a heading ("Anlage 2: Kooperationsvereinbarung …",
 * "Anhang" over an agreement's title, or a second agreement title) below the main agreement's
 * signatures or the note that it was signed, with parties of its own ("zwischen …") in the lines
 * under it. When what stands above it is no agreement (a council notice, a letter: no parties'
 * block, no "§"), the attached agreement is the one to read, and the cover is blanked out.
 * Offsets and lines stay those of the whole document.
 */
export function mainPart(doc: Doc): Doc {
  const cached = cache.get(doc);
  if (cached) return cached;
  let main = doc;
  const cut = attachedStart(doc, 0);
  if (cut !== undefined && AGREEMENT_BODY.test(doc.text.slice(0, cut))) {
    main = { ...doc, text: doc.text.slice(0, cut), lineStarts: doc.lineStarts.filter((start) => start < cut) };
  } else if (cut !== undefined) {
    // a cover above the agreement: its lines kept empty; an agreement attached to the agreement still cut off
    const end = attachedStart(doc, cut + 1) ?? doc.text.length;
    const text = doc.text.slice(0, cut).replace(/[^\n]/gu, " ") + doc.text.slice(cut, end);
    main = { ...doc, text, lineStarts: doc.lineStarts.filter((start) => start < end) };
  }
  cache.set(doc, main);
  return main;
}

function attachedStart(doc: Doc, from: number): number | undefined {
  const { text } = doc;
  // the main agreement's first signature line or signer: an attached agreement starts below it
  const firstSigned = text.slice(from).search(SIGNED_ABOVE);
  if (firstSigned < 0) return undefined;
  for (let line = lineOf(doc, from + firstSigned) + 1; line < doc.lineStarts.length; line++) {
    const { start, end } = lineBounds(doc, line);
    // a heading may name the attached agreement's parties („Anlage 2: Kooperationsvereinbarung zwischen … und …“)
    if (end - start > 240) continue;
    const content = text.slice(start, end).trim();
    if (!ATTACHED_HEADING.test(content) && !(content.length <= 80 && AGREEMENT_TITLE.test(content)) && !(ANNEX_HEADING.test(content) && AGREEMENT_TITLE.test(nextLine(doc, line)))) continue;
    // with parties of its own in the heading or the lines under it
    if (PARTIES_BELOW.test(text.slice(start, Math.min(text.length, end + 600)))) return start;
  }
  return undefined;
}

/** The next line that is not blank after `line`, trimmed ("" at the end). */
function nextLine(doc: Doc, line: number): string {
  for (let l = line + 1; l < doc.lineStarts.length && l <= line + 3; l++) {
    const { start, end } = lineBounds(doc, l);
    const content = doc.text.slice(start, end).trim();
    if (content !== "") return content;
  }
  return "";
}
