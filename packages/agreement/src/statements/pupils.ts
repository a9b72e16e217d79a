import type { Lang } from "@bildungspartner/core";
import { say, texts } from "../findings/messages.js";
import { clauseEnd, evidenceList, sentenceEnd, sentenceStart, sliceHas, startsWord, tokens, type Doc } from "../document/text.js";
import { continuesEarlier } from "../document/earlier.js";
import { layoutOf, sectionAt } from "../document/layout.js";
import { mainPart } from "../document/main-part.js";
import type { Finding } from "../findings/types.js";
import { agreementFindings } from "../findings/types.js";

/**
 * "allen Schülerinnen und Schülern", "sämtliche Schüler*innen", "alle SuS", "alle Lerngruppen", "allen Kindern der Schule",
 * "allen Klassen", "jede Klasse", "aller Bildungsgänge", "allen Studierenden": everyone, or every group.
 */
const ALL_PUPILS =
  /(?:alle|allen|aller|s(?:ä|ae)mtliche[nr]?|jede[mnrs]?)\s(?:(?:interessierten|teilnehmenden|unsere[nr]?)\s)?(?:Sch(?:ü|ue)ler(?:innen\sund\sSch(?:ü|ue)ler)?|SuS|Lernende|Studierende|Kind|Jugendliche|Klasse|Schulklasse|Lerngruppe|Jahrg|Bildungsg|Schulformen|Stufen)[\p{L}*:_/]*/giu;
/** The whole school: "der gesamten Schülerschaft", "der ganzen Schule". */
const WHOLE_SCHOOL = /(?:gesamte[nr]?|ganze[nr]?)\s(?:Sch(?:ü|ue)lerschaft|Schule|Sch(?:ü|ue)lerinnen|Schulgemeinschaft|Schulgemeinde)/giu;
const NEGATED = /(?<!\p{L})nicht\s(?:an\s|für\s)?$/iu;
/** Words that restrict: "nur", "ausschließlich", "beschränkt auf", "auf … beschränkt", "vorbehalten". */
const RESTRICTING =
  /(?:nur|ausschlie(?:ß|ss)lich|lediglich|allein|beschränkt|begrenzt|vorbehalten|exklusiv)(?!\p{L})/giu;
/** A part of the pupils: a class, a course, a year, a course of study. */
const GROUP =
  /(?<!\p{L})(?:Klassen?|Kurs|Kurse|Kurses|Jahrgangsstufen?|Jahrgangs?|Jahrg(?:ä|ae)nge|Stufe|Q1|Q2|EF|AG|Arbeitsgemeinschaft|Leistungskurs|Grundkurs|Projektkurs|Wahlpflichtkurs|Profilklasse|Differenzierungskurs|Oberstufe|Unterstufe|Mittelstufe|Sekundarstufe|Bildungsgangs?|Bildungsg(?:ä|ae)nge)(?![\p{L}-])/u;
/** Other groups left out: „Andere Bildungsgänge … sind nicht einbezogen“, „eine Ausweitung auf weitere Lerngruppen ist nicht vorgesehen“. */
const OTHER_GROUPS = /(?<!\p{L})(?:andere|weitere|übrige)[nrs]?\s(?:Bildungsg|Klassen|Jahrg|Lerngruppen|Kurse|Sch(?:ü|ue)ler|Stufen)/giu;
/** A compound class or course („Literaturkurses“, „Wahlpflichtkurs“, „Abschlussklasse“), tested on one word. */
const GROUP_COMPOUND = /(?:kurs|kurse|kurses|klasse|klassen)$/iu;
const LEFT_OUT = /(?<!\p{L})(?:nicht|keine?)\s(?:\p{L}+\s)?(?:einbezogen|vorgesehen|beteiligt|teil)|ausgeschlossen/iu;
/** The sentence is about the pupils or the offer. */
const ABOUT_PUPILS = /Sch(?:ü|ue)ler|SuS|Angebot|teilnehm|Teilnahme|Lernende|Kinder|richtet|Kooperation|Zusammenarbeit|vorgesehen|bestimmt|offen/iu;
/** A target group named without "all": "richtet sich an die Klassen 5 und 6", "Zielgruppe: Jahrgangsstufe 8", "Teilnehmen können Klassen der Fachschule …". */
const FOCUS = /richte[nt]\ssich|wende[nt]\ssich\san|Zielgruppe|beteiligt\ssind|nehmen\steil|teilnehmen\s(?:werden|können|sollen|dürfen)/giu;
/** The end of a sentence that says whom an offer is meant for: „… sind für … gedacht / bestimmt / vorgesehen“. */
const MEANT_FOR = /(?<!\p{L})(?:gedacht|bestimmt|vorgesehen)(?!\p{L})/gu;
/** Pupils as a group of people: a target group of pupils qualified in any way („die Kinder der Offenen Ganztagsschule“) may be a part of them. */
const PUPILS = /(?<!\p{L})(?:Sch(?:ü|ue)ler|SuS|Kinder|Jugendliche|Lernende|Studierende)/u;

/** Whether [from, to) names a part of the pupils. */
const hasGroup = (text: string, from: number, to: number): boolean =>
  sliceHas(text, from, to, GROUP) || tokens(text, from, to).some((token) => GROUP_COMPOUND.test(token.text));

/** The offer: what a group it is meant for would be named with. */
const OFFER = /Angebot|teilnehm|Teilnahme/giu;

/** Whether a sentence about the offer names a part of the pupils („Die Angebote … sind für unsere Klassen 9 und 10 vorgesehen“). */
function offerForGroup(text: string): boolean {
  for (const m of text.matchAll(OFFER)) {
    if (hasGroup(text, sentenceStart(text, m.index, 150), sentenceEnd(text, m.index, 150))) return true;
  }
  return false;
}

/** The open-to-all-pupils finding and its fact. */
export function pupilsFinding(whole: Doc, lang: Lang): { finding: Finding; openToAllPupils: boolean | undefined } {
  // the children of a Kita whose agreement is attached are not the school's pupils
  const doc = mainPart(whole);
  const { text } = doc;
  const open: Array<[number, number]> = [];
  const restricted: Array<[number, number]> = [];
  const focus: Array<[number, number]> = [];
  for (const pattern of [ALL_PUPILS, WHOLE_SCHOOL]) {
    for (const m of text.matchAll(pattern)) {
      if (!startsWord(text, m.index)) continue;
      const range: [number, number] = [m.index, clauseEnd(text, m.index + m[0].length, 60)];
      if (NEGATED.test(text.slice(Math.max(0, m.index - 12), m.index))) restricted.push(range);
      else open.push(range);
    }
  }
  for (const m of text.matchAll(RESTRICTING)) {
    if (!startsWord(text, m.index)) continue;
    const from = sentenceStart(text, m.index, 100);
    const to = sentenceEnd(text, m.index + m[0].length, 100);
    // under a heading „Teilnehmende“ every sentence is about the pupils
    const aboutPupils = sliceHas(text, from, to, ABOUT_PUPILS) || sectionAt(layoutOf(doc), m.index)?.topic === "pupils";
    if (hasGroup(text, Math.max(from, m.index - 80), Math.min(to, m.index + 90)) && aboutPupils) {
      restricted.push([m.index, Math.min(to, m.index + 90)]);
    }
  }
  for (const m of text.matchAll(OTHER_GROUPS)) {
    const from = sentenceStart(text, m.index, 120);
    const to = sentenceEnd(text, m.index + m[0].length, 120);
    if (sliceHas(text, from, to, LEFT_OUT)) restricted.push([from, to]);
  }
  for (const m of text.matchAll(FOCUS)) {
    const to = sentenceEnd(text, m.index + m[0].length, 120);
    if (hasGroup(text, m.index, to) || sliceHas(text, m.index, to, PUPILS)) focus.push([m.index, to]);
  }
  // „Die Workshops sind für die Kunstkurse der Jahrgänge 8 bis 10 gedacht“: an offer meant for a group, with no „all“ in its sentence
  const meant: Array<[number, number]> = [];
  for (const m of text.matchAll(MEANT_FOR)) {
    const from = sentenceStart(text, m.index, 200);
    const to = sentenceEnd(text, m.index, 60);
    const forAt = text.slice(from, m.index).search(/(?<!\p{L})für\s/u);
    if (forAt >= 0 && hasGroup(text, from + forAt, m.index) && !open.some(([a]) => a >= from && a < to)) meant.push([from, to]);
  }
  const finding = (status: Finding["status"], message: string, ranges: ReadonlyArray<readonly [number, number]>): Finding => ({
    id: agreementFindings.pupils,
    status,
    message,
    evidence: evidenceList(doc, ranges),
  });
  if (restricted.length > 0 && open.length > 0) {
    return { finding: finding("unclear", say(lang, texts.pupils.conflict), [...open, ...restricted]), openToAllPupils: undefined };
  }
  // one offer for all, another meant for a group: the target group is said two ways
  if (meant.length > 0 && open.length > 0 && restricted.length === 0) {
    return { finding: finding("unclear", say(lang, texts.pupils.twoWays), [...open, ...meant]), openToAllPupils: undefined };
  }
  if (restricted.length > 0) return { finding: finding("missing", say(lang, texts.pupils.restricted), restricted), openToAllPupils: false };
  if (open.length > 0) return { finding: finding("found", say(lang, texts.pupils.found), open), openToAllPupils: true };
  if (focus.length > 0) return { finding: finding("unclear", say(lang, texts.pupils.focus), focus), openToAllPupils: undefined };
  // An extension that says nothing of the pupils leaves them as the earlier agreement has them.
  const earlier = continuesEarlier(doc);
  if (earlier && !offerForGroup(text)) return { finding: finding("unclear", say(lang, texts.pupils.earlier), [[earlier.start, earlier.end]]), openToAllPupils: undefined };
  return { finding: finding("missing", say(lang, texts.pupils.none), []), openToAllPupils: undefined };
}
