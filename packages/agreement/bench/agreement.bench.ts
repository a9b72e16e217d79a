// Times checkAgreementText on a 50-page agreement (about 150,000 characters), on ten times that,
// and on adversarial inputs of 200,000 characters, and writes the figures into docs/benchmarks.md
// under "## Agreement checks". Run: pnpm bench (PDF extraction is not part of these figures).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { checkAgreementText } from "../src/index.js";

const corpus = fileURLToPath(new URL("../../../examples/agreements/", import.meta.url));
const base = readFileSync(`${corpus}01-musterschule-stadtarchiv.txt`, "utf8");

/** Paragraphs of an appendix (project plans, dates of events, people): realistic work for every pattern. */
const appendix = [
  "Projekt {n}: Spurensuche im Stadtarchiv. Die Klasse 8 besucht das Archiv im Rahmen des Geschichtsunterrichts; die Projektwoche findet vom 10.11.2025 bis 14.11.2025 statt.",
  "Die Schülerinnen und Schüler recherchieren zu Straßennamen, Denkmälern und Zeitzeugen. Begleitet werden sie von Frau Carla Becker (Fachlehrerin Geschichte) und Herrn Dr. Jonas Weber.",
  "Ergebnisse werden in einer Ausstellung im Foyer der Schule gezeigt; die Eröffnung ist für den 1. März 2026 geplant. Für Rückfragen steht das Sekretariat zur Verfügung.",
  "Materialien: Kopien von Akten, Karten und Fotografien aus den Jahren 1890 bis 1960; Arbeitsblätter für zwei Doppelstunden; eine Checkliste für den Besuch im Lesesaal.",
  "Die Partner werten das Projekt im Anschluss aus und vereinbaren Verbesserungen für das nächste Schuljahr. Die Kosten für Material trägt jede Seite selbst.",
];

/** An agreement padded with appendix pages to about `chars` characters. */
function agreementOf(chars: number): string {
  const parts = [base, "\nAnlage: Projektplanung\n"];
  let length = parts.join("\n").length;
  for (let n = 1; length < chars; n++) {
    const paragraph = appendix[n % appendix.length]!.replace("{n}", String(n));
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join("\n\n");
}

/** Median time of `runs` checks in milliseconds, after warming up. */
function time(text: string, runs: number): number {
  for (let i = 0; i < 10; i++) checkAgreementText(text);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkAgreementText(text);
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const per100k = (value: number, chars: number) => (value / chars) * 100_000;

const pages50 = agreementOf(150_000);
const pages500 = agreementOf(1_500_000);
const t50 = time(pages50, 21);
const t500 = time(pages500, 7);
const growth = t500 / t50;
const sizeRatio = pages500.length / pages50.length;

const SIZE = 200_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const adversarial: Array<[string, string]> = [
  ["200,000 letters without `@` or a space", repeat("a")],
  ["`zwei zwei zwei …`", repeat("zwei ")],
  ["200,000 dots", repeat(".")],
  ["`@` after `@`", repeat("a@")],
  ["`Bildungs-` and a line break, repeated", repeat("Bildungs-\n")],
  ["`01.08.2025 bis ` repeated", repeat("01.08.2025 bis ")],
  ["`Frau Dr. ` repeated", repeat("Frau Dr. ")],
  ["underscores (one signature line)", repeat("_")],
  ["soft hyphens and zero-width spaces", repeat("\u00ad\u200b")],
  ["`u` with a combining diaeresis", repeat("u\u0308")],
  ["`Ansprechpartnerin der Schule:` lines", repeat("Ansprechpartnerin der Schule:\n")],
];
const normal = agreementOf(SIZE);
const tNormal = time(normal, 11);
const adversarialRows = adversarial.map(([name, text]) => {
  const t = time(text, 5);
  return { name, t, ratio: t / tNormal };
});
const worst = Math.max(...adversarialRows.map((r) => r.ratio));

// Issue #20: 50 pages in at most 10 ms.
const goal = 10;
const body = `
\`checkAgreementText\` on Node ${process.versions.node}, median of repeated runs after warm-up, PDF extraction excluded.
The 50-page agreement is corpus agreement 01 with an appendix of project pages; the large one is the same
agreement padded to ten times the length.

| input | characters | time per check | per 100,000 characters | ratio |
|---|---:|---:|---:|---|
| 50-page agreement | ${pages50.length.toLocaleString("en-GB")} | ${ms(t50)} | ${ms(per100k(t50, pages50.length))} | 1× |
| 500-page agreement | ${pages500.length.toLocaleString("en-GB")} | ${ms(t500)} | ${ms(per100k(t500, pages500.length))} | ${growth.toFixed(1)}× the time for ${sizeRatio.toFixed(1)}× the text |

Growth: ${sizeRatio.toFixed(1)}× the text costs ${growth.toFixed(1)}× the time (linear would be ${sizeRatio.toFixed(1)}×).
Goal: 50 pages in at most ${goal} ms: **${t50 <= goal ? "met" : "missed"}** (${ms(t50)}).

Adversarial inputs of ${SIZE.toLocaleString("en-GB")} characters, against a normal agreement of the same length (${ms(tNormal)}):

| input | time per check | ratio to the normal agreement |
|---|---:|---|
${adversarialRows.map((r) => `| ${r.name} | ${ms(r.t)} | ${r.ratio.toFixed(2)}× |`).join("\n")}

Worst adversarial input: ${worst.toFixed(2)}× the normal agreement of the same length: every pattern is linear
(recheck proves each one safe in \`src/patterns.test.ts\`), and the contact and signature scans look at
bounded windows only.
`;

console.log(body);
writeBenchmarkSection("Agreement checks", body);
