import type { Lang } from "@bildungspartner/core";
import { findDates } from "./dates.js";
import { say, texts } from "./messages.js";
import { joinLabels, keyOf, partyKeys, partyLabel, sideRefs, type Parties, type PartyKey } from "./parties.js";
import { evidenceList, isLetter, isUpper, lineBounds, lineOf, startsWord, type Doc } from "./text.js";
import type { Finding } from "./types.js";

/** A line to sign on: underscores or dots (an ellipsis is three dots after normalisation). */
const SIGNATURE_LINE = /_{5,}|\.{8,}/gu;
/** A line of spaces and dashes only (with at least eight dashes in a row): a signature line, or a separator. */
const DASH_LINE = /^[ -]+$/u;
/** "Unterschrift", "gez.", "gezeichnet", "Unterzeichner". */
const SIGNATURE_WORD = /(?:Unterschrift(?:en)?|gez\.|gezeichnet|Unterzeichner(?:in)?)(?!\p{L})/giu;
/** "Ort, Datum", "Datum, Unterschrift". */
const PLACE_DATE_LABEL = /(?:Ort[ ]?(?:,|und|\/)[ ]?Datum|Datum[ ]?(?:,|und|\/)[ ]?(?:Ort|Unterschrift))(?!\p{L})/giu;

/** A section heading: "§ 4 …", "4. …", "4) …". */
const HEADING_START = /^(?:§|\d{1,2}[.)][ ])/u;

/** Longest line read as part of a signature block; longer lines are prose. */
const SHORT_LINE = 100;

/** "Bochum, den" / "Bochum," / "Bochum": a place before a date. */
function isPlace(text: string): boolean {
  let place = text.trim();
  if (place.endsWith(" den")) place = place.slice(0, -4).trim();
  if (place.endsWith(",")) place = place.slice(0, -1).trim();
  if (place.length === 0) return true;
  if (place.length > 40 || !isUpper(place[0])) return false;
  return [...place].every((c) => isLetter(c) || c === " " || c === "-" || c === "." || c === "/");
}

/** Lines that hold a place and a date ("Bochum, den 15.06.2025"), followed at most by a signature line. */
function placeDateLines(doc: Doc): Set<number> {
  const lines = new Set<number>();
  for (const token of findDates(doc.text)) {
    const line = lineOf(doc, token.start);
    const { start, end } = lineBounds(doc, line);
    if (end - start > SHORT_LINE) continue;
    const after = doc.text.slice(token.end, end).trim();
    if (isPlace(doc.text.slice(start, token.start)) && (after === "" || SIGNATURE_LINE.test(after))) lines.add(line);
  }
  return lines;
}

interface Block {
  readonly from: number;
  readonly to: number;
  readonly keys: ReadonlySet<PartyKey>;
  readonly somePartner: boolean;
}

/** Signature blocks: each marker line with the short lines around it that say who signs. */
function readBlocks(doc: Doc, parties: Parties): Block[] {
  const { text } = doc;
  const placeDates = placeDateLines(doc);
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
  for (const { line: marker, dashes } of markers) {
    const lines = [marker];
    // Above the line only a label ("Für die Schule:"), never the text of a section before it.
    if (!isHeading(marker)) {
      for (let l = marker - 1; l >= Math.max(0, marker - 2) && isLabel(l); l--) lines.unshift(l);
    }
    let l = marker + 1;
    for (let skipped = 0; l <= lastLine && blank(l) && skipped < 2; skipped++) l += 1;
    for (let taken = 0; l <= lastLine && !blank(l) && taken < 3 && isShortLine(l) && !hasAddress(l); taken++, l++) lines.push(l);
    const keys = new Set<PartyKey>();
    let somePartner = false;
    for (const line of lines) {
      if (placeDates.has(line) || hasAddress(line)) continue; // the place names a town, not a party
      const { start, end } = lineBounds(doc, line);
      for (const { ref } of sideRefs(doc, parties, start, end)) {
        const key = keyOf(ref);
        if (key) keys.add(key);
        else somePartner = true;
      }
    }
    // A line of dashes that no party's name or role goes with separates sections; it is no signature line.
    if (dashes && keys.size === 0 && !somePartner) continue;
    const first = lineBounds(doc, lines[0]!);
    const last = lineBounds(doc, lines[lines.length - 1]!);
    blocks.push({ from: first.start, to: Math.min(last.end, first.start + 600), keys, somePartner });
  }
  return blocks;
}

/** The signed-by-all finding and the two signature facts. */
export function signatureFinding(
  doc: Doc,
  parties: Parties,
  lang: Lang,
): { finding: Finding; signedBySchool: boolean | undefined; signedByPartners: boolean | undefined } {
  const blocks = readBlocks(doc, parties);
  const keys = partyKeys(parties);
  const covered = new Set(blocks.flatMap((b) => [...b.keys]));
  const open = keys.filter((k) => !covered.has(k));
  const labels = (list: readonly PartyKey[]) => joinLabels(list.map((k) => partyLabel(parties, k, lang)), lang);
  const evidence = evidenceList(doc, blocks.filter((b) => b.keys.size > 0 || b.somePartner).map((b) => [b.from, b.to] as const), 8);
  const school = covered.has("school");
  const partners = keys.filter((k) => k !== "school").every((k) => covered.has(k));
  if (blocks.length === 0) {
    return {
      finding: { id: "signed-by-all", status: "missing", message: say(lang, texts.signatures.none), evidence: [] },
      signedBySchool: false,
      signedByPartners: false,
    };
  }
  if (open.length === 0) {
    return {
      finding: { id: "signed-by-all", status: "found", message: say(lang, texts.signatures.found, { sides: labels(keys) }), evidence },
      signedBySchool: true,
      signedByPartners: true,
    };
  }
  const unassigned = blocks.some((b) => b.keys.size === 0);
  if (unassigned || (blocks.some((b) => b.somePartner) && !partners)) {
    return {
      finding: {
        id: "signed-by-all",
        status: "unclear",
        message: say(lang, texts.signatures.unassigned, { sides: labels(open) }),
        evidence: evidenceList(doc, blocks.map((b) => [b.from, b.to] as const), 8),
      },
      signedBySchool: school ? true : undefined,
      signedByPartners: partners ? true : undefined,
    };
  }
  return {
    finding: { id: "signed-by-all", status: "missing", message: say(lang, texts.signatures.missingSides, { sides: labels(open) }), evidence },
    signedBySchool: school,
    signedByPartners: partners,
  };
}
