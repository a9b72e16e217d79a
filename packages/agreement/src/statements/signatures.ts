import type { Contact, Lang } from "@bildungspartner/core";
import { findPersonNames } from "./contacts.js";
import { layoutOf, type Span } from "../document/layout.js";
import { compareDates, datesOf, type CalendarDate } from "./dates.js";
import { say, texts } from "../findings/messages.js";
import { CLOSING, findingParties, joinLabels, letterSender, partyLabel, partyOf, partyOfContact, partyRefs, sideRefs, type Parties, type PartyRef } from "../parties/parties.js";
import { originalRange } from "../document/normalize.js";
import { evidenceList, fold, isLetter, isUpper, lineBounds, lineOf, sentenceEnd, sentenceStart, sliceHas, startsWord, tokens, type Doc } from "../document/text.js";
import { continuesEarlier } from "../document/earlier.js";
import { mainPart } from "../document/main-part.js";
import type { Finding } from "../findings/types.js";
import { agreementFindings } from "../findings/types.js";

/** A line to sign on: underscores or dots (an ellipsis is three dots after normalisation). */
const SIGNATURE_LINE = /_{5,}|\.{8,}/gu;
/** A line of spaces and dashes only (with at least eight dashes in a row): a signature line, or a separator. */
const DASH_LINE = /^[ -]+$/u;
/** "Unterschrift", "gez.", "gezeichnet", "Unterzeichner", "i. A." and "i. V." before a name. */
const SIGNATURE_WORD = /(?:Unterschrift(?:en)?|gez\.|gezeichnet|Unterzeichner(?:in)?|i\.[ ]?[AV]\.)(?!\p{L})/giu;
/** A signature still to come: "wird nachgereicht", "Unterschrift folgt", "steht noch aus". */
const TO_FOLLOW =
  /(?:nachgereicht|nachgeholt|nachgetragen|nachträglich|reich(?:t|en)\s(?:ihre|seine|deren|die)\sUnterschrift(?:en)?\snach|Unterschrift(?:en)?\s(?:folg(?:t|en)|steh(?:t|en)\snoch\saus|fehl(?:t|en)\snoch)|noch\snicht\s(?:unterschrieben|unterzeichnet)|(?:wird|werden)\s(?:erst\s)?(?:noch|später)\s(?:unterschrieben|unterzeichnet))(?!\p{L})/giu;
/** "… soll am 27. November unterzeichnet werden", "Unterzeichnet werden soll …": a signing planned, in a sentence with "soll". */
const TO_BE_SIGNED = /(?:unterzeichnet|unterschrieben)\swerden(?!\p{L})/giu;
const SHALL = /(?<!\p{L})soll(?:en)?(?!\p{L})/iu;
/** A later signing of something else: "Änderungen sollen von beiden unterzeichnet werden". */
const OTHER_SIGNING = /Änderung|Ergänzung|Nachtrag|Verlängerung/iu;
/** "Die Vereinbarung soll … unterzeichnet werden": the whole agreement is still to be signed, by every party. */
const WHOLE_AGREEMENT = /vereinbarung|vertrag/iu;
/** The sentence is about a signature. */
const ABOUT_SIGNING = /Unterschrift|unterzeichn|unterschreib|Signatur|gezeichnet/iu;
/** An agreement's title or its parties: what follows a letter's date, never a signature's. */
const LETTER_BELOW = /Vereinbarung|Vertrag|zwischen/iu;
/** "Ort, Datum", "Datum, Unterschrift". */
const PLACE_DATE_LABEL = /(?:Ort[ ]?(?:,|und|\/)[ ]?Datum|Datum[ ]?(?:,|und|\/)[ ]?(?:Ort|Unterschrift))(?!\p{L})/giu;

/** What may stand before a typed name at the start of a line: "Dr. ", "Frau Prof. ", "gez. ", "i. A. ". */
const NAME_PREFIX = /^(?:(?:Frau|Herr|Dr\.|Prof\.|gez\.|i\.[ ]?[AV]\.)[ ]?)*$/u;

/** "gez. Kühn", "i. A. Hollmann": a signer named, perhaps by surname only. */
const SIGNED_MARK = /(?<!\p{L})(?:gez\.|i\.[ ]?[AV]\.)[ ]?\p{Lu}/u;

/** A gap between columns of the original layout: three spaces or more, or a tab. */
const COLUMN_GAP = /[ ]{3,}|\t/u;

/** The words of a field's line that hold nothing: "Unterschrift (Verein)", "Ort, Datum", "Stempel", "(Unterschrift, Name in Druckbuchstaben)". */
const FIELD_WORDS = new Set(["unterschrift", "ort", "datum", "stempel", "name", "in", "druckbuchstaben", "funktion"]);

/** "Für die Schule", "Für den Heimatverein …", a countersignature's „Einverstanden für …“: a signature field's label. */
const FOR_PARTY = /^(?:(?:Gelesen\sund\s)?[Ee]inverstanden,?\s[Ff]ür\s|Für\s|Fuer\s)/u;

/** An e-mail's header as mail programs print it: a sender line with an address, a subject line at most four lines below. */
const MAIL_FROM = /(?<![^\n])(?:Von|From|Absender):[ ]/gu;
const MAIL_SUBJECT = /^(?:Betreff|Subject):[ ]/u;

/** A section heading: "§ 4 …", "4. …", "4) …". */
const HEADING_START = /^(?:§|\d{1,2}[.)][ ])/u;

/** Longest line read as part of a signature block; longer lines are prose. */
const SHORT_LINE = 100;

/** A form field's label ("E-Mail:", "Ansprechpartner/in:") that says nothing of signing, a party or a signer. */
const FIELD_BEFORE_LINE = /:[ ]*$/u;
const SIGNING_LABEL = /Unterschrift|Für|Fuer|gez|gezeichnet|Ort|Datum|Stempel|Siegel|Name|Leitung|Leiter|Vorstand/iu;

/** A line of a form's options: "[ ] bis ______", "[x] Klasse ______", "☐ …". */
const CHECKBOX = /^[ ]*(?:\[[ xX✓]{0,3}\]|[☐☑☒□■])/u;

function isBlankField(before: string): boolean {
  if (CHECKBOX.test(before)) return true;
  const label = before.trim();
  return label.length > 0 && label.length <= 40 && FIELD_BEFORE_LINE.test(label) && !SIGNING_LABEL.test(label.slice(0, -1).trim());
}

/** The keeper of a meeting's minutes: "Protokollführer", "Schriftführerin", "(Protokoll)". */
const MINUTES_SIGNER = /Protokollf(?:ü|ue)hr|Schriftf(?:ü|ue)hr|\(Protokoll\)/iu;

/** The other party's place and date beside the first („Ostervelde, 11.01.2027      Ostervelde, 11.01.2027“). */
const PLACE_DATE_BESIDE = /^\p{Lu}[\p{L} ./-]{0,40},?(?: den)? ?\d{1,2}\. ?\d{1,2}\. ?(?:\d{4}|\d{2})$/u;

/** A cell left for a place and a date: „Ort, Datum:“. */
const PLACE_DATE_LABEL_ONLY = /^Ort[ ]?(?:,|und|\/)[ ]?Datum:?$/u;

/** "Bochum, den" / "Bochum," / "Bochum": a place before a date. */
function isPlace(text: string): boolean {
  let place = text.trim();
  if (place.endsWith(" den")) place = place.slice(0, -4).trim();
  if (place.endsWith(",")) place = place.slice(0, -1).trim();
  if (place.length === 0) return true;
  if (place.length > 40 || !isUpper(place[0])) return false;
  return [...place].every((c) => isLetter(c) || c === " " || c === "-" || c === "." || c === "/");
}

/**
 * Lines that hold a place and a date ("Bochum, den 15.06.2025"), followed at most by a signature
 * line, and the latest such date: the day the agreement was signed.
 */
function placeDateLines(doc: Doc): { lines: Set<number>; signingDate: CalendarDate | undefined } {
  const lines = new Set<number>();
  let signingDate: CalendarDate | undefined;
  for (const token of datesOf(doc)) {
    const line = lineOf(doc, token.start);
    const { start, end } = lineBounds(doc, line);
    if (end - start > SHORT_LINE) continue;
    const after = doc.text.slice(token.end, end).trim();
    // a table's row of places and dates („| Ostervelde, 11.01.2027 | Ostervelde, 11.01.2027 |“), with no signer in it
    const row = doc.text.slice(start, end).trim();
    const datesRow = row.startsWith("|") && row.split("|").every((cell) => cell.trim() === "" || PLACE_DATE_BESIDE.test(cell.trim()) || PLACE_DATE_LABEL_ONLY.test(cell.trim()));
    if (!datesRow && (!isPlace(doc.text.slice(start, token.start)) || (after !== "" && after.search(SIGNATURE_LINE) < 0 && !PLACE_DATE_BESIDE.test(after)))) continue;
    // a letter's date at the top, above the agreement's title or parties: not where it is signed
    if (line < 15 && sliceHas(doc.text, end, end + 300, LETTER_BELOW)) continue;
    // (a table's row stays a row of its table for the signature fields; its date is the signing's all the same)
    if (!datesRow) lines.add(line);
    if (token.precision === "day" && (!signingDate || compareDates(token.date, signingDate) > 0)) signingDate = token.date;
  }
  return { lines, signingDate };
}

interface Block {
  readonly from: number;
  readonly to: number;
  readonly keys: ReadonlySet<PartyRef>;
  readonly somePartner: boolean;
  /** A signer is named: a typed name, "gez. …", "i. A. …". A field with a label and a line only is empty. */
  readonly named: boolean;
  /** The block has a line or word to sign on, a signer or a party: not a place and a date alone (a letter's date). */
  readonly signable: boolean;
}

/** Signature blocks: each marker line with the short lines around it that say who signs. */
function readBlocks(doc: Doc, parties: Parties, placeDates: ReadonlySet<number>, contacts: readonly Contact[]): Block[] {
  const { text } = doc;
  // Surnames of the contact persons, with their party: a contact who signs names the block's party.
  const surnames = new Map<string, PartyRef>();
  const shared = new Set<string>(); // a surname of two parties tells neither
  for (const contact of contacts) {
    const surname = contact.name?.split(" ").pop();
    if (!surname || surname.length < 3) continue;
    const key = partyOfContact(parties, contact);
    const known = surnames.get(fold(surname));
    if (known !== undefined && known !== key) shared.add(fold(surname));
    surnames.set(fold(surname), key);
  }
  for (const surname of shared) surnames.delete(surname);
  // Whole-text scans, then the lines they hit: one pass per pattern, not one per line.
  const isShortLine = (line: number) => {
    const { start, end } = lineBounds(doc, line);
    return end - start <= SHORT_LINE;
  };
  const markerLines = new Map<number, boolean>(); // line → is a line of dashes
  for (const line of placeDates) markerLines.set(line, false);
  for (const pattern of [SIGNATURE_LINE, SIGNATURE_WORD, PLACE_DATE_LABEL]) {
    for (const m of text.matchAll(pattern)) {
      if (pattern !== SIGNATURE_LINE && !startsWord(text, m.index)) continue;
      const line = lineOf(doc, m.index);
      // "E-Mail: ______", "vertreten durch: ______": a form's field left blank, not a line to sign on
      if (pattern === SIGNATURE_LINE && isBlankField(text.slice(lineBounds(doc, line).start, m.index))) continue;
      if (isShortLine(line)) markerLines.set(line, false);
    }
  }
  for (let at = text.indexOf("--------"); at !== -1; ) {
    const line = lineOf(doc, at);
    const { start, end } = lineBounds(doc, line);
    if (end - start <= SHORT_LINE && !markerLines.has(line) && DASH_LINE.test(text.slice(start, end))) markerLines.set(line, true);
    at = text.indexOf("--------", end);
  }
  const markers = [...markerLines].sort((a, b) => a[0] - b[0]).map(([line, dashes]) => ({ line, dashes }));
  const lastLine = doc.lineStarts.length - 1;
  const content = (line: number) => {
    const { start, end } = lineBounds(doc, line);
    return text.slice(start, Math.min(end, start + SHORT_LINE + 1)).trim();
  };
  // Contact lines carry addresses; signature blocks do not.
  const hasAddress = (line: number) => content(line).includes("@");
  const isHeading = (line: number) => HEADING_START.test(content(line));
  const isLabel = (line: number) => {
    const text = content(line);
    return text !== "" && text.length <= 60 && !text.includes("@") && !HEADING_START.test(text);
  };
  const blank = (line: number) => {
    const { start, end } = lineBounds(doc, line);
    return text.slice(start, Math.min(end, start + SHORT_LINE)).trim() === "";
  };
  const blocks: Block[] = [];
  const addBlock = (lines: readonly number[], dashes: boolean) => {
    const keys = new Set<PartyRef>();
    // parties the lines name by a word of theirs or a role, not by a contact's surname
    const roleKeys = new Set<PartyRef>();
    let somePartner = false;
    let named = false;
    let lined = dashes;
    for (const line of lines) {
      if (placeDates.has(line) || hasAddress(line)) continue; // the place names a town, not a party
      const { start, end } = lineBounds(doc, line);
      if (markerLines.has(line)) lined = true;
      // "Ort, Datum: Seestadt, 15.06.2025": the town, not a party
      if (text.slice(start, end).trimStart().search(PLACE_DATE_LABEL) === 0) continue;
      if (!named && (findPersonNames(text, start, end).length > 0 || SIGNED_MARK.test(text.slice(start, end)))) named = true;
      for (const { ref } of sideRefs(doc, parties, start, end)) {
        const key = partyOf(ref);
        if (key) {
          keys.add(key);
          roleKeys.add(key);
        } else somePartner = true;
      }
      for (const token of tokens(text, start, end)) {
        const key = surnames.get(fold(token.text));
        if (key) keys.add(key);
      }
    }
    // A line of dashes that no party's name or role goes with separates sections; it is no signature line.
    if (dashes && keys.size === 0 && !somePartner) return;
    // The minutes' signers (chair and keeper of the minutes) sign the minutes, not the agreement they
    // quote; under a party's label („Für den Verein“) a club's Schriftführerin signs for the club.
    if (lines.some((line) => MINUTES_SIGNER.test(content(line))) && !lines.some((line) => FOR_PARTY.test(content(line)))) return;
    // Names typed side by side ("Dr. Udo Brink      Jens Stöcker"), one for each party: when the roles
    // under them name all parties but one, the remaining name is that party's.
    const all = partyRefs(parties);
    const open = all.filter((key) => !keys.has(key));
    // (a contact's surname alone does not tell: the names may be a protocol's or a letter's signers)
    if (open.length === 1 && roleKeys.size > 0 && !somePartner && signerCount(lines) >= all.length) keys.add(open[0]!);
    const first = lineBounds(doc, lines[0]!);
    const last = lineBounds(doc, lines[lines.length - 1]!);
    const signable = lined || named || keys.size > 0 || somePartner;
    blocks.push({ from: first.start, to: Math.min(last.end, first.start + 600), keys, somePartner, named, signable });
  };
  /**
   * How many persons' names the lines hold, counting the columns of the original layout (the
   * normalised text has one space where the original had a column gap).
   */
  const signerCount = (lines: readonly number[]) =>
    lines.reduce((count, line) => {
      if (placeDates.has(line)) return count;
      const { start, end } = lineBounds(doc, line);
      const range = originalRange(doc.norm, start, end);
      const cells = doc.original.slice(range.start, range.end).split(COLUMN_GAP);
      const signers = (cell: string) => Math.max(findPersonNames(cell, 0, cell.length).length, SIGNED_MARK.test(cell) ? 1 : 0);
      return count + cells.reduce((sum, cell) => sum + signers(cell), 0);
    }, 0);
  /** A typed name that starts a line ("Dr. Ingo Lammerding"): the first line of a signer's block. */
  const startsWithName = (line: number) => {
    const { start, end } = lineBounds(doc, line);
    const content = text.slice(start, end);
    const from = start + content.length - content.trimStart().length;
    const name = findPersonNames(text, from, Math.min(end, from + SHORT_LINE))[0];
    // only a form of address or a title may stand before the name
    return name !== undefined && NAME_PREFIX.test(text.slice(from, name.from));
  };
  const taken = new Set<number>();
  for (const { line: marker, dashes } of markers) {
    if (taken.has(marker)) continue;
    const lines = [marker];
    // Above the line only a label ("Für die Schule:"), never the text of a section before it.
    if (!isHeading(marker)) {
      let l = marker - 1;
      // "Für den Heimatverein …⏎Der Vorstand⏎⏎_____": a label a blank line above, when it says for whom
      if (l > 0 && blank(l) && !markerLines.has(l - 1) && isLabel(l - 1) && [l - 1, l - 2].some((k) => FOR_PARTY.test(content(k)))) l -= 1;
      for (const top = Math.max(0, l - 1); l >= top && isLabel(l); l--) {
        lines.unshift(l);
        // "Für …" opens its field: the line above it (the signer of the field before) is not this one's
        if (FOR_PARTY.test(content(l))) break;
      }
    }
    let l = marker + 1;
    for (let skipped = 0; l <= lastLine && blank(l) && skipped < 2; skipped++) l += 1;
    // below the line its signer and role, up to the next line to sign on or a field's label ("Für das Stadtarchiv: ____");
    // a heading or a place and date above the lines take them in
    const ownLine = content(marker).search(SIGNATURE_LINE) >= 0;
    for (let count = 0; l <= lastLine && !blank(l) && count < 3 && isShortLine(l) && !hasAddress(l) && !(ownLine && content(l).search(SIGNATURE_LINE) >= 0) && !(count > 0 && FOR_PARTY.test(content(l))); count++, l++) lines.push(l);
    addBlock(lines, dashes);
    // Typed names one below the other after a place and date: each group of lines is one signer's block.
    for (let groups = 0; groups < 4 && !dashes; groups++) {
      let next = l;
      for (let skipped = 0; next <= lastLine && blank(next) && skipped < 2; skipped++) next += 1;
      if (next === l || next > lastLine || !startsWithName(next) || markerLines.has(next)) break;
      const group: number[] = [];
      for (l = next; l <= lastLine && !blank(l) && group.length < 3 && isShortLine(l) && !hasAddress(l); l++) group.push(l);
      for (const line of group) taken.add(line);
      addBlock(group, false);
    }
  }
  return blocks;
}

/**
 * A letter's closing with its writer's name below („Mit freundlichen Grüßen⏎⏎Hannelore Ziegenhals⏎Schulleiterin“):
 * the sender signs the letter, as a field naming its signer would; none where a field of the sender's stands.
 */
function letterClosing(doc: Doc, parties: Parties, fields: readonly Block[]): Block[] {
  // (a mail's closing is no signature)
  const closing = mailHeader(doc.text) ? null : CLOSING.exec(doc.text);
  const sender = closing ? letterSender(doc, parties) : undefined;
  if (!closing || !sender || fields.some((b) => b.keys.has(sender.ref))) return [];
  const from = closing.index;
  const to = Math.min(doc.text.length, from + closing[0].length + 120);
  const below = doc.text.slice(from + closing[0].length, to).split(/\n[ ]*\n(?:[ ]*\n)?/u).find((part) => part.trim() !== "") ?? "";
  const at = doc.text.indexOf(below, from + closing[0].length);
  if (at < 0 || findPersonNames(doc.text, at, at + below.length).length === 0) return [];
  return [{ from, to: at + below.length, keys: new Set([sender.ref]), somePartner: false, named: true, signable: true }];
}

/** The first e-mail header of the text, or undefined. */
function mailHeader(text: string): [number, number] | undefined {
  for (const m of text.matchAll(MAIL_FROM)) {
    let end = text.indexOf("\n", m.index);
    if (end === -1 || !text.slice(m.index, end).includes("@")) continue;
    for (let k = 0; k < 4 && end !== -1; k++) {
      const start = end + 1;
      end = text.indexOf("\n", start);
      if (MAIL_SUBJECT.test(text.slice(start, end === -1 ? text.length : end))) return [m.index, end === -1 ? text.length : end];
    }
  }
  return undefined;
}

/** The parties whose signature is still to come ("Die Unterschrift des Stadtarchivs wird nachgereicht."). */
function toFollow(doc: Doc, parties: Parties): { keys: Set<PartyRef>; somePartner: boolean; whole: boolean; ranges: Array<[number, number]> } {
  const { text } = doc;
  const keys = new Set<PartyRef>();
  let somePartner = false;
  let whole = false;
  const ranges: Array<[number, number]> = [];
  const refs = (from: number, to: number) => {
    let named = false;
    for (const { ref } of sideRefs(doc, parties, from, to)) {
      const key = partyOf(ref);
      if (key) keys.add(key);
      else somePartner = true;
      named = true;
    }
    return named;
  };
  for (const m of [...text.matchAll(TO_FOLLOW), ...text.matchAll(TO_BE_SIGNED)]) {
    if (!startsWord(text, m.index)) continue;
    const from = sentenceStart(text, m.index, 200);
    const to = sentenceEnd(text, m.index + m[0].length, 120);
    if (!sliceHas(text, from, to, ABOUT_SIGNING)) continue;
    // only TO_BE_SIGNED ends in "werden": a plan to sign this agreement, not a rule for its amendments
    if (m[0].endsWith("werden") && (!sliceHas(text, from, to, SHALL) || sliceHas(text, from, to, OTHER_SIGNING))) continue;
    ranges.push([from, to]);
    if (refs(from, to)) continue;
    // the agreement, not one party's signature, is still to be signed ("Unterzeichnet werden soll die Vereinbarung am …")
    if (sliceHas(text, from, to, WHOLE_AGREEMENT) && !sliceHas(text, from, to, /Unterschrift/u) && labelAbove(doc, lineOf(doc, from)) === undefined) {
      whole = true;
      continue;
    }
    // "Für die Musikschule⏎⏎Unterschrift wird nachgereicht": the field's label a few lines up names the party
    const label = labelAbove(doc, lineOf(doc, from));
    if (label === undefined || !refs(label.start, label.end)) somePartner = true;
    else ranges.push([label.start, to]);
  }
  return { keys, somePartner, whole, ranges };
}

/** The "Für …" line at most three lines above `line` (blank lines between allowed), if any. */
function labelAbove(doc: Doc, line: number): { start: number; end: number } | undefined {
  for (let l = line - 1, seen = 0; l >= 0 && seen < 3; l--) {
    const bounds = lineBounds(doc, l);
    const content = doc.text.slice(bounds.start, Math.min(bounds.end, bounds.start + SHORT_LINE)).trim();
    if (content === "") continue;
    // a field's label, not a contact's line ("Für das Stadtarchiv: Herr Weber, jonas.weber@…")
    if (FOR_PARTY.test(content) && content.length <= 60 && !content.includes("@")) return bounds;
    seen += 1;
  }
  return undefined;
}

/** What the signature block shows, per party, as a finding, the two signature facts and the signing date. */
export interface SignatureReading {
  finding: Finding;
  signedBySchool: boolean | undefined;
  signedByPartners: boolean | undefined;
  /** The latest date under the signatures ("Bochum, den 15.06.2025"), for "tritt mit Unterzeichnung in Kraft". */
  signingDate: CalendarDate | undefined;
  /** The text shows no signature field at all and is no e-mail: a report about an agreement, or a part of one. */
  fieldless?: true;
}

/**
 * The signed-by-all finding. A text shows signature blocks, names and "gez.", never ink: whether
 * the paper (or a scan) bears signatures is for a person to see, and the messages say so.
 */
export function signatureFinding(whole: Doc, parties: Parties, lang: Lang, contacts: readonly Contact[] = []): SignatureReading {
  // an agreement attached to this one (a Kita's) signs for itself
  const doc = mainPart(whole);
  const { lines: placeDates, signingDate } = placeDateLines(doc);
  // A place and a date alone (a letter's date at the top) is no place to sign.
  const fields = readBlocks(doc, parties, placeDates, contacts).filter((b) => b.signable);
  const blocks = [...fields, ...letterClosing(doc, parties, fields)];
  const keys = partyRefs(parties);
  const pending = toFollow(doc, parties);
  const labels = (list: readonly PartyRef[]) => joinLabels(list.map((k) => partyLabel(parties, k, lang)), lang);
  const assigned = blocks.filter((b) => b.keys.size > 0 || b.somePartner);
  const evidence = evidenceList(doc, [...assigned.map((b) => [b.from, b.to] as const), ...pending.ranges], 8);
  const result = (status: Finding["status"], message: string, concerned: readonly PartyRef[], school: boolean | undefined, partners: boolean | undefined, ranges = evidence): SignatureReading => ({
    finding: { id: agreementFindings.signatures, status, message, evidence: ranges, parties: findingParties(parties, concerned) },
    signedBySchool: school,
    signedByPartners: partners,
    signingDate,
  });
  const isPartner = (k: PartyRef) => k.kind === "partner";
  // A signature to follow: missing for the party it names, open when it names none.
  if (pending.keys.size > 0 || pending.somePartner) {
    const missing = keys.filter((k) => pending.keys.has(k));
    if (missing.length > 0) {
      return result("missing", say(lang, texts.signatures.toFollow, { sides: labels(missing) }), missing, !pending.keys.has(parties.school.ref), !missing.some(isPartner));
    }
    const open = keys.filter(isPartner);
    return result("unclear", say(lang, texts.signatures.toFollowUnassigned), open, undefined, undefined);
  }
  // the whole agreement still to be signed, and no field names a signer: no party has signed yet
  if (pending.whole && !blocks.some((b) => b.named)) {
    return result("missing", say(lang, texts.signatures.notYetSigned, { sides: labels(keys) }), keys, false, false);
  }
  if (pending.whole) return result("unclear", say(lang, texts.signatures.toFollowUnassigned), keys, undefined, undefined);
  if (blocks.length === 0) {
    // An agreement made by e-mail (a mail's header „Von: … Betreff: …“) is not signed by anyone; a mail's closing is no signature.
    const header = mailHeader(doc.text);
    if (header) {
      // mails that carry on an earlier agreement leave its signatures to it
      const earlier = continuesEarlier(doc);
      if (earlier) return result("unclear", say(lang, texts.signatures.earlierMail), keys, undefined, undefined, evidenceList(doc, [header, [earlier.start, earlier.end]]));
      return result("missing", say(lang, texts.signatures.mailOnly, { sides: labels(keys) }), keys, false, false, evidenceList(doc, [header]));
    }
    // Without any signature field only the signed copy can tell; a sentence that it was signed shows no signer either.
    return { ...result("unclear", say(lang, texts.signatures.none), keys, undefined, undefined, []), fieldless: true };
  }
  const covered = new Set(blocks.flatMap((b) => [...b.keys]));
  const open = keys.filter((k) => !covered.has(k));
  if (open.length > 0) {
    const unassigned = blocks.some((b) => b.keys.size === 0);
    const partners = keys.filter(isPartner).every((k) => covered.has(k));
    if (unassigned || (blocks.some((b) => b.somePartner) && !partners)) {
      const all = evidenceList(doc, blocks.map((b) => [b.from, b.to] as const), 8);
      return result("unclear", say(lang, texts.signatures.unassigned, { sides: labels(open) }), open, covered.has(parties.school.ref) ? true : undefined, partners ? true : undefined, all);
    }
    return result("missing", say(lang, texts.signatures.missingSides, { sides: labels(open) }), open, covered.has(parties.school.ref), partners);
  }
  // Every party has a field. Where the others' blocks name their signers, a field with a label and a
  // line only was left empty in a copy that was filled in: missing for that party. Where no field
  // names anyone (a template), the text cannot tell, and the found message says so.
  // In a table of signatures (side-by-side columns or a form's rows) each party's cells say it alone.
  const table = tableFields(doc, parties);
  const signed = new Set([...blocks.filter((b) => b.named).flatMap((b) => [...b.keys]), ...table.named].filter((k) => !table.empty.has(k)));
  const empty = keys.filter((k) => !signed.has(k));
  const emptyField = (k: PartyRef) => table.empty.has(k) || blocks.every((b) => !b.keys.has(k) || isEmptyField(doc, b));
  if (signed.size > 0 && empty.length > 0 && empty.every(emptyField)) {
    const ranges = evidenceList(doc, blocks.filter((b) => empty.some((k) => b.keys.has(k))).map((b) => [b.from, b.to] as const), 8);
    return result("missing", say(lang, texts.signatures.emptyField, { sides: labels(empty) }), empty, !empty.includes(parties.school.ref), !empty.some(isPartner), ranges);
  }
  // Fields that name no signer and carry no date (a blank signature page): nothing shows a signing.
  // (a few blocks, each a bounded slice: linear however many dates and lines the text holds)
  const undated = () => blocks.length <= 12 && !datesOf(doc).some((d) => blocks.some((b) => d.start >= b.from - 80 && d.start <= b.to));
  if (signed.size === 0 && blocks.every((b) => !b.named) && undated()) {
    return result("unclear", say(lang, texts.signatures.blankFields, { sides: labels(keys) }), keys, undefined, undefined);
  }
  return result("found", say(lang, texts.signatures.found, { sides: labels(keys) }), keys, true, true);
}

/** A table that holds signatures: a line to sign on, "Unterschrift", or a field's label "Für …". */
const SIGNING_TABLE = /_{5,}|Unterschrift|Für\s/u;

/**
 * What a table of signatures shows per party. Columns: a row of party labels ("Für die Schule |
 * Für das Museum") over the rows of lines and names, cell by cell. Rows: a label that names a party
 * ("Unterschrift Verein") and the cells after it. A party whose cells name a signer is named; one
 * whose cells hold nothing but a line is empty. (A name missing under one of two columns set apart
 * by wide gaps leaves its line a paragraph of its own, outside the table: not read here.)
 */
function tableFields(doc: Doc, parties: Parties): { named: Set<PartyRef>; empty: Set<PartyRef> } {
  const named = new Set<PartyRef>();
  const seen = new Set<PartyRef>();
  const { text } = doc;
  const keyOfSpan = (span: Span): PartyRef | undefined => {
    const found = new Set(sideRefs(doc, parties, span.start, span.end).map(({ ref }) => partyOf(ref)));
    const [only] = found;
    return found.size === 1 ? only : undefined;
  };
  const hasSigner = (span: Span) => findPersonNames(text, span.start, span.end).length > 0 || SIGNED_MARK.test(text.slice(span.start, span.end));
  // a cell with a role ("Schulleitung") is a caption; but where another party's cell shows its
  // signature („gez. …“), a line with a caption and no signer is a field left empty
  const blankCell = (span: Span) => isBlank(text.slice(span.start, span.end));
  const lineCell = (span: Span) => /_{5,}/u.test(text.slice(span.start, span.end));
  let signedMark = false;
  const note = (key: PartyRef, cells: readonly Span[]) => {
    if (cells.some(hasSigner)) named.add(key);
    else if (cells.every(blankCell) || (signedMark && cells.some(lineCell))) seen.add(key);
  };
  for (const block of layoutOf(doc).blocks) {
    if (block.kind !== "table" || !sliceHas(text, block.start, block.end, SIGNING_TABLE)) continue;
    signedMark = SIGNED_MARK.test(text.slice(block.start, block.end));
    // columns: the first row whose cells name two parties or more, one each; the rows under it, cell by cell
    const labelRow = block.rows.findIndex((row) => new Set(row.cells.map(keyOfSpan).filter((k) => k !== undefined)).size >= 2);
    if (labelRow >= 0) {
      const under = block.rows.slice(labelRow + 1, labelRow + 4);
      block.rows[labelRow]!.cells.forEach((cell, k) => {
        const key = keyOfSpan(cell);
        const cells = under.flatMap((row) => row.cells.slice(k, k + 1));
        if (key !== undefined && cells.length > 0) note(key, cells);
      });
      continue;
    }
    // rows: "Unterschrift Verein | ______ |", "Für die Schule | gez. Anna Müller |"
    for (const row of block.rows) {
      const [label, ...rest] = row.cells;
      const key = label && SIGNING_TABLE.test(text.slice(label.start, label.end)) ? keyOfSpan(label) : undefined;
      if (key !== undefined) note(key, rest);
    }
  }
  return { named, empty: new Set([...seen].filter((k) => !named.has(k))) };
}

/** A field that holds its label and a line to sign on, and nothing else: no role, no name, no date. */
function isEmptyField(doc: Doc, block: Block): boolean {
  return doc.text.slice(block.from, block.to).split("\n").every((line) => FOR_PARTY.test(line.trim()) || isBlank(line));
}

/** A line or cell with nothing but a line to sign on and field words ("Unterschrift Verein: ______"). */
function isBlank(part: string): boolean {
  if (/\d/u.test(part)) return false;
  const text = part.trim();
  // the party's word may follow "Unterschrift"
  const words = tokens(text, 0, text.length).map((t) => fold(t.text));
  return words.every((word, k) => FIELD_WORDS.has(word) || (k > 0 && words[k - 1] === "unterschrift"));
}
