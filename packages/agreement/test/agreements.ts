import { fc } from "@fast-check/vitest";

/** The parts of a small agreement that meets every criterion; tests replace one part at a time. */
export const goodParts = {
  title: "Kooperationsvereinbarung im Rahmen von Bildungspartner NRW",
  parties: "zwischen\n\ndem Gymnasium am See, Seestraße 1, 12345 Seestadt\n\nund\n\ndem Stadtarchiv Seestadt",
  offer: "§ 1 Angebot\nDas Angebot steht allen Schülerinnen und Schülern der Schule offen.",
  term: "§ 2 Laufzeit\nDie Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027.",
  contacts:
    "§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de",
  signatures:
    "Seestadt, den 15.06.2025\n\n______________________\nAnna Müller, Schulleiterin\n\n______________________\nJonas Weber, Leiter des Stadtarchivs",
};

export type Parts = typeof goodParts;

/** An agreement from parts, one paragraph each. */
export function agreement(parts: Partial<Parts> = {}): string {
  return Object.values({ ...goodParts, ...parts }).join("\n\n");
}

/** Sentences that say nothing about any criterion. */
const neutralSentences = [
  "Die Partner treffen sich zweimal im Jahr zu einem Austausch.",
  "Die Schule stellt für gemeinsame Veranstaltungen ihre Aula zur Verfügung.",
  "Über Änderungen dieser Vereinbarung verständigen sich die Partner.",
  "Die Ergebnisse werden in der Schulkonferenz vorgestellt.",
  "Fotos werden nur mit Einverständnis der Beteiligten veröffentlicht.",
  "Die Kosten für Material trägt jede Seite selbst.",
  "Präsentationen finden in der Regel im Lesesaal statt.",
];

/** A paragraph of neutral German text: a few sentences that touch no criterion. */
export const neutralParagraph = fc
  .array(fc.constantFrom(...neutralSentences), { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.join(" "));
