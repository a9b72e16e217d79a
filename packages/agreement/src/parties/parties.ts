import { limits, type Application, type Lang } from "@bildungspartner/core";
import { mainPart } from "../document/main-part.js";
import type { FindingParty } from "../findings/types.js";
import { isBareNoun, isInstitutionNoun, partnerHeads, sideOfWord } from "./institutions.js";
import { sameInstitutionName } from "./names.js";
import { fold, isDigit, isUpper, lineBounds, lineOf, sentenceStart, startsWord, tokens, type Doc, type Token } from "../document/text.js";

/** One party of the agreement: the school or an extracurricular partner. */
export interface Party {
  readonly side: "school" | "partner";
  /** This party's reference: one object per party, so that sets and `===` compare parties. */
  readonly ref: PartyRef;
  /** The institution's name as the text writes it (an institution noun phrase). */
  readonly name?: string;
  /** Folded words that name this party and no other (name words, the defined short name). */
  readonly words: ReadonlySet<string>;
}

/** The parties: from the opening, the form's names or the signature block, else one school and one partner assumed. */
export interface Parties {
  readonly school: Party;
  readonly partners: readonly Party[];
  /** True when no party could be read and one school and one partner are assumed. */
  readonly assumed: boolean;
}

/** One party: the school, or a partner by its place in the list of partners. */
export type PartyRef = { readonly kind: "school" } | { readonly kind: "partner"; readonly index: number };

/** Which party a passage points to: one party, or some partner of several that the passage does not tell apart. */
export type SideRef = PartyRef | { readonly kind: "some-partner" };

/** The one reference for "some partner", so that sets and `===` compare it as they compare parties. */
export const somePartner: SideRef = { kind: "some-partner" };

const schoolRef: PartyRef = { kind: "school" };
// One reference per partner index, shared by every reading of the parties.
const partnerRefs: PartyRef[] = [];
const partnerRef = (index: number): PartyRef => (partnerRefs[index] ??= { kind: "partner", index });

/** Where the list of parties begins: "zwischen …", "Partner dieser Vereinbarung sind …", "Vertragspartner:". */
const OPENING =
  /(?:zwischen(?!\p{L})|§\s?1\s(?:Partner|Vertragspartner|Parteien|Vertragsparteien|Beteiligte)(?!\p{L})|(?<![^\n])Schule(?:\s?:|[ .…]{4,})|(?<!\p{L})(?:Partner(?:innen)?|Parteien|Vertragsparteien|Vertragspartner(?:innen)?|Kooperationspartner(?:innen)?|Beteiligte)(?:\s(?:dieser|der)\s(?:Vereinbarung|Kooperation|Kooperationsvereinbarung|Bildungspartnerschaft))?(?:\ssind(?!\p{L})|\s?:|[ ]?\n))/giu;
/** A sentence whose subject is the parties: "Die Grundschule X und die Stadtbücherei Y schließen … (eine Vereinbarung)". */
const PARTIES_VERB = /(?:schließen|vereinbaren|treffen|beschließen|gehen|begründen|bilden|arbeiten|kooperieren)(?!\p{L})/giu;
/** Where the list of parties ends at the latest. */
const PARTIES_END =
  /(?:wird|werden)\s(?:die\s)?(?:folgende|nachstehende)|(?:schließen|treffen|vereinbaren)\s(?:folgende|die\sfolgende|nachstehende)|Präambel|(?<!(?:gemäß|nach|laut|des)\s)§(?!\s?\d+\s(?:Abs|BGB))|Vorbemerkung|Ziele?\sder/iu;
const DEFINED_NAME = /(?:im\sFolgenden|nachfolgend|nachstehend|fortan|kurz)\s?:?\s?(?:als\s)?[„"»‚']?(\p{L}[\p{L}-]*)/iu;

/** Words that never start or end a party's name: articles, prepositions, conjunctions, pronouns. */
const functionWords = new Set([
  "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "und", "sowie", "oder", "zwischen",
  "mit", "fuer", "von", "vom", "zu", "zur", "zum", "im", "am", "an", "in", "auf", "bei", "als", "sie", "er", "es", "wir",
  "ihr", "ihre", "sein", "seine", "diese", "dieser", "dieses", "sind", "ist", "wird", "werden", "vertreten", "durch",
  "partner", "partnerin", "vertragspartner", "kooperationspartner", "beteiligte", "parteien", "unterschrift",
  "unterschriften", "datum", "ort", "stempel", "siegel", "anschrift", "adresse", "telefon", "ansprechperson",
  "ansprechpartner", "ansprechpartnerin", "kontakt", "name", "koordination", "koordinator", "koordinatorin", "leitung",
  "leiter", "leiterin", "vertretung",
]);
/** Small words that belong inside an institution's name ("Gymnasium am Stadtpark", "Haus der Geschichte"). */
const nameLinks = new Set(["am", "an", "der", "die", "das", "des", "dem", "den", "für", "und", "im", "in", "zu", "zur", "zum", "von", "vom", "bei", "auf", "e"]);
/** Link words that also begin a name's part written with a capital ("Grundschule Am Bach", "Gymnasium Im Loh"). */
const capitalLinks = new Set(["Am", "An", "Im", "In", "Zum", "Zur", "Auf", "Bei", "Unter", "Vor"]);

/** " 1911 ", " 09 ": a founding year or a number inside a name ("SV 09 Lindlar", "TuS Ennepetal 1911 e. V."). */
function isNumberGap(gap: string): boolean {
  return gap.length >= 3 && gap.length <= 6 && gap[0] === " " && gap[gap.length - 1] === " " && [...gap.slice(1, -1)].every(isDigit);
}

/** Whether a token may be part of an institution's name. */
function nameToken(token: Token): boolean {
  return isUpper(token.text[0]) && !functionWords.has(fold(token.text));
}

/**
 * The institution noun phrase in a piece of text: the words around its first institution noun
 * ("dem Städtischen Gymnasium am Stadtpark, Bochum" → "Städtischen Gymnasium am Stadtpark"), or,
 * with `nounless`, a phrase of capitalised words without such a noun ("StGS Ost"). Undefined when
 * the piece holds no name: a party's name is never a function word or a fragment of a sentence.
 */
export function institutionPhrase(text: string, nounless = false): { from: number; to: number; name: string } | undefined {
  const words = tokens(text, 0, text.length);
  let head = words.findIndex((w) => isInstitutionNoun(w.text) && isUpper(w.text[0]));
  if (head < 0 && nounless) head = words.findIndex(nameToken);
  return head < 0 ? undefined : phraseAround(text, words, head);
}

/** The name phrase around the word `head`: capitalised words and link words, not past punctuation. */
function phraseAround(text: string, words: readonly Token[], head: number): { from: number; to: number; name: string } | undefined {
  const gapOk = (a: Token, b: Token) => {
    const gap = text.slice(a.end, b.start);
    return gap === " " || gap === ". " || gap === "-" || gap === "." || gap === " „" || gap === "“ " || gap === " \"" || gap === "\" " || isNumberGap(gap);
  };
  let first = head;
  while (first > 0 && gapOk(words[first - 1]!, words[first]!) && nameToken(words[first - 1]!)) first -= 1;
  // "Heimat- und Bürgerverein": the first part of a suspended compound belongs to the name
  if (first >= 2 && words[first - 1]!.text === "und" && text.slice(words[first - 2]!.end, words[first - 1]!.start) === "- " && nameToken(words[first - 2]!)) {
    first -= 2;
  }
  let last = head;
  for (let k = head + 1; k < words.length && gapOk(words[k - 1]!, words[k]!); k++) {
    const word = words[k]!;
    // "… und dem Heimatverein": a second name begins; "Kunst und Kultur" stays one
    if (word.text === "und" && ARTICLE.test(`${words[k + 1]?.text ?? ""} `)) break;
    if (nameToken(word)) last = k;
    else if (!nameLinks.has(word.text) && !capitalLinks.has(word.text) && word.text !== "V") break;
  }
  let to = words[last]!.end;
  if (text[to] === "." && words[last]!.text === "V") to += 1;
  // a number right after the name belongs to it ("Grundschule 3", "Gymnasium am Stadtpark 1")
  let digits = to + 1;
  while (text[to] === " " && isDigit(text[digits]) && digits - to <= 4) digits += 1;
  if (digits > to + 1 && !isDigit(text[digits]) && !isUpper(text[digits]) && text[digits] !== "." && text[digits] !== "/") to = digits;
  const from = words[first]!.start;
  const name = text.slice(from, to).trim();
  const firstWord = words[first]!;
  if (!isUpper(firstWord.text[0]) || functionWords.has(fold(firstWord.text)) || name.length < 2 || name.length > 150) return undefined;
  return { from, to, name };
}

interface RawParty {
  side: "school" | "partner" | undefined;
  name: string;
  words: Set<string>;
  /** Index of the form's name this party matched, when hints were given. */
  hint?: number;
  /** The name is a bare institution noun ("Gymnasium"), a short name rather than a name. */
  bare?: boolean;
}

/** Words a party's name contributes to recognising it elsewhere. */
function partyWords(name: string, defined: string | undefined): Set<string> {
  const words = new Set<string>();
  for (const token of tokens(name, 0, name.length)) {
    const folded = fold(token.text);
    if (folded.length >= 3 && !functionWords.has(folded) && !["stadt", "staedtische", "staedtisches", "staedtischen"].includes(folded)) words.add(folded);
  }
  if (defined) words.add(fold(defined));
  return words;
}

function sideOfName(name: string, defined: string | undefined): RawParty["side"] {
  let side: RawParty["side"];
  for (const token of tokens(name, 0, name.length)) {
    const word = sideOfWord(token.text);
    if (word === "school" && isInstitutionNoun(token.text)) side = "school";
    else if (word === "partner" && side === undefined) side = "partner";
  }
  if (defined) {
    const word = sideOfWord(defined);
    if (word === "school") return "school";
    if (side === undefined && word) return "partner";
  }
  return side;
}

/** The names a form gives, by side: hints for finding the parties in the text. */
interface Hint {
  readonly side: "school" | "partner";
  readonly name: string;
  /** The partner's index in the form. */
  readonly partner?: number;
}

/** The form's names, as many and as long as the core accepts: hints from untyped input stay bounded. */
function hintsOf(application: Application | undefined): Hint[] {
  const hints: Hint[] = [];
  const usable = (name: unknown): name is string => typeof name === "string" && name.trim() !== "" && name.length <= limits.textLength;
  const school = application?.school?.name;
  if (usable(school)) hints.push({ side: "school", name: school });
  const partners = Array.isArray(application?.partners) ? application.partners.slice(0, limits.partners) : [];
  partners.forEach((partner, index) => {
    if (usable(partner?.name)) hints.push({ side: "partner", name: partner.name, partner: index });
  });
  return hints;
}

const ARTICLE = /^(?:der|die|das|dem|den|des)\s/iu;
/** A place name alone: one or two capitalised words, nothing else. */
const PLACE = /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u;

/** A piece is a party's address, representative or short name, not a party of its own. */
const ATTACHED = /^(?:vertreten|im\sFolgenden|nachfolgend|nachstehend|fortan|kurz|Anschrift|Sitz|Tel|E-Mail|Fax|Postfach|[(–-])/iu;

/** Pieces of the list of parties: split at line breaks, commas and "und"/"sowie" between names. */
interface Piece {
  readonly text: string;
  /** A blank line stands before it. */
  readonly afterBlank: boolean;
  /** A comma stands right before it: an apposition ("Stadtbüchereien Düsseldorf, Stadtteilbücherei Benrath") unless an article follows. */
  readonly afterComma: boolean;
  /** It begins a line. */
  readonly lineStart: boolean;
  readonly sentenceEnd: boolean;
}

function pieces(region: string): Piece[] {
  const result: Piece[] = [];
  let start = 0;
  let blank = false;
  let comma = false;
  let lineStart = true;
  let depth = 0;
  const push = (end: number, nextBlank: boolean, nextComma: boolean) => {
    const text = region.slice(start, end);
    if (text.trim() !== "") {
      const trimmed = text.trimEnd();
      result.push({ text, afterBlank: blank, afterComma: comma, lineStart, sentenceEnd: trimmed.endsWith(".") && !trimmed.endsWith(" e. V.") && !trimmed.endsWith(" e.V.") });
      blank = false;
    }
    if (nextBlank) blank = true;
    comma = nextComma;
    lineStart = false;
  };
  for (let i = 0; i < region.length; i++) {
    const char = region[i];
    // Inside parentheses nothing separates names: "(Theater und Philharmonie Essen GmbH)".
    if (char === "(") depth += 1;
    else if (char === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 && char !== "\n") continue;
    if (char === "\n") {
      depth = 0;
      push(i, region[i + 1] === "\n" || (region[i + 1] === " " && region[i + 2] === "\n"), false);
      lineStart = true;
      start = i + 1;
    } else if (char === "," || char === ";") {
      push(i, false, region[i + 1] !== "\n");
      start = i + 1;
    } else if (char === "|") {
      push(i, false, false);
      start = i + 1;
    } else if (char === " " && region[i - 1] !== "-" && (region.startsWith(" und ", i) || region.startsWith(" sowie ", i))) {
      // "Heimat- und Bürgerverein": a suspended compound, not two names; after an apposition,
      // "und" without an article continues it ("…, Haus der Stadtgeschichte und Konzertaula"), but
      // ", und" closes it ("Gymnasium Am Wall, Bochum (Schulnummer …), und Stadtbibliothek Bochum").
      push(i, false, comma && region.slice(start, i).trim() !== "");
      start = i + 1;
    }
  }
  push(region.length, false, false);
  return result;
}

/** The number of a list item: "1. …", "(2) …", "3) …". */
const LIST_NUMBER = /^\(?(\d{1,2})[.)]/u;
/** A heading or a numbered section in Roman numerals: "I. Ziele", "IV. Ansprechpersonen". */
const ROMAN_HEADING = /^[IVX]{1,4}\.\s/u;

/** Whether a line ends the list of parties: running text, a heading, or a numbering that starts again. */
function endsList(line: string, numbers: readonly number[]): boolean {
  const text = line.trim();
  if (text.length > 120 || ROMAN_HEADING.test(text)) return true;
  const number = LIST_NUMBER.exec(text)?.[1];
  if (number !== undefined) return numbers.length === 0 || Number(number) <= numbers[numbers.length - 1]!;
  const lead = stripLead(text);
  return !isAddress(lead) && !ATTACHED.test(lead) && !isInstitutionNounPhrase(lead);
}

const LIST_MARK = /^(?:\(?\d{1,2}[.)]|\(?[a-e]\)|[-•·*–])\s?/u;
/** A label before a name: "Schule:", "Partner:", "Kooperationspartner:". */
const LABEL = /^(?:Schule|Partner(?:in)?|Kooperationspartner(?:in)?|Außerschulischer\sPartner|Einrichtung|Vertragspartner(?:in)?)(?:\s?:|[ .…]{4,})\s*/u;

/** Leading list marks and conjunctions of a piece: "1.", "-", "•", "a)", "und", "sowie". */
function stripLead(piece: string): string {
  let text = piece.trim();
  for (let changed = true; changed; ) {
    changed = false;
    const before = text;
    text = text.replace(LIST_MARK, "").replace(LABEL, "");
    const first = text.split(" ", 1)[0] ?? "";
    if (["und", "sowie", "zwischen"].includes(first.toLowerCase())) text = text.slice(first.length).trim();
    if (text !== before) changed = true;
  }
  return text;
}

/** A piece that holds a street, a postcode or a phone number: an address line. */
function isAddress(text: string): boolean {
  let digits = 0;
  let run = 0;
  let longest = 0;
  for (const char of text) {
    run = isDigit(char) ? run + 1 : 0;
    longest = Math.max(longest, run);
    if (isDigit(char)) digits += 1;
  }
  // a postcode (five digits), a phone number, or a street with its number
  return longest === 5 || digits >= 7 || /(?:straße|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s?\d/iu.test(text);
}

/** A town, municipality or district named as a party: "die Stadt Iserlohn", "der Kreis Unna". */
const MUNICIPALITY = /^(?:[Dd](?:ie|er|em)\s)?((?:Stadt|Gemeinde|Kreis|Landkreis|Hansestadt|Bundesstadt)\s\p{Lu}[\p{L}-]{2,40})(?:$|[ ,])/u;

/** A label and a person: "Museum: Herr Tim Overbeck", a contact's line, not a party's. */
const CONTACT_LINE = /^[\p{L}-]+(?:\s[\p{L}-]+)?\s?:\s*(?:Frau|Herr|Dr\.|Prof\.)\s/u;
/** One to three capitalised words: the rest of a name after "und" ("Kulturgeschichte Dortmund"). */
const CONTINUED = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u;
/** "für das Stadtarchiv …" after a town's name: the institution that town acts through. */
const ACTS_FOR = /^für\s\S+\s/iu;

/** The parties named in a region of text, piece by piece; a piece that names none is skipped. */
function partiesIn(region: string, hints: readonly Hint[], title = false): RawParty[] {
  const parties: RawParty[] = [];
  const numbers: number[] = [];
  let conjunction = false;
  let wrapped: RawParty | undefined;
  /** The party whose name the previous piece, a line of its own start, gave. */
  let nameLine: RawParty | undefined;
  /** A party that acts „für“ the institutions listed under it („Stadt X, vertreten durch …, für⏎– die Stadtbibliothek …“). */
  let actsForList: RawParty | undefined;
  for (const piece of pieces(region)) {
    const above = nameLine;
    nameLine = undefined;
    const lead = stripLead(piece.text);
    const listed = actsForList;
    actsForList = undefined;
    if (listed && piece.lineStart && LIST_MARK.test(piece.text.trim()) && /^[–•-]/u.test(piece.text.trim())) {
      // one of the institutions the party acts for: its words name that party, it is no party of its own
      for (const word of partyWords(lead, undefined)) listed.words.add(word);
      actsForList = listed;
      continue;
    }
    if (/^für$/iu.test(lead) && parties.length > 0) {
      actsForList = parties[parties.length - 1];
      continue;
    }
    const paren = lead.indexOf("(");
    const text = paren > 0 ? lead.slice(0, paren).trim() : lead;
    // "… und dem Stadtarchiv⏎Dortmund, …": a name that a PDF's line break cut after its noun goes on
    const place = piece.lineStart && wrapped ? PLACE.exec(stripLead(piece.text)) : null;
    // a place is a name ("Dortmund"), never a link word left alone on a line ("Am")
    if (wrapped && place && !functionWords.has(fold(place[0]))) {
      wrapped.name = `${wrapped.name} ${place[0]}`;
      wrapped.bare = false;
      wrapped.words.add(fold(place[0]));
      wrapped = undefined;
      continue;
    }
    wrapped = undefined;
    const startsWithConjunction = /^(?:und|sowie)(?!\p{L})/iu.test(piece.text.trim());
    if (parties.length >= 2 && piece.afterBlank && !startsWithConjunction && !conjunction) break;
    // Once a school and a partner are read, a new line of running text, a heading or a restarted
    // numbering ("I. Ziele", "1. Das Theater …") ends the list; text extracted from a PDF has no blank lines to tell.
    if (complete(parties) && piece.lineStart && !startsWithConjunction && !conjunction && endsList(piece.text, numbers)) break;
    const number = LIST_NUMBER.exec(piece.text.trim())?.[1];
    if (number !== undefined) numbers.push(Number(number));
    conjunction = lead === "" && startsWithConjunction;
    const last = parties[parties.length - 1];
    const defined = DEFINED_NAME.exec(lead)?.[1] ?? (paren >= 0 ? /^\(([\p{L}-]{2,30})\)/u.exec(lead.slice(paren))?.[1] : undefined);
    // "Schule: Frau Aksoy", "Museum: Herr Overbeck": a contact line under a label, no party
    if (CONTACT_LINE.test(lead)) continue;
    // "der Stadt Hemmerbach, vertreten durch …,⏎für das Stadtarchiv Hemmerbach": the institution the party acts for
    const actsFor = ACTS_FOR.exec(lead);
    if (actsFor && last) {
      const phrase = institutionPhrase(text.slice(actsFor[0].length));
      if (phrase) {
        for (const word of partyWords(phrase.name, defined)) last.words.add(word);
        last.name = phrase.name;
        last.side ??= sideOfName(phrase.name, defined);
        continue;
      }
    }
    // A title line "Grundschule Am Bach, Heimatverein Lindlar e. V. und …": after a comma, a name of the other side is a party of its own
    const otherSide = title && last?.side !== undefined && isInstitutionNounPhrase(text) && sideOfName(text, undefined) === (last.side === "school" ? "partner" : "school");
    // "dem Museum für Kunst und Kulturgeschichte Dortmund": after a name that ends in a link phrase, "und"
    // with capitalised words and no article or institution of their own goes on with the name
    if (last && startsWithConjunction && !piece.lineStart && / (?:für|der|des) \p{Lu}[\p{L}-]*$/u.test(last.name) && CONTINUED.test(text) && !isInstitutionNounPhrase(text)) {
      last.name = `${last.name} und ${text}`;
      for (const word of partyWords(text, undefined)) last.words.add(word);
      continue;
    }
    const apposition = piece.afterComma && last !== undefined && !ARTICLE.test(lead) && !otherSide;
    if (paren === 0 || apposition || ATTACHED.test(text) || isAddress(text)) {
      if (last && defined) {
        last.words.add(fold(defined));
        last.side ??= sideOfName("", defined);
      }
      if (parties.length >= 2 && piece.sentenceEnd) break;
      continue;
    }
    const hint = hints.findIndex((h) => sameInstitutionName(h.name, text.slice(0, 150)));
    // "dem TextilWerk Bocholt (LWL-Museum für Industriekultur)": the noun may stand in the parentheses.
    // "Partner:   Naturschutzbund Kreisgruppe Unna e. V.": the form's label says it is a party, whatever its noun
    const labelled = LABEL.exec(piece.text.trim().replace(LIST_MARK, ""));
    const phrase = institutionPhrase(text, hint >= 0 || defined !== undefined || labelled !== null) ?? (paren > 0 ? institutionPhrase(lead) : undefined);
    // "der Stadt Bochum – Kulturamt": the town's office, named with its town
    const office = phrase && isBareNoun(phrase.name) ? MUNICIPALITY.exec(text) : null;
    if (phrase && office && /^[ ]?[–-][ ]?$/u.test(text.slice(office.index + office[0].trimEnd().length, phrase.from))) {
      const name = text.slice(text.indexOf(office[1]!), phrase.to);
      if (!parties.some((p) => p.name === name)) parties.push({ side: "partner", name, words: partyWords(name, defined) });
    } else if (phrase && (hint >= 0 || isInstitutionNounPhrase(phrase.name) || defined !== undefined || labelled !== null)) {
      // "die Stadtbücherei" after "der Stadtbücherei Wermelskirchen" names the same party again
      const single = tokens(phrase.name, 0, phrase.name.length);
      if (parties.some((p) => p.name === phrase.name || (single.length === 1 && p.words.has(fold(single[0]!.text))))) continue;
      const labelSide = labelled === null ? undefined : labelled[0].startsWith("Schule") ? "school" : "partner";
      const party: RawParty = { side: sideOfName(phrase.name, defined) ?? labelSide, name: phrase.name, words: partyWords(phrase.name, defined) };
      // "Figurentheater Wundertüte e. V.⏎Freies Theater für Puppen-, …": the line right under a line that is a
      // party's name alone, in its block, without article, conjunction, list mark or address, of the same side, describes it
      if (above && piece.lineStart && !piece.afterBlank && !startsWithConjunction && !ARTICLE.test(lead) && !LIST_MARK.test(piece.text.trim()) && !/\d/u.test(piece.text) && party.side === above.side) continue;
      // "die Steinwache – Mahn- und Gedenkstätte …": other names in the same piece name the same party
      // (not a word of the other side: "Die Schulleiterin   Für das Stadtmuseum" in two columns)
      for (const token of tokens(text, 0, text.length)) {
        const side = sideOfWord(token.text);
        if (nameToken(token) && token.text.length >= 4 && (side === null || side === party.side)) party.words.add(fold(token.text));
      }
      if (hint >= 0) party.hint = hint;
      if (isBareNoun(phrase.name)) party.bare = true;
      parties.push(party);
      wrapped = party.bare === true && phrase.to === text.length ? party : undefined;
      if (piece.lineStart && phrase.from === 0 && phrase.to >= text.length - 1) nameLine = party;
    } else if (MUNICIPALITY.test(text)) {
      // "Die Stadt Iserlohn, vertreten durch …": a town or district as the legal party, a partner
      const name = MUNICIPALITY.exec(text)![1]!;
      if (!parties.some((p) => p.name === name)) parties.push({ side: "partner", name, words: partyWords(name, defined) });
    } else if (last && defined) {
      last.words.add(fold(defined));
      last.side ??= sideOfName("", defined);
    }
    if (parties.length >= 2 && piece.sentenceEnd) break;
    if (parties.length > 6) return [];
  }
  // A bare noun ("das Gymnasium") names a party only where nothing better does.
  const named = parties.filter((p) => !p.bare);
  return complete(named) ? named : parties;
}

const complete = (parties: readonly RawParty[]) => parties.some((p) => p.side === "school") && parties.some((p) => p.side === "partner");

/**
 * The parties listed in the opening: after "zwischen" or "Partner dieser Vereinbarung sind", or as
 * the subject of a sentence that concludes the agreement ("Die Grundschule X und die Stadtbücherei
 * Y schließen … die folgende Vereinbarung"). The first opening that names a school and a partner wins.
 */
function listedParties(doc: Doc, hints: readonly Hint[]): RawParty[] {
  // The parties stand at the top; "Schule:" further down labels a contact, not a party.
  // from where the agreement begins: a cover above it (a council's minutes) is blank in the main part
  const top = Math.max(0, doc.text.search(/\S/u));
  const head = doc.text.slice(0, top + 3000);
  const candidates: Array<{ at: number; region: () => string; title?: boolean }> = [];
  let tried = 0;
  for (const opening of head.matchAll(OPENING)) {
    if (tried++ >= 4 || (opening[0].toLowerCase() === "zwischen" && !startsWord(head, opening.index))) continue;
    const start = opening.index + opening[0].length;
    candidates.push({
      at: opening.index,
      region: () => {
        const region = doc.text.slice(start, start + 1500);
        const end = region.search(PARTIES_END);
        return end >= 0 ? region.slice(0, end) : region;
      },
    });
  }
  tried = 0;
  for (const verb of head.matchAll(PARTIES_VERB)) {
    if (tried++ >= 6 || !startsWord(head, verb.index)) continue;
    let from = sentenceStart(head, verb.index, 400);
    // Blocks separated by blank lines ("Die Stadt …,⏎⏎und⏎⏎das Berufskolleg …,⏎⏎schließen …"): one sentence
    for (let blocks = 0; blocks < 6 && from > 0 && verb.index - from < 800; blocks++) {
      const before = head.slice(Math.max(0, from - 200), from).trimEnd();
      // a paragraph that starts with the verb has its subject above it
      const verbFirst = head.slice(from, verb.index).trim() === "";
      if (!verbFirst && !before.endsWith(",") && !/(?:^|\n)[ ]*(?:und|sowie)$/u.test(before)) break;
      from = sentenceStart(head, Math.max(0, from - 200) + before.length, 400);
    }
    // a title line above the sentence ("Kooperationsvereinbarung „Museum und Schule“") is no party
    from += titleLineLength(head.slice(from, verb.index));
    candidates.push({ at: verb.index, region: () => `${head.slice(from, verb.index)}.` });
  }
  // A title line: "Kooperationsvereinbarung der Marienschule und des Stadtmuseums", "Kooperation mit
  // dem Stadtmuseum", or the parties alone ("Gymnasium Am Wall, Bochum (Schulnummer 123456), und Stadtbibliothek Bochum").
  const firstLine = lineOf(doc, top);
  const lineCount = Math.min(doc.lineStarts.length, firstLine + 15);
  for (let line = firstLine; line < lineCount; line++) {
    const { start, end } = lineBounds(doc, line);
    if (end - start > 200) continue;
    const content = doc.text.slice(start, end);
    const title = TITLE.exec(content);
    const following = lineBounds(doc, line + 1);
    const listed = (content.includes(" und") || /^\s*und\s/u.test(doc.text.slice(following.start, following.end))) && namesOnly(content);
    const from = title ? start + title[0].length : listed ? start : -1;
    if (from < 0) continue;
    // a title wrapped over the next lines, up to a blank line
    let to = end;
    for (let next = line + 1; next < Math.min(doc.lineStarts.length, line + 3); next++) {
      const bounds = lineBounds(doc, next);
      const nextLine = doc.text.slice(bounds.start, bounds.end);
      if (nextLine.trim() === "" || !(/(?:,|\sund|\ssowie|–|-)\s*$/u.test(doc.text.slice(start, to)) || /^\s*(?:und|sowie)\s/u.test(nextLine))) break;
      to = bounds.end;
    }
    candidates.push({ at: start, region: () => `${doc.text.slice(from, to)}.`, title: true });
  }
  // The first opening that names a school and a partner by name wins; one with bare nouns only if none does.
  let best: RawParty[] = [];
  let bare: RawParty[] | undefined;
  for (const candidate of candidates.sort((a, b) => a.at - b.at)) {
    const parties = partiesIn(candidate.region(), hints, candidate.title);
    if (complete(parties) && !parties.some((p) => p.bare)) return parties;
    if (complete(parties)) bare ??= parties;
    else if (parties.length > best.length) best = parties;
  }
  // a bare noun ("das Museum") takes the name another opening gives its side ("Kooperation mit dem Stadtmuseum Altenkirchen")
  return bare?.map((p) => (p.bare ? (best.find((q) => q.side === p.side && !q.bare) ?? p) : p)) ?? best;
}

/** An agreement's title on a line of its own, unpunctuated: "Kooperationsvereinbarung „Museum und Schule“". */
const TITLE_WORD = /^[ ]*\S*(?:vereinbarung|vertrag)(?!\p{L})/iu;

/** The length of a title line that begins `text`, with its line break; 0 when the first line is none. */
function titleLineLength(text: string): number {
  const end = text.indexOf("\n");
  const line = text.slice(0, end);
  return end > 0 && TITLE_WORD.test(line) && !/[,.;:]/u.test(line) ? end + 1 : 0;
}
/** The words of a title before its parties: "Kooperationsvereinbarung der", "Vertrag zwischen", "Kooperation mit dem". */
const TITLE =
  /^[ ]*(?:\S+\s){0,2}?\S*(?:vereinbarung|vertrag|kooperation|bildungspartnerschaft)(?:\süber\sdie\sZusammenarbeit)?\s(?:der|des|von|mit\s(?:dem|der|den))\s/iu;
/** Lower-case words a line of names may hold: articles, links, conjunctions. */
const titleWords = new Set([...nameLinks, "und", "sowie", "mit", "e"]);

/** A line that holds names only (capitalised words, links, numbers, punctuation), as a title line of parties does. */
function namesOnly(line: string): boolean {
  // a letterhead ("Stadtbibliothek · Kinder- und Jugendbibliothek · Markt 9") or a quoted initiative is no list of parties
  if (/[·„"]|-\sund\s/u.test(line)) return false;
  // a title naming a programme strand ("Kooperationsvereinbarung Sportverein und Schule") names no party
  if (TITLE_WORD.test(line) || /\sund\sSchule\s*$/u.test(line)) return false;
  // it begins with a name ("Gymnasium Am Wall, …"), not with a person or a list mark ("- Lena Gröne, Stadt Ahlen, …")
  if (institutionPhrase(line.trim())?.from !== 0) return false;
  return tokens(line, 0, line.length).every((t) => isUpper(t.text[0]) || titleWords.has(t.text));
}

/** Whether a phrase has an institution noun: the test every party's name passes without a hint. */
function isInstitutionNounPhrase(name: string): boolean {
  return tokens(name, 0, name.length).some((t) => isInstitutionNoun(t.text));
}

/** "Für die Schule: …", "Für das Stadtarchiv Bochum", lines under a signature: parties named where they sign. */
const SIGNING_FOR = /^(?:für\s(?:die|das|den|der)?\s?|i\.\s?[AV]\.\s)/iu;

/** Parties named in the signature block or the opening lines, when no list of parties was found. */
function namedElsewhere(doc: Doc): RawParty[] {
  const parties: RawParty[] = [];
  const lineCount = doc.lineStarts.length;
  // the opening lines from where the agreement begins (a cover above it is blank in the main part)
  const firstLine = lineOf(doc, Math.max(0, doc.text.search(/\S/u)));
  const candidates = [
    ...Array.from({ length: Math.min(12, lineCount - firstLine) }, (_, k) => firstLine + k),
    ...Array.from({ length: Math.min(40, lineCount) }, (_, k) => lineCount - 1 - k).reverse(),
  ];
  const seen = new Set<number>();
  /** The line that named the last party on its own, and that party. */
  let named: { line: number; party: RawParty } | undefined;
  for (const line of candidates) {
    if (seen.has(line)) continue;
    seen.add(line);
    const { start, end } = lineBounds(doc, line);
    if (end - start > 120) continue;
    for (const cell of doc.text.slice(start, end).split(/ {3,}|\t|\|/u)) {
      const text = cell.trim();
      const signing = SIGNING_FOR.exec(text);
      const rest = signing ? text.slice(signing[0].length) : text;
      const phrase = institutionPhrase(rest);
      // A line of the opening must be the name itself; in the signature block "Für …" introduces it.
      if (!phrase || (!signing && phrase.from > 0) || (!signing && line >= firstLine + 12 && phrase.name.length < rest.length - 40)) continue;
      const folded = fold(phrase.name);
      if (folded === "schule" || parties.some((p) => sameInstitutionName(p.name, phrase.name)) || tokens(phrase.name, 0, phrase.name.length).length < 2) continue;
      const party: RawParty = { side: sideOfName(phrase.name, undefined), name: phrase.name, words: partyWords(phrase.name, undefined) };
      // "Figurentheater Wundertüte e. V.⏎Freies Theater für Puppen-, …": a line without an address right under
      // a line that holds a party's name alone, of its side, describes that party (lines with addresses list parties)
      if (!signing && named?.line === line - 1 && named.party.side === party.side && !/\d/u.test(rest)) continue;
      parties.push(party);
      named = !signing && phrase.from === 0 && phrase.to >= rest.length - 1 ? { line, party } : undefined;
    }
  }
  return parties;
}

/** Finds the form's names in the text where no party was read for them: at each word of the name, or at an initialism. */
function partiesFromHints(doc: Doc, hints: readonly Hint[], read: readonly RawParty[]): RawParty[] {
  const found: RawParty[] = [];
  const open = hints.filter((hint, index) => !read.some((p) => p.hint === index || sameInstitutionName(p.name, hint.name)));
  if (open.length === 0) return found;
  const words = tokens(doc.text, 0, Math.min(doc.text.length, 200_000));
  hints.forEach((hint, index) => {
    if (read.some((p) => p.hint === index || sameInstitutionName(p.name, hint.name))) return;
    const prefixes = tokens(hint.name, 0, hint.name.length)
      .map((t) => fold(t.text).slice(0, 5))
      .filter((prefix) => prefix.length >= 3 && !functionWords.has(prefix));
    let tried = 0;
    for (let k = 0; k < words.length && tried < 200; k++) {
      const word = words[k]!;
      const initialism = word.text.length <= 6 && [...word.text].filter((c) => isUpper(c)).length >= 2;
      if (!initialism && !prefixes.some((prefix) => fold(word.text).startsWith(prefix))) continue;
      tried += 1;
      const phrase = phraseAround(doc.text, words, k);
      if (phrase && sameInstitutionName(phrase.name, hint.name)) {
        found.push({ side: hint.side, name: phrase.name, words: partyWords(phrase.name, undefined), hint: index });
        return;
      }
    }
  });
  return found;
}

const assumedParties: Parties = {
  school: { side: "school", ref: schoolRef, words: new Set() },
  partners: [{ side: "partner", ref: partnerRef(0), words: new Set() }],
  assumed: true,
};

/**
 * Reads the parties: the list after the opening ("zwischen <Schule> und <Partner> (und <Partner>)",
 * "Partner dieser Vereinbarung sind …"), the form's names when given, else the institutions named
 * in the opening lines and the signature block. Falls back to one school and one partner.
 */
export function readParties(whole: Doc, application?: Application): Parties {
  // the parties of an agreement attached to this one (a Kita's) are not this one's
  const doc = mainPart(whole);
  const hints = hintsOf(application);
  let read = listedParties(doc, hints);
  if (!complete(read) || read.some((p) => p.bare)) {
    const elsewhere = namedElsewhere(doc).filter((p) => !read.some((q) => sameInstitutionName(q.name, p.name)));
    // A name found elsewhere replaces a bare noun ("das Gymnasium") of the same side.
    read = read.map((p) => (p.bare ? (elsewhere.find((q) => q.side === p.side && !q.bare) ?? p) : p));
    read = [...read, ...elsewhere.filter((q) => !read.includes(q))];
  }
  read = [...read, ...partiesFromHints(doc, hints, read)];
  for (const party of read) {
    const hint = party.hint ?? hints.findIndex((h) => sameInstitutionName(h.name, party.name));
    if (hint >= 0) {
      party.hint = hint;
      party.side = hints[hint]!.side;
      for (const word of partyWords(hints[hint]!.name, undefined)) party.words.add(word);
    }
  }
  const schoolIndex = read.findIndex((p) => p.side === "school");
  if (schoolIndex < 0) return assumedParties;
  // A word that names two parties ("Bochum") tells neither apart.
  const counts = new Map<string, number>();
  for (const party of read) for (const word of party.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const own = (party: RawParty) => new Set([...party.words].filter((w) => counts.get(w) === 1));
  const school = read[schoolIndex]!;
  // With a form, partners keep the form's order, so that "Partner 1" means the same in both.
  const partners = read
    .filter((p, i) => i !== schoolIndex && p.side === "partner")
    .map((p, order) => ({ p, order: p.hint === undefined ? 1000 + order : (hints[p.hint]!.partner ?? 0) }))
    .sort((a, b) => a.order - b.order)
    .map(({ p }) => p)
    .slice(0, 6);
  if (partners.length === 0) return assumedParties;
  return {
    school: { side: "school", ref: schoolRef, name: school.name, words: own(school) },
    partners: partners.map((p, index) => ({ side: "partner", ref: partnerRef(index), name: p.name, words: own(p) })),
    assumed: false,
  };
}

function stems(folded: string): string[] {
  const forms = [folded];
  for (const ending of ["es", "s", "n", "en", "e"]) if (folded.endsWith(ending)) forms.push(folded.slice(0, -ending.length));
  return forms;
}

/** Which party one word points to, or undefined. */
export function sideOfToken(parties: Parties, word: string): SideRef | undefined {
  const forms = stems(fold(word));
  const named = parties.partners.flatMap((p, index) => (forms.some((f) => p.words.has(f)) ? [index] : []));
  if (named.length === 1) return partnerRef(named[0]!);
  if (forms.some((f) => parties.school.words.has(f))) return schoolRef;
  const kind = sideOfWord(word);
  if (kind === "school") return schoolRef;
  if (kind === null) return undefined;
  if (kind === "partner" && parties.partners.length > 1) {
    // "Heimatverein:" for the "Heimat- und Geschichtsverein …": the one partner whose name has the same head noun
    for (const head of partnerHeads(word)) {
      const headed = parties.partners.flatMap((p, index) => ([...p.words].some((w) => w.endsWith(head)) ? [index] : []));
      if (headed.length === 1) return partnerRef(headed[0]!);
    }
  }
  return parties.partners.length === 1 ? partnerRef(0) : somePartner;
}

/** Every reference to a party in [from, to), in text order. */
export function sideRefs(doc: Doc, parties: Parties, from: number, to: number): Array<{ pos: number; ref: SideRef }> {
  const refs: Array<{ pos: number; ref: SideRef }> = [];
  for (const token of tokens(doc.text, from, to)) {
    const ref = sideOfToken(parties, token.text);
    if (ref) refs.push({ pos: token.start, ref });
  }
  return refs;
}

/** A letter's salutation. */
const SALUTATION = /(?<![^\n])(?:Sehr geehrte|Liebe[rs]?\s|Hallo\s)/u;
/** A letter's closing, above its writer's name: „Mit freundlichen Grüßen“. */
export const CLOSING = /(?<![^\n])[ ]*(?:Mit\s(?:freundlichen|besten|herzlichen)\sGr(?:ü|ue)(?:ß|ss)en|(?:Freundliche|Beste|Herzliche)\sGr(?:ü|ue)(?:ß|ss)e)[ ,]*(?![^\n])/u;

/**
 * In a letter (a salutation and a closing), the party its writer signs for: the one the lines under
 * the closing name („Hannelore Ziegenhals⏎Schulleiterin“); undefined when they name none or several.
 */
export function letterSender(doc: Doc, parties: Parties): { pos: number; ref: PartyRef } | undefined {
  const closing = SALUTATION.test(doc.text) ? CLOSING.exec(doc.text) : null;
  if (!closing) return undefined;
  // the writer's block: the lines under the closing up to the next blank line
  const from = closing.index + closing[0].length + (/^\s*/u.exec(doc.text.slice(closing.index + closing[0].length, closing.index + closing[0].length + 20))?.[0].length ?? 0);
  const blank = doc.text.slice(from, from + 160).search(/\n[ ]*\n/u);
  const refs = sideRefs(doc, parties, from, blank >= 0 ? from + blank : Math.min(doc.text.length, from + 160));
  const named = new Set(refs.map((r) => partyOf(r.ref)));
  const [ref] = named;
  return named.size === 1 && ref ? { pos: refs[0]!.pos, ref } : undefined;
}

/** Every party, the school first. */
export function partyRefs(parties: Parties): PartyRef[] {
  return [parties.school.ref, ...parties.partners.map((p) => p.ref)];
}

/** The party a reference names, or undefined for "some partner". */
export function partyOf(ref: SideRef): PartyRef | undefined {
  return ref.kind === "some-partner" ? undefined : ref;
}

/** The party a contact of the facts belongs to (a partner without index: the first). */
export function partyOfContact(parties: Parties, contact: { side?: "school" | "partner"; partner?: number }): PartyRef {
  return contact.side === "school" ? parties.school.ref : partnerRef(contact.partner ?? 0);
}

/** The parties a finding concerns, as the report lists them. */
export function findingParties(parties: Parties, refs: readonly PartyRef[]): FindingParty[] {
  return refs.map((ref) => {
    if (ref.kind === "school") return parties.school.name === undefined ? { side: "school" } : { side: "school", name: parties.school.name };
    const name = parties.partners[ref.index]?.name;
    return name === undefined ? { side: "partner", partner: ref.index } : { side: "partner", partner: ref.index, name };
  });
}

/** How a message names a party (accusative, after "für"); partners count from 1, as people count. */
export function partyLabel(parties: Parties, ref: PartyRef, lang: Lang): string {
  if (ref.kind === "school") return lang === "de" ? "die Schule" : "the school";
  const { index } = ref;
  const name = parties.partners[index]?.name;
  if (name) return lang === "de" ? `„${name}“` : `“${name}”`;
  if (parties.partners.length === 1) return lang === "de" ? "den Partner" : "the partner";
  return lang === "de" ? `Partner ${index + 1}` : `partner ${index + 1}`;
}

/** "A, B und C" / "A, B and C". */
export function joinLabels(labels: readonly string[], lang: Lang): string {
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} ${lang === "de" ? "und" : "and"} ${labels[labels.length - 1]}`;
}
