import { bearsName, emailKind, limits, type Contact, type Lang } from "@bildungspartner/core";
import { say, texts } from "../findings/messages.js";
import { findingParties, joinLabels, letterSender, partyLabel, partyOf, partyRefs, sideOfToken, sideRefs, type Parties, type PartyRef, type SideRef } from "../parties/parties.js";
import { sideOfWord } from "../parties/institutions.js";
import { continuesEarlier } from "../document/earlier.js";
import { headerRow, layoutOf, sectionAt, tablePlace, type Block, type Layout, type Span, type TablePlace } from "../document/layout.js";
import { isFirstName, isHonorific, isTitle } from "../parties/person-names.js";
import { anyBetween, evidenceList, fold, isLetter, isUpper, lineBounds, lineOf, rank, sentenceEnd, sentenceStart, sliceHas, startsWord, tokens, type Doc, type Token } from "../document/text.js";
import type { Finding } from "../findings/types.js";
import { agreementFindings } from "../findings/types.js";

/** An e-mail address in the text. */
export interface EmailMatch {
  readonly from: number;
  readonly to: number;
  readonly address: string;
}

const isLocalChar = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "." || c === "_" || c === "%" || c === "+" || c === "-");
const isDomainChar = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "." || c === "-");

/**
 * Every e-mail address, found from its "@" outwards with bounded scans: linear even for text with
 * thousands of "@" or none at all (no pattern has to try every position).
 */
export function findEmails(text: string): EmailMatch[] {
  const found: EmailMatch[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > lastEnd && at - start < 64 && isLocalChar(text[start - 1])) start -= 1;
    while (start < at && (text[start] === "." || text[start] === "-")) start += 1;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && isDomainChar(text[end])) end += 1;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end -= 1;
    const domain = text.slice(at + 1, end);
    const dot = domain.lastIndexOf(".");
    const tld = domain.slice(dot + 1);
    const tldOk = tld.length >= 2 && [...tld].every((c) => isLetter(c));
    if (start < at && dot > 0 && tldOk && !domain.includes("..")) {
      found.push({ from: start, to: end, address: text.slice(start, end) });
      lastEnd = end;
    }
  }
  return found;
}

/** The rest of a cut address at the start of the next line or of the cell below: „kessenich.de“. */
const ADDRESS_REST = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9@-])/u;

/**
 * Where an address cut at `end` begins („henrik.deboer@stadttheater-“, „a.roth@“), scanned back from
 * its „@“; with `restAt` (the rest begins with the „@“: „m.brueggemann⏎@stadtbibliothek.de“) from
 * `end`. Else -1.
 */
function cutAddressStart(text: string, from: number, end: number, restAt = false): number {
  const at = restAt ? end : text.lastIndexOf("@", end - 1);
  if (at < from) return -1;
  for (let k = at + 1; k < end; k++) if (!isDomainChar(text[k])) return -1;
  let start = at;
  while (start > from && at - start < 64 && isLocalChar(text[start - 1])) start -= 1;
  return start < at ? start : -1;
}

/**
 * Addresses that a line break cuts: in a paragraph the rest stands at the start of the next line, in
 * a table (columns side by side) in the cell below. The match spans the first part; its address is whole.
 */
function cutEmails(doc: Doc, layout: Layout): EmailMatch[] {
  const found: EmailMatch[] = [];
  const join = (head: Span, rest: Span) => {
    const restAt = doc.text[rest.start] === "@";
    const start = cutAddressStart(doc.text, Math.max(head.start, head.end - 120), head.end, restAt);
    if (start < 0) return;
    const second = ADDRESS_REST.exec(doc.text.slice(rest.start + (restAt ? 1 : 0), Math.min(rest.end, rest.start + 120)));
    if (!second) return;
    const first = doc.text.slice(start, head.end) + (restAt ? "@" : "");
    const address = first + second[0];
    if (findEmails(first).length > 0 || findEmails(address).length !== 1) return;
    found.push({ from: start, to: head.end, address });
  };
  for (const block of layout.blocks) {
    if (block.kind === "table") {
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const below = block.rows[r + 1]?.cells[c];
          if (below) join(cell, below);
        }),
      );
    } else if (block.kind === "paragraph") {
      for (let line = block.firstLine; line < block.lastLine; line++) join(lineBounds(doc, line), lineBounds(doc, line + 1));
    }
  }
  return found;
}

/** Words that mark a passage about contact persons. */
const CONTACT_WORD =
  /(?:Ansprech(?:partner|person|bar)|Kontaktperson|Kontakt(?:daten|e)?(?!\p{L})|Koordinator|Koordination|zuständig|verantwortlich)/giu;
/** Where the clause after an address ends: at a full stop or semicolon before a new sentence ("….de. Ansprechpartnerin …"). */
function clauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if ((char === "." || char === ";") && (text[i + 1] === "\n" || (text[i + 1] === " " && isUpper(text[i + 2])))) return i;
  }
  return to;
}

/** A mail header's address line: „Von:“, „An:“, „From:“, „To:“, „Cc:“, quoted („> Von:“) or not. */
const MAIL_LINE = /^[> ]*(?:Von|An|From|To|Cc|Kopie):[ ]/u;

/** A deputy: "in Vertretung", "Stellvertretung", "stellv.", "vertritt". */
const DEPUTY = /Vertretung|vertritt|Stellvertret|stellv\./iu;

/** Right after an address: "(…) für die Schule", ", für das Stadtarchiv". */
const FOR_SIDE = /^[)\]>]?[ ,]{0,2}(?:für|fuer)\s/u;

/** Lines that start a new section, beyond which a contact passage does not reach. */
const HEADING = /^[ ]?(?:§[ ]?\d|Artikel[ ]\d|\d{1,2}[.)][ ]\p{Lu}\p{Ll}{3,})/u;

const particles = new Set(["von", "van", "de", "zu", "vom", "ten", "ter", "da", "di", "le"]);
const secondParticles = new Set(["der", "den", "la", "los"]);
/** Capitalised words in contact passages that are not names. */
const notNames = new Set([
  "frau", "herr", "herrn", "fuer", "die", "der", "das", "den", "dem", "des", "und", "oder", "mit", "von", "bei", "im",
  "am", "an", "zu", "als", "ist", "sind", "ab", "bis", "seitens", "name", "vorname", "nachname", "funktion", "seite",
  "position", "rolle", "adresse", "anschrift", "email", "mail", "telefon", "tel", "fax", "mobil", "handy", "kontakt",
  "ansprechpartner", "ansprechpartnerin", "ansprechpartnerinnen", "ansprechperson", "ansprechpersonen", "kontaktperson",
  "leitung", "leiter", "leiterin", "sekretariat", "verwaltung", "koordination", "koordinator", "koordinatorin",
  "fachbereich", "abteilung", "vermittlung", "bildung", "stelle", "team", "januar", "februar", "maerz", "april", "mai",
  "juni", "juli", "august", "september", "oktober", "november", "dezember", "montag", "dienstag", "mittwoch",
  "donnerstag", "freitag", "sekundarstufe", "klasse", "jahrgang", "unterschrift", "datum", "ort", "gez", "vertreten",
  "durch", "zustaendig", "verantwortlich", "beide", "partner", "schulleitung", "museumspaedagogik", "paedagogik",
  "geschichte", "deutsch", "kunst", "musik", "biologie", "politik", "sport", "fach", "lehrer", "lehrerin", "benennen",
  "benennt", "als", "sowie", "wir", "sie", "es", "er", "stadt", "gemeinde", "landkreis", "presse", "rathaus",
]);
/** Endings of nouns and of ranks and job titles ("Archivoberinspektorin", "Studienrätin", "Referent"): never a name. */
const nounEndings = [
  "ung", "heit", "keit", "schaft", "tion", "taet", "ment", "ium", "ismus", "stelle", "amt", "buero", "inspektorin",
  "inspektor", "raetin", "direktorin", "direktor", "referentin", "referent", "sekretaerin", "sekretaer", "paedagogin",
  "paedagoge", "amtmann", "amtfrau", "beauftragte", "beauftragter", "leiter", "leiterin", "koordinator", "koordinatorin",
  "lehrerin",
];

/** A capitalised word that could be part of a person's name. */
function namePart(token: Token): boolean {
  const word = token.text;
  if (word.length < 2 || !isUpper(word[0]) || word === word.toUpperCase()) return false;
  const folded = fold(word);
  if (notNames.has(folded) || sideOfWord(word) !== null) return false;
  return !nounEndings.some((e) => folded.endsWith(e) && folded.length > e.length + 2);
}

/** A capitalised word that is no function word and no institution: a surname after a first name. */
function surnameAfterFirstName(token: Token): boolean {
  const word = token.text;
  return word.length >= 2 && isUpper(word[0]) && word !== word.toUpperCase() && !notNames.has(fold(word)) && sideOfWord(word) === null;
}

/** A capital letter with a full stop: an initial ("M."). */
function isInitialAt(text: string, token: Token): boolean {
  return token.text.length === 1 && isUpper(token.text) && text[token.end] === ".";
}

/** Only spaces (and at most one hyphen or nothing) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  // „StR' Yilmaz“, „OStR’ Kühn“: a rank's apostrophe before the name
  if (gap === " " || gap === ". " || gap === "" || gap === "' " || gap === "’ ") return true;
  // A name wrapped at the end of a line of running text („… des Naturschutzzentrums: Max⏎Vogel“),
  // as narrow columns wrap it; a short line is a label or a name of its own.
  return (gap === "\n" || gap === " \n" || gap === "\n ") && a.end - lineStartBefore(text, a.end) >= WRAPPED_LINE;
}

/** The shortest line read as running text that wraps: shorter lines are labels or names of their own. */
const WRAPPED_LINE = 30;

/** Where the line that holds `pos` starts, looking back at most 200 characters. */
function lineStartBefore(text: string, pos: number): number {
  const lo = Math.max(0, pos - 200);
  for (let i = pos - 1; i >= lo; i--) if (text[i] === "\n") return i + 1;
  return lo;
}

/** Characters that delimit a name's "cell" (start of line, "Name:", "|", ",", "(" …). */
function delimitedBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text[i] === " ") i -= 1;
  if (i < 0) return true;
  return "\n:|,(;–-/".includes(text[i]!);
}

function delimitedAfter(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && text[i] === " ") i += 1;
  if (i >= text.length) return true;
  return "\n|,(;–-/<:".includes(text[i]!);
}

/** A person's name found in a passage. */
interface PersonName {
  readonly from: number;
  readonly to: number;
  readonly name: string;
}

/** The part of an address before its „@“, folded as names are compared („jörg.spiekermann“ → „joerg.spiekermann“). */
const localPart = (address: string): string => fold(address.slice(0, address.indexOf("@")));

/** Names of persons in [from, to): after "Frau"/"Herr" (and titles), or two or three name words standing alone or matching the address. */
export function findPersonNames(text: string, from: number, to: number, address?: string): PersonName[] {
  const words = tokens(text, from, to);
  const local = address ? localPart(address) : "";
  const names: PersonName[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let j = i;
    let honorific = false;
    if (isHonorific(word.text)) {
      honorific = true;
      j += 1;
    }
    while (j < words.length && isTitle(words[j]!.text)) j += 1;
    const titled = j > i;
    const parts: Token[] = [];
    let previous = titled ? words[j - 1]! : undefined;
    while (j < words.length && parts.length < 4) {
      const next = words[j]!;
      if (previous && !adjacent(text, previous, next)) break;
      // "von Hagen" after a given name, a form of address or an initial: "Frau de Vries", "K. zu Salm"
      // „van der Meulen“, „von der Heide“, „de la Cruz“: a second particle after the first
      const lastPart = parts[parts.length - 1];
      const secondParticle = lastPart !== undefined && particles.has(lastPart.text) && secondParticles.has(next.text);
      const isParticle =
        (particles.has(next.text) || secondParticle) &&
        (parts.length > 0 || honorific || titled) &&
        j + 1 < words.length &&
        (namePart(words[j + 1]!) || secondParticles.has(words[j + 1]!.text));
      // "M. Özkan": initials before the surname
      const isInitial = isInitialAt(text, next) && parts.every((p) => isInitialAt(text, p)) && j + 1 < words.length;
      // After a known first name a surname may look like a noun („Ines Vogt-Hartung“, „Jan Jung“).
      const afterFirstName = parts.length > 0 && isFirstName(parts[parts.length - 1]!.text) && surnameAfterFirstName(next);
      // A word the address spells is a name, whatever it ends in („Dr. Kerstin Wolff-Amelung“, k.wolff-amelung@…).
      const spelled = parts.length > 0 && local !== "" && next.text.length >= 3 && local.includes(fold(next.text)) && surnameAfterFirstName(next);
      if (!isParticle && !isInitial && !afterFirstName && !spelled && !namePart(next)) break;
      parts.push(next);
      previous = next;
      j += 1;
    }
    // initials alone are no name: "A." of "i. A."
    while (parts.length > 0 && isInitialAt(text, parts[parts.length - 1]!)) {
      parts.pop();
      j -= 1;
    }
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    const surnameFirst = parts.length === 1 ? givenAfterComma(text, words, j, last) : undefined;
    if (surnameFirst) {
      const given = surnameFirst[surnameFirst.length - 1]!;
      if (delimitedBefore(text, (titled ? word : first).start) && delimitedAfter(text, given.end)) {
        const givenNames = text.slice(surnameFirst[0]!.start, given.end);
        names.push({ from: (titled ? word : first).start, to: given.end, name: `${givenNames} ${first.text}` });
        i = j + surnameFirst.length - 1;
        continue;
      }
    }
    const matchesAddress = local !== "" && parts.some((p) => p.text.length >= 3 && local.includes(fold(p.text)));
    const standsAlone = delimitedBefore(text, (titled ? word : first).start) && delimitedAfter(text, last.end);
    // A known first name makes two words a name wherever they stand („… mit Petra Kowalski, Koordinatorin …“).
    const knownFirst = parts.length >= 2 && isFirstName(first.text);
    const accepted = honorific || (titled && parts.length >= 1) || (parts.length >= 2 && (matchesAddress || standsAlone || knownFirst));
    if (!accepted) continue;
    names.push({ from: first.start, to: last.end, name: text.slice(first.start, last.end) });
    i = j - 1;
  }
  return names;
}

/** "Brandt, Sophie": the given names after a surname and a comma, or undefined. */
function givenAfterComma(text: string, words: readonly Token[], next: number, surname: Token): Token[] | undefined {
  if (text.slice(surname.end, surname.end + 2) !== ", ") return undefined;
  const given: Token[] = [];
  for (let k = next; k < words.length && given.length < 2; k++) {
    const word = words[k]!;
    const previous = given[given.length - 1];
    if (previous ? !adjacent(text, previous, word) : word.start !== surname.end + 2) break;
    if (!namePart(word)) break;
    given.push(word);
  }
  return given.length > 0 ? given : undefined;
}

/** One contact person (or a role where a person should be) as the text gives it. */
interface ContactUnit {
  readonly from: number;
  readonly to: number;
  readonly side: SideRef | undefined;
  /** Where the side was read, for a deputy named after this contact. */
  readonly sideRef?: { pos: number; ref: SideRef };
  readonly name?: PersonName;
  readonly email?: EmailMatch;
  /** The person or address is made unreadable („[geschwärzt]“, „XXXXX“, „*** ***“), as published copies do. */
  readonly redacted?: true;
}

/** The party a contact belongs to, as a list of none or one: none when its side is open or some partner. */
function partiesOf(unit: ContactUnit): PartyRef[] {
  const party = unit.side && partyOf(unit.side);
  return party ? [party] : [];
}

/** Sorted positions of contact words and the line indexes of section headings. */
function contactContext(doc: Doc) {
  const words: number[] = [];
  for (const m of doc.text.matchAll(CONTACT_WORD)) if (startsWord(doc.text, m.index)) words.push(m.index);
  const headings = new Set<number>();
  const sectionWords = new Set<number>();
  for (const pos of words) {
    const line = lineOf(doc, pos);
    const { start, end } = lineBounds(doc, line);
    if (end - start <= 60 && pos - start <= 30 && /^[\s\p{L}\p{N}.:)§/-]*$/u.test(doc.text.slice(start, end))) sectionWords.add(line);
  }
  for (let line = 0; line < doc.lineStarts.length; line++) {
    const { start } = lineBounds(doc, line);
    if (HEADING.test(doc.text.slice(start, start + 24))) headings.add(line);
  }
  /** Whether a contact word stands within 8 lines before `pos` (or on its line), with no section heading between. */
  const covers = (pos: number): boolean => {
    const line = lineOf(doc, pos);
    const lineEnd = lineBounds(doc, line).end;
    const nearest = words[rank(words, lineEnd) - 1];
    if (nearest === undefined || pos - nearest > 900) return false;
    const wordLine = lineOf(doc, nearest);
    // A contact word that heads a section ("Anlage 1: Ansprechpartner", "Kontakte") covers the section's lines.
    if (line - wordLine > (sectionWords.has(wordLine) ? 24 : 8)) return false;
    for (let l = wordLine + 1; l <= line; l++) if (headings.has(l)) return false;
    return true;
  };
  return { words, covers };
}

/** How far a contact passage reaches from its address, in characters: keeps every scan bounded. */
const REACH = 300;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== " ") return false;
  return true;
}

/** How many lines above its address a contact's name, function, phone and side label may take. */
const PASSAGE_LINES = 5;

/** The lines before `line` that still belong to the same passage (up to PASSAGE_LINES, not past a blank line or `floor`). */
function previousLines(doc: Doc, line: number, floor: number): Array<{ start: number; end: number }> {
  const result: Array<{ start: number; end: number }> = [];
  for (let l = line - 1; l >= 0 && result.length < PASSAGE_LINES; l--) {
    const bounds = lineBounds(doc, l);
    if (bounds.end <= floor || isBlank(doc.text, bounds.start, bounds.end)) break;
    result.push({ start: Math.max(bounds.start, floor, bounds.end - REACH), end: bounds.end });
  }
  return result;
}

function nearestRef(doc: Doc, parties: Parties, from: number, to: number, towardsEnd: boolean): { pos: number; ref: SideRef } | undefined {
  const refs = sideRefs(doc, parties, from, to);
  return towardsEnd ? refs[refs.length - 1] : refs[0];
}

/** Whether the address spells a word of the name („ben.yilmaz@“ for Ben Yılmaz). */
function spells(name: PersonName, local: string): boolean {
  return tokens(name.name, 0, name.name.length).some((t) => t.text.length >= 3 && local.includes(fold(t.text)));
}

/** The writer's side in a letter: „bei uns“, „an unserer Schule“, „unser Kollege“. */
const LETTER_WE = /(?<!\p{L})(?:(?:bei|an|von)\suns|unser(?:e[mnrs]?)?)(?!\p{L})/iu;

/** How far into the text persons named away from any address are looked for. */
const NAMES_READ = 20_000;

/** The one person among `names` whose every name word of three letters or more the address spells. */
function spelledElsewhere(names: readonly PersonName[], address: string): PersonName | undefined {
  const local = localPart(address);
  const whole = names.filter((n) => {
    const words = tokens(n.name, 0, n.name.length).filter((t) => t.text.length >= 3);
    return words.length >= 2 && words.every((t) => local.includes(fold(t.text)));
  });
  return new Set(whole.map((n) => n.name)).size === 1 ? whole[0] : undefined;
}

/** A passage a contact's name is looked for in, and which end of it lies nearer the address. */
interface NameWindow {
  readonly start: number;
  readonly end: number;
  readonly towardsEnd: boolean;
}

/**
 * The person an address belongs to: the name it spells, in any of the windows (the address is the
 * anchor that cannot be misread), else the name nearest the address in the nearest window.
 */
function nameFor(text: string, windows: readonly NameWindow[], address: string): PersonName | undefined {
  const local = localPart(address);
  const found = windows.map((w) => ({ w, names: findPersonNames(text, w.start, w.end, address) }));
  for (const { w, names } of found) {
    const spelled = names.filter((n) => spells(n, local));
    if (spelled.length > 0) return w.towardsEnd ? spelled[spelled.length - 1] : spelled[0];
  }
  for (const { w, names } of found) if (names.length > 0) return w.towardsEnd ? names[names.length - 1] : names[0];
  return undefined;
}

/**
 * The nearest side that names one party; a word that fits several partners („Museumsleiter“ beside
 * two partners) only when no window names one.
 */
function firstSpecific(finds: ReadonlyArray<() => { pos: number; ref: SideRef } | undefined>): { pos: number; ref: SideRef } | undefined {
  let vague: { pos: number; ref: SideRef } | undefined;
  for (const find of finds) {
    const side = find();
    if (side && side.ref.kind !== "some-partner") return side;
    vague ??= side;
  }
  return vague;
}

/**
 * The side an address's domain names when nothing around it does (a mail's „Von: … <t.renner@biostation-ruhraue.de>“):
 * a word of the domain that names one party („biostation“, „gesamtschule“), by the same words as the text's.
 */
function sideOfDomain(parties: Parties, email: EmailMatch): { pos: number; ref: SideRef } | undefined {
  const domain = email.address.slice(email.address.indexOf("@") + 1);
  const refs = domain.split(/[.-]/u).flatMap((word) => {
    const ref = word.length >= 3 ? sideOfToken(parties, word) : undefined;
    return ref && ref.kind !== "some-partner" ? [ref] : [];
  });
  return refs[0] && new Set(refs).size === 1 ? { pos: email.from, ref: refs[0] } : undefined;
}

/** The one party a form's section heading names („1. Angaben zur Schule“, „2. Angaben zum Sportverein“). */
function sectionSide(doc: Doc, parties: Parties, layout: Layout, pos: number): { pos: number; ref: SideRef } | undefined {
  const heading = sectionAt(layout, pos)?.heading;
  const side = heading ? nearestRef(doc, parties, heading.start, heading.end, true) : undefined;
  return side && side.ref.kind !== "some-partner" ? side : undefined;
}

/**
 * The side of a contact block that names none itself, from the block just above it (a heading such
 * as „Ansprechperson“ between them): the party its first lines name („Schule⏎Gesamtschule Auf der
 * Tenne⏎Tennenweg 40“), as letterheads and forms set each party's contact under its address.
 */
function partyBlockAbove(doc: Doc, parties: Parties, layout: Layout, line: number): { pos: number; ref: SideRef } | undefined {
  let index = layout.blockOfLine[line] ?? -1;
  for (let steps = 0; index > 0 && steps < 2; steps++) {
    const block = layout.blocks[--index]!;
    if (block.kind === "heading") continue;
    // A party's block is a paragraph of its own; a table above holds other contacts, not a party's address.
    if (block.kind !== "paragraph" || block.lastLine >= line - 1) return undefined;
    // The block's label or name stands in its first lines; the address below may hold a town that
    // is also part of another party's name („Stadtarchiv Seestadt“).
    const head = lineBounds(doc, Math.min(block.firstLine + 1, block.lastLine));
    const first = sideRefs(doc, parties, block.start, head.end)[0];
    return first && first.ref.kind !== "some-partner" ? first : undefined;
  }
  return undefined;
}

/**
 * Whether a person named on the address's line or in the lines just above has the address that
 * bears their name („Herr Jan van der Meulen. … Seine E-Mail ist: jan.vandermeulen@…“): such an
 * address is a contact's, with or without a word such as „Ansprechpartner“.
 */
function bearsNameAbove(doc: Doc, line: number, floor: number, email: EmailMatch): boolean {
  const bounds = lineBounds(doc, line);
  const windows = [{ start: Math.max(bounds.start, floor), end: email.from }, ...previousLines(doc, line, floor)];
  return windows.some((w) => findPersonNames(doc.text, w.start, w.end, email.address).some((name) => bearsName(email.address, name.name)));
}

/** A column label that says the column holds persons' names. */
const NAME_LABEL = /Name|Ansprech|Person|Kontakt|vertreten/iu;

/** The cells an address's person and side are read from, nearest first, by the table's shape. */
function tableCells(doc: Doc, place: TablePlace, emailFrom: number): { names: Span[]; sides: Span[] } {
  const { table, row } = place;
  const cells = table.rows[row]!.cells;
  const header = headerRow(doc, table);
  const own = cells[place.cell];
  const beforeAddress: Span[] = own && own.start < emailFrom ? [{ start: own.start, end: emailFrom }] : [];
  const others = cells.filter((_, k) => k !== place.cell);
  // Cells of the same column in the rows above, up to the header: side-by-side blocks
  // („Für die Schule: | Für das Museum:“ over the names) and label/value tables.
  const above: Span[] = [];
  const labelsAbove: Span[] = [];
  for (let r = row - 1; r >= 0 && above.length < 4; r--) {
    const upper = table.rows[r]!;
    if (upper === header) break;
    const cell = upper.cells[place.cell];
    if (cell && cell.end > cell.start) above.push(cell);
    const label = upper.cells[0];
    if (label && place.cell > 0) labelsAbove.push(label);
  }
  if (header) {
    // Row-wise table: the row is one contact; a column labelled as names comes first.
    const labelOf = (k: number) => doc.text.slice(header.cells[k]?.start ?? 0, header.cells[k]?.end ?? 0);
    const named = others.filter((cell) => NAME_LABEL.test(labelOf(cells.indexOf(cell))));
    const headerCell = header.cells[place.cell];
    return { names: [...beforeAddress, ...named, ...others, ...above], sides: [...beforeAddress, ...others, ...(headerCell ? [headerCell] : [])] };
  }
  // Without a header: a label to the left („Schule:“, „TuS:“, with its colon) names the row's side; in side-by-side
  // blocks the column above does („Für die Schule: | Für das Museum:“), and the cells beside hold
  // the other party's person and address.
  const labels = cells.filter((cell, k) => k < place.cell && doc.text[cell.end - 1] === ":");
  return { names: [...beforeAddress, ...above, ...others], sides: [...beforeAddress, ...labels, ...above, ...labelsAbove] };
}

/** The side a place in a table row belongs to, read from the cells only. */
function fromTableSide(doc: Doc, parties: Parties, place: TablePlace, pos: number): { pos: number; ref: SideRef } | undefined {
  const partyCell = place.cell > 0 ? (partyColumnCell(doc, parties, place) ?? partyHeaderCell(doc, parties, place)) : undefined;
  if (partyCell) return partyCell;
  let side: { pos: number; ref: SideRef } | undefined;
  for (const cell of tableCells(doc, place, pos).sides) if ((side = nearestRef(doc, parties, cell.start, cell.end, true))) break;
  return side;
}

/**
 * The row's first cell, when the table's first column names a party in every row and two parties
 * among them („Schule“, „Stadtmuseum“): a column of parties, whose header may stand apart.
 */
function partyColumnCell(doc: Doc, parties: Parties, place: TablePlace): { pos: number; ref: SideRef } | undefined {
  const firsts = place.table.rows.map((row) => row.cells[0]).filter((cell): cell is Span => cell !== undefined && cell.end > cell.start);
  const refs = firsts.map((cell) => nearestRef(doc, parties, cell.start, cell.end, false));
  if (firsts.length < 2 || refs.some((ref) => !ref)) return undefined;
  if (new Set(refs.map((ref) => ref!.ref)).size < 2) return undefined;
  const own = place.table.rows[place.row]!.cells[0];
  return own && own.end > own.start ? nearestRef(doc, parties, own.start, own.end, false) : undefined;
}

/**
 * The header's cell over the address, when the header names a party in two columns or more
 * („| | Schule | Gedenkstätte |“): a column per party, whose cells are that party's.
 */
function partyHeaderCell(doc: Doc, parties: Parties, place: TablePlace): { pos: number; ref: SideRef } | undefined {
  const header = headerRow(doc, place.table);
  if (!header || header === place.table.rows[place.row]) return undefined;
  const refs = header.cells.map((cell) => nearestRef(doc, parties, cell.start, cell.end, false));
  if (new Set(refs.flatMap((ref) => (ref ? [ref.ref] : []))).size < 2) return undefined;
  return refs[place.cell];
}

/** The person and side an address in a table row belongs to, read from the cells only. */
function fromTable(
  doc: Doc,
  parties: Parties,
  place: TablePlace,
  email: EmailMatch,
): { name: PersonName | undefined; side: { pos: number; ref: SideRef } | undefined } {
  const { names } = tableCells(doc, place, email.from);
  const name = nameFor(doc.text, names.map((cell) => ({ ...cell, towardsEnd: true })), email.address);
  return { name, side: fromTableSide(doc, parties, place, email.from) };
}

/** A table holds contacts when a header or a cell says so (a contact word, a name column). */
function isContactTable(doc: Doc, table: Block): boolean {
  return table.rows.some((row) => row.cells.some((cell) => sliceHas(doc.text, cell.start, cell.end, /Ansprech|Kontakt|Name/iu)));
}

/** Reads every contact unit: one per e-mail address in a contact passage, plus contact words without an address. */
function readContacts(doc: Doc, parties: Parties): ContactUnit[] {
  const { text } = doc;
  const context = contactContext(doc);
  const layout = layoutOf(doc);
  const units: ContactUnit[] = [];
  const emails = [...findEmails(text), ...cutEmails(doc, layout)].sort((a, b) => a.from - b.from);
  let named: PersonName[] | undefined;
  // the persons the text names, read once and only when an address needs them (bounded: a long text's head)
  const textNames = () => (named ??= findPersonNames(text, 0, Math.min(text.length, NAMES_READ)));
  let floor = 0;
  for (const [k, email] of emails.entries()) {
    const nextEmail = emails[k + 1]?.from ?? text.length;
    // „XXXXX@schule.de“: an address blacked out in a published copy is a redaction, read as such below.
    if (REDACTED_LOCAL_PART.test(email.address.slice(0, email.address.indexOf("@")))) continue;
    const line = lineOf(doc, email.from);
    const place = tablePlace(layout, line, email.from);
    const covered =
      context.covers(email.from) ||
      sectionAt(layout, email.from)?.topic === "contacts" ||
      (place !== undefined && isContactTable(doc, place.table)) ||
      bearsNameAbove(doc, line, floor, email);
    if (!covered) {
      floor = email.to;
      continue;
    }
    if (place) {
      // In a table the row and its column say whose address it is; the lines around belong to other rows.
      const read = fromTable(doc, parties, place, email);
      if (read.name || read.side) {
        const rowSide = read.side ?? sectionSide(doc, parties, layout, email.from);
        const from = Math.min(read.name?.from ?? email.from, read.side?.pos ?? email.from);
        units.push({ from, to: Math.max(email.to, read.name?.to ?? 0), side: (rowSide?.ref), ...(rowSide ? { sideRef: rowSide } : {}), ...(read.name ? { name: read.name } : {}), email });
        floor = email.to;
        continue;
      }
    }
    const bounds = lineBounds(doc, line);
    const before = { start: Math.max(bounds.start, floor, email.from - REACH), end: email.from };
    // After the address only the rest of its sentence: "…, erreichbar über sekretariat@…. Ansprechpartnerin der Bibliothek ist …"
    // A sentence that runs on after the address („(…@…)⏎für die Galerie.“) goes on to the next line.
    const runsOn = bounds.end - email.to <= 2 && isLetter(text[bounds.end + 1]) && !isUpper(text[bounds.end + 1]) && !place;
    const afterEnd = Math.min(runsOn ? lineBounds(doc, line + 1).end : bounds.end, nextEmail, email.to + 100);
    const after = { start: email.to, end: clauseEnd(text, email.to, afterEnd) };
    const earlier = previousLines(doc, line, floor);
    // "… (anna.mueller@…) für die Schule": a side named right after the address is the address's side.
    const sideAfter =
      FOR_SIDE.test(text.slice(after.start, after.end)) && !nearestRef(doc, parties, before.start, before.end, true)
        ? nearestRef(doc, parties, after.start, after.end, false)
        : undefined;
    // Nearest first: the same line before the address, then after it, then the lines above.
    const sides = [
      () => nearestRef(doc, parties, before.start, before.end, true),
      () => nearestRef(doc, parties, after.start, after.end, false),
      ...earlier.map((l) => () => nearestRef(doc, parties, l.start, l.end, true)),
    ];
    const wrapped = earlier[0] ? [{ start: earlier[0].start, end: email.from, towardsEnd: true }] : [];
    const windows: NameWindow[] = [
      { ...before, towardsEnd: true },
      // A name wrapped over the line break above the address („… Museums: Max⏎Vogel, max.vogel@…“)
      ...wrapped,
      ...earlier.map((l) => ({ ...l, towardsEnd: true })),
      { ...after, towardsEnd: false },
    ];
    let side: { pos: number; ref: SideRef } | undefined = sideAfter;
    // "in Vertretung: Herr Moritz Haas, …": a deputy of the contact before, on that contact's side
    const previous = units[units.length - 1];
    if (!side && previous?.email && DEPUTY.test(text.slice(before.start, before.end)) && !nearestRef(doc, parties, before.start, before.end, true)) {
      side = previous.sideRef;
    }
    const near = nameFor(text, windows, email.address);
    // The label that introduces the person („Ansprechperson am Gymnasium ist Herr …“, „Museum: Frau …“)
    // says the side; words describing the person's function below it („Vorsitzender der Fachkonferenz“) do not.
    if (!side && near && near.from < email.from) {
      const nameLineIndex = lineOf(doc, near.from);
      const nameLine = lineBounds(doc, nameLineIndex);
      side = nearestRef(doc, parties, Math.max(nameLine.start, floor), near.from, true);
      // A label line of its own right above the name („Hauptschule an der Emscher:“)
      const labelLine = lineBounds(doc, nameLineIndex - 1);
      if (!side && nameLineIndex > 0 && labelLine.start >= floor && doc.text[labelLine.end - 1] === ":") {
        side = nearestRef(doc, parties, labelLine.start, labelLine.end, true);
      }
    }
    // A mail's header line („Von: Name <address>“) says nothing of a side but by its address's domain;
    // the lines above it belong to another mail or to none.
    if (!side && MAIL_LINE.test(text.slice(bounds.start, email.from))) side = sideOfDomain(parties, email);
    // In a letter „bei uns“, „unsere Schule“ is the sender: the party its letterhead names.
    if (!side && LETTER_WE.test(text.slice(before.start, before.end))) side = letterSender(doc, parties);
    if (!side) side = firstSpecific(sides);
    if (!side || side.ref.kind === "some-partner") side = partyBlockAbove(doc, parties, layout, line) ?? side;
    if (!side || side.ref.kind === "some-partner") side = sectionSide(doc, parties, layout, email.from) ?? side;
    side ??= sideOfDomain(parties, email);
    // Nothing near the address names a person: a person the text names elsewhere whose whole name the
    // address spells („Herrn Jörg Spiekermann“ in a letter's address field, joerg.spiekermann@…) is its
    // owner, when the address's side is told (a name alone does not tell whose contact it is).
    const name = near ?? (side && side.ref.kind !== "some-partner" ? spelledElsewhere(textNames(), email.address) : undefined);
    // The passage runs from the side word or the name (whichever comes first, the name only when near) to the address.
    const from = Math.min(near?.from ?? email.from, side?.pos ?? email.from);
    units.push({ from, to: Math.max(email.to, near?.to ?? 0), side: (side?.ref), ...(side ? { sideRef: side } : {}), ...(name ? { name } : {}), email });
    // The side named after this address is this contact's, not the next one's.
    floor = sideAfter ? sideAfter.pos + 1 : email.to;
  }
  // Contact words with no address in their passage: "Ansprechpartnerin der Schule ist Frau Müller."
  const emailStarts = emails.map((e) => e.from);
  const emailUnits = [...units];
  const overlapsEmailUnit = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = emailUnits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (emailUnits[mid]!.from < to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && emailUnits[lo - 1]!.to > from;
  };
  const scanned = new Set<number>();
  const lastLine = doc.lineStarts.length - 1;
  for (const pos of context.words) {
    const first = lineOf(doc, pos);
    if (scanned.has(first)) continue;
    let carried: SideRef | undefined;
    let named = false;
    let role: ContactUnit | undefined;
    for (let line = first; line <= Math.min(first + 3, lastLine); line++) {
      const bounds = lineBounds(doc, line);
      if (line > first && isBlank(text, bounds.start, bounds.end)) break;
      scanned.add(line);
      const from = line === first ? pos : bounds.start;
      const to = Math.min(bounds.end, from + REACH);
      if (anyBetween(emailStarts, bounds.start, bounds.end) || overlapsEmailUnit(from, to)) continue;
      const refs = sideRefs(doc, parties, from, to);
      const names = findPersonNames(text, from, to);
      for (const name of names) {
        const side = refs.filter((r) => r.pos < name.from).pop()?.ref ?? refs.find((r) => r.pos >= name.to)?.ref ?? carried;
        units.push({ from: Math.min(from, name.from), to: name.to, side: (side), name });
        named = true;
      }
      if (refs.length > 0) carried = refs[refs.length - 1]!.ref;
      if (line === first && names.length === 0 && refs.length > 0) role = { from: pos, to, side: (refs[0]!.ref) };
    }
    if (!named && role) units.push(role);
  }
  units.push(...redactedUnits(doc, parties, context.covers, layout, units));
  return units.sort((a, b) => a.from - b.from);
}

/** The part before the @ of a blacked-out address: „XXXXX“, „*****“. */
const REDACTED_LOCAL_PART = /^(?:[Xx]{3,}|\*{3,})$/u;

/** A passage made unreadable in a published copy: „[geschwärzt]“, „(anonymisiert)“, „XXXXX“, „*** ***“, „█████“. */
const REDACTED = /\[[ ]?(?:geschw(?:ä|ae)rzt|anonymisiert|entfernt|unkenntlich gemacht|Name entfernt|Daten entfernt)[ ]?\]|\((?:geschw(?:ä|ae)rzt|anonymisiert)\)|(?<![\p{L}\d])X{4,}(?![\p{L}\d])|\*{3,}|█{2,}/gu;

/**
 * Contacts made unreadable: one unit per line that holds a redaction in a contact passage, with the
 * side its label or row names. A person may stand there, so the findings cannot say `missing`.
 */
function redactedUnits(
  doc: Doc,
  parties: Parties,
  covers: (pos: number) => boolean,
  layout: Layout,
  read: readonly ContactUnit[],
): ContactUnit[] {
  const units: ContactUnit[] = [];
  let lastLine = -1;
  for (const m of doc.text.matchAll(REDACTED)) {
    const line = lineOf(doc, m.index);
    if (line === lastLine) continue;
    const place = tablePlace(layout, line, m.index);
    if (!(covers(m.index) || sectionAt(layout, m.index)?.topic === "contacts" || (place !== undefined && isContactTable(doc, place.table)))) continue;
    const end = m.index + m[0].length;
    // A redacted address of a person already read (the name stands, the address is blacked out) is that person's.
    if (read.some((u) => u.name && lineOf(doc, u.name.to) === line && u.name.to <= m.index)) continue;
    lastLine = line;
    const bounds = lineBounds(doc, line);
    let side = place ? fromTableSide(doc, parties, place, m.index) : undefined;
    side ??= nearestRef(doc, parties, bounds.start, m.index, true) ?? nearestRef(doc, parties, end, bounds.end, false);
    for (const l of previousLines(doc, line, 0)) side ??= nearestRef(doc, parties, l.start, l.end, true);
    units.push({ from: m.index, to: end, side: (side?.ref), redacted: true });
  }
  return units;
}

/** A reference to an annex or a separate sheet. */
const ANNEX = /(?:Anlage|Anhang|Beiblatt|gesondert(?:e[nmrs]?)?\s(?:Blatt|Liste|Schreiben))(?!\p{L})/giu;
const ABOUT_CONTACTS = /Ansprech|Kontakt/iu;

/** An annex's heading that says the annex is not here: „(wird gesondert übersandt)“, „(liegt noch nicht vor)“, „(folgt)“. */
const NOT_ATTACHED = /gesondert|nachgereicht|liegt\s(?:noch\s)?nicht\svor|(?<!\p{L})folgt(?!\p{L})|nicht\sbeigefügt/iu;

/** Whether the text holds an annex (a heading „Anlage …“ with text after it), so that what it refers to may be read there. */
function annexContained(doc: Doc): boolean {
  return layoutOf(doc).sections.some(
    (section) =>
      section.inAnnex &&
      section.heading?.annex === true &&
      section.end - section.heading.end > 40 &&
      !sliceHas(doc.text, section.heading.start, section.heading.end, NOT_ATTACHED),
  );
}

/** A sentence that puts the contacts in an annex: "Die Ansprechpersonen werden in einer Anlage benannt." */
function contactsElsewhere(doc: Doc): readonly [number, number] | undefined {
  for (const m of doc.text.matchAll(ANNEX)) {
    const from = sentenceStart(doc.text, m.index, 150);
    const to = sentenceEnd(doc.text, m.index + m[0].length, 150);
    if (sliceHas(doc.text, from, to, ABOUT_CONTACTS)) return [from, to];
  }
  return undefined;
}

/** The named-contacts and personal-email findings, and the contacts for the facts (names only, never addresses). */
export function contactFindings(
  doc: Doc,
  parties: Parties,
  lang: Lang,
): { named: Finding; email: Finding; contacts: Contact[] } {
  const read = readContacts(doc, parties);
  const keys = partyRefs(parties);
  // An address without a person on a side whose named contact has a personal address is the
  // institution's general address (a letterhead, a footer), not that side's contact.
  const personalSides = new Set(
    read.flatMap((u) => (u.name && u.email && emailKind(u.email.address, u.name.name) === "personal" && u.side ? [u.side] : [])),
  );
  const units = read.filter((u) => u.name || !u.email || !u.side || !personalSides.has(u.side));
  const redacted = units.filter((u) => u.redacted);
  const redactedKeys = new Set(redacted.flatMap(partiesOf));
  const redactedUnassigned = redacted.some((u) => partiesOf(u).length === 0);
  // Sides whose contact may stand behind a redaction: a redaction of their own, or one whose side
  // cannot be told while the side shows nothing readable.
  const behindRedaction = (key: PartyRef) => redactedKeys.has(key) || (redactedUnassigned && !units.some((u) => u.side === key && !u.redacted));
  const onlyRedacted = (list: readonly PartyRef[]) => list.length > 0 && list.every(behindRedaction);
  const labels = (list: readonly PartyRef[]) => joinLabels(list.map((k) => partyLabel(parties, k, lang)), lang);

  // named-contacts
  const named = units.filter((u) => u.name);
  const redactedEvidence = () => evidenceList(doc, redacted.map((u) => [u.from, u.to] as const), 8);
  const namedKeys = new Set(named.flatMap(partiesOf));
  const withoutName = keys.filter((k) => !namedKeys.has(k));
  const unassignedNamed = named.some((u) => partiesOf(u).length === 0);
  const roleOnly = withoutName.filter((k) => units.some((u) => u.side === k && !u.name));
  const namedEvidence = evidenceList(doc, named.map((u) => [u.from, u.to] as const), 8);
  let namedFinding: Finding;
  // "Die Ansprechpersonen sind in Anlage 1 benannt": the contacts stand in a part the text does not hold
  const elsewhere = units.length === 0 || (withoutName.length > 0 && !annexContained(doc)) ? contactsElsewhere(doc) : undefined;
  // Sides the text gives no contact at all, in a text that leaves the rest to an earlier agreement
  // („Die Ansprechperson des Vereins bleibt unverändert“): their contact stands in that agreement.
  const silent = withoutName.filter((k) => !units.some((u) => u.side === k));
  const earlier = silent.length > 0 && silent.length === withoutName.length ? continuesEarlier(doc) : undefined;
  if (elsewhere) {
    namedFinding = { id: agreementFindings.contacts, status: "unclear", message: say(lang, texts.contacts.elsewhere), evidence: evidenceList(doc, [elsewhere]) };
  } else if (earlier) {
    namedFinding = { id: agreementFindings.contacts, status: "unclear", message: say(lang, texts.contacts.earlier, { sides: labels(silent) }), evidence: evidenceList(doc, [[earlier.start, earlier.end]]) };
  } else if (units.length === 0) {
    namedFinding = { id: agreementFindings.contacts, status: "missing", message: say(lang, texts.contacts.none), evidence: [] };
  } else if (withoutName.length === 0) {
    namedFinding = { id: agreementFindings.contacts, status: "found", message: say(lang, texts.contacts.found, { sides: labels(keys) }), evidence: namedEvidence };
  } else if (onlyRedacted(withoutName)) {
    namedFinding = { id: agreementFindings.contacts, status: "unclear", message: say(lang, texts.contacts.redacted, { sides: labels(withoutName) }), evidence: redactedEvidence() };
  } else if (unassignedNamed) {
    namedFinding = { id: agreementFindings.contacts, status: "unclear", message: say(lang, texts.contacts.unassigned, { sides: labels(withoutName) }), evidence: namedEvidence };
  } else {
    const message =
      roleOnly.length === withoutName.length
        ? say(lang, texts.contacts.roleOnly, { sides: labels(withoutName) })
        : say(lang, texts.contacts.missingSides, { sides: labels(withoutName) });
    const roles = units.filter((u) => !u.name).map((u) => [u.from, u.to] as const);
    namedFinding = { id: agreementFindings.contacts, status: "missing", message, evidence: evidenceList(doc, [...named.map((u) => [u.from, u.to] as const), ...roles], 8) };
  }

  // personal-email: the core's mailbox rule, applied to every contact's address and name; an address
  // whose person the text does not name stays open here, and the core's verdict says so.
  const withEmail = units.filter((u): u is ContactUnit & { email: EmailMatch } => u.email !== undefined);
  const role = withEmail.filter((u) => {
    const kind = emailKind(u.email.address, u.name?.name);
    return kind === "role-mailbox" || kind === "not-personal";
  });
  const roleSet = new Set(role);
  const personalKeys = new Set(withEmail.flatMap((u) => (roleSet.has(u) ? [] : partiesOf(u))));
  const withoutEmail = keys.filter((k) => !personalKeys.has(k));
  const emailEvidence = (list: readonly ContactUnit[]) => evidenceList(doc, list.flatMap((u) => (u.email ? [[u.email.from, u.email.to] as const] : [])), 8);
  // Sides the text gives no contact at all: whether their contact has a personal address it cannot show.
  const absent = namedFinding.status === "missing" || earlier ? silent : [];
  let emailFinding: Finding;
  if (elsewhere) {
    emailFinding = { id: agreementFindings.emails, status: "unclear", message: say(lang, texts.contacts.elsewhere), evidence: evidenceList(doc, [elsewhere]) };
  } else if (withEmail.length === 0 && onlyRedacted(keys)) {
    emailFinding = { id: agreementFindings.emails, status: "unclear", message: say(lang, texts.email.redacted, { sides: labels(keys) }), evidence: redactedEvidence() };
  } else if (withEmail.length === 0) {
    emailFinding = { id: agreementFindings.emails, status: "missing", message: say(lang, texts.email.none), evidence: [] };
  } else if (role.length > 0) {
    const sides = role.every((u) => partiesOf(u).length > 0) ? labels([...new Set(role.flatMap(partiesOf))]) : say(lang, texts.email.someone);
    emailFinding = { id: agreementFindings.emails, status: "missing", message: say(lang, texts.email.roleMailbox, { sides }), evidence: emailEvidence(role) };
  } else if (absent.length > 0) {
    emailFinding = { id: agreementFindings.emails, status: "unclear", message: say(lang, texts.email.noContact, { sides: labels(absent) }), evidence: emailEvidence(withEmail) };
  } else if (withoutEmail.length === 0) {
    emailFinding = { id: agreementFindings.emails, status: "found", message: say(lang, texts.email.found), evidence: emailEvidence(withEmail) };
  } else if (onlyRedacted(withoutEmail)) {
    emailFinding = { id: agreementFindings.emails, status: "unclear", message: say(lang, texts.email.redacted, { sides: labels(withoutEmail) }), evidence: redactedEvidence() };
  } else if (withEmail.some((u) => partiesOf(u).length === 0)) {
    emailFinding = { id: agreementFindings.emails, status: "unclear", message: say(lang, texts.email.unassigned, { sides: labels(withoutEmail) }), evidence: emailEvidence(withEmail) };
  } else {
    emailFinding = { id: agreementFindings.emails, status: "missing", message: say(lang, texts.email.missingSides, { sides: labels(withoutEmail) }), evidence: emailEvidence(withEmail) };
  }

  namedFinding.parties = findingParties(parties, namedFinding.status === "found" || units.length === 0 ? keys : withoutName);
  emailFinding.parties = findingParties(
    parties,
    emailFinding.status === "found" || withEmail.length === 0 ? keys : role.length > 0 ? [...new Set(role.flatMap(partiesOf))] : withoutEmail,
  );

  // Every contact with its side goes to the core, with its address: the core's mailbox rule decides.
  // A side's contacts without an address go only where that side gives none, so that a deputy
  // named without an address does not leave the core's mailbox verdict open.
  const contacts: Contact[] = [];
  // per side (the same reference object for the same side), the names and addresses already given
  const seen = new Map<SideRef | undefined, Set<string>>();
  const sidesWithEmail = new Set(withEmail.map((u) => u.side));
  const sidesWithName = new Set(named.map((u) => u.side));
  for (const unit of units) {
    if (contacts.length >= limits.contacts) continue;
    // A person whose side the text leaves open goes without it (a partner without its index): the core
    // still judges the address, and its verdict on the sides stays open, as the text does.
    if (partiesOf(unit).length === 0 && !unit.email) continue;
    // A redacted contact goes as a contact without name: the core's verdict stays open, as the text does.
    // A side given only by a role („Ansprechpartner/in Partner: ____“) goes as a contact without name and address.
    if (!unit.email && !unit.redacted && (sidesWithEmail.has(unit.side) || (!unit.name && sidesWithName.has(unit.side)))) continue;
    const name = unit.name?.name.slice(0, limits.textLength);
    const email = unit.email && unit.email.address.length <= limits.emailLength ? unit.email.address : undefined;
    const key = `${name ?? ""}\u0000${email ?? ""}`;
    const given = seen.get(unit.side) ?? new Set<string>();
    if (given.has(key)) continue;
    given.add(key);
    seen.set(unit.side, given);
    const contact: Contact =
      unit.side === undefined ? {} : unit.side.kind === "school" ? { side: "school" } : unit.side.kind === "some-partner" ? { side: "partner" } : { side: "partner", partner: unit.side.index };
    if (name !== undefined) contact.name = name;
    if (email !== undefined) contact.email = email;
    contacts.push(contact);
  }
  // A side the text gives no contact at all goes as a contact without name and address, so that the
  // core's mailbox verdict stays open rather than resting on the other sides' addresses alone.
  for (const key of absent) {
    if (contacts.length < limits.contacts) contacts.push(key.kind === "school" ? { side: "school" } : { side: "partner", partner: key.index });
  }
  return { named: namedFinding, email: emailFinding, contacts };
}
