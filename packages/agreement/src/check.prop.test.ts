import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { evaluateSync, parseApplication } from "@bildungspartner/core";
import { describe, expect } from "vitest";
import { agreement, goodParts, neutralParagraph, type Parts } from "../test/agreements.js";
import { checkAgreementText, type AgreementReport } from "./index.js";

const statuses = (report: AgreementReport) => report.findings.map((f) => `${f.id}:${f.status}`);

/** Variants of each part: meeting the criterion, failing it, or leaving it to a person. */
const variants: { [K in keyof Parts]: string[] } = {
  title: [goodParts.title, "Kooperationsvereinbarung", "Vereinbarung über eine Bildungspartnerschaft", "Bildungspartner NRW – Museum und Schule"],
  parties: [goodParts.parties, "Das Gymnasium am See und das Stadtarchiv Seestadt schließen folgende Vereinbarung.", ""],
  offer: [
    goodParts.offer,
    "Das Angebot richtet sich ausschließlich an die Klasse 7b.",
    "Das Angebot richtet sich an die Jahrgangsstufen 5 und 6.",
    "Die Angebote stehen sämtlichen Schüler*innen offen.",
    "",
  ],
  term: [
    goodParts.term,
    "Die Vereinbarung wird für ein Jahr geschlossen und verlängert sich jeweils um ein weiteres Jahr.",
    "Die Vereinbarung gilt vom 01.09.2025 bis zum 31.08.2026.",
    "Die Vereinbarung ist unbefristet.",
    "Laufzeit: zwei Schuljahre",
    "Die Vereinbarung tritt am 01.08.2025 in Kraft.",
    "",
  ],
  contacts: [
    goodParts.contacts,
    "§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, info@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de",
    "§ 3 Ansprechpersonen\nAnsprechpartnerin der Schule:\nAnna Müller\nE-Mail: anna.mueller@gymnasium-am-see.de",
    "",
  ],
  signatures: [goodParts.signatures, "Für die Schule:\n______________________\nAnna Müller", "gez. Anna Müller, Schulleiterin\ngez. Jonas Weber, Stadtarchiv", ""],
};

const parts = fc.record(
  Object.fromEntries(Object.entries(variants).map(([key, list]) => [key, fc.constantFrom(...list)])) as {
    [K in keyof Parts]: fc.Arbitrary<string>;
  },
);

const corpusDir = fileURLToPath(new URL("../../../examples/agreements/", import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(`${corpusDir}${f}`, "utf8").replace(/\r\n/g, "\n"));

/** Offsets where a new paragraph can go in a corpus text: its start, its end, and before each "§" heading. */
function paragraphBoundaries(text: string): number[] {
  const offsets = [0, text.length];
  for (let i = text.indexOf("\n§"); i !== -1; i = text.indexOf("\n§", i + 1)) offsets.push(i + 1);
  return offsets;
}

/** Characters that PDF and Word files bring along. */
const noise = fc.constantFrom("\u00ad", "\u200b", "\u00a0", "\ufb01", "\r\n", "\t", "\u0308", "\ufeff", "\u2011", "\u0000");

describe("checkAgreementText, properties", () => {
  test.prop([parts, fc.array(fc.tuple(fc.nat(6), neutralParagraph), { maxLength: 4 })])(
    "inserting irrelevant paragraphs between the parts never changes a finding's status",
    (chosen, insertions) => {
      const blocks = Object.values(chosen);
      const before = checkAgreementText(blocks.join("\n\n"));
      const withText = [...blocks];
      for (const [at, paragraph] of [...insertions].sort((a, b) => b[0] - a[0])) withText.splice(at, 0, paragraph);
      expect(statuses(checkAgreementText(withText.join("\n\n")))).toEqual(statuses(before));
    },
  );

  test.prop([fc.constantFrom(...corpus.keys()), fc.array(fc.tuple(fc.nat(), neutralParagraph), { minLength: 1, maxLength: 3 })])(
    "inserting irrelevant paragraphs into a corpus agreement never changes a finding's status",
    (index, insertions) => {
      const text = corpus[index]!;
      const boundaries = paragraphBoundaries(text);
      let changed = text;
      const at = insertions.map(([n, paragraph]) => [boundaries[n % boundaries.length]!, paragraph] as const).sort((a, b) => b[0] - a[0]);
      for (const [offset, paragraph] of at) changed = `${changed.slice(0, offset)}\n${paragraph}\n\n${changed.slice(offset)}`;
      expect(statuses(checkAgreementText(changed))).toEqual(statuses(checkAgreementText(text)));
    },
  );

  test.prop([parts, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 30 })])(
    "every evidence points at the text it quotes, also in text full of PDF artefacts",
    (chosen, sprinkles) => {
      let text = agreement(chosen);
      for (const [n, char] of sprinkles) {
        const at = n % (text.length + 1);
        text = text.slice(0, at) + char + text.slice(at);
      }
      const evidence = checkAgreementText(text).findings.flatMap((finding) => finding.evidence);
      fc.pre(evidence.length > 0);
      for (const e of evidence) {
        expect(0 <= e.start && e.start < e.end && e.end <= text.length).toBe(true);
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text.trim()).not.toBe("");
      }
    },
  );

  const anyString = fc.oneof(
    fc.string({ unit: "binary", maxLength: 400 }),
    fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("\ud800", "\udfff", "\u0000", "\u001b", "@", ".", "-\n", "zwei ", "Bildungs-", "01.08.2025 bis ", "Frau ", "_____\n", "§ 1\n", "zwischen\n")), { maxLength: 60 }).map((a) => a.join("")),
  );

  test.prop([anyString])("any string, lone surrogates and control characters included, gives a report the core accepts", (text) => {
    const report = checkAgreementText(text);
    expect(report.findings).toHaveLength(6);
    for (const finding of report.findings) expect(["found", "missing", "unclear"]).toContain(finding.status);
    expect(parseApplication(report.facts).issues).toEqual([]);
    expect(report.decision).toEqual(evaluateSync(report.facts));
  });
});
