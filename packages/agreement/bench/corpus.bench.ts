// Scores checkAgreementText over the agreement corpus (examples/agreements: each text with the
// findings a careful reader expects) into docs/benchmarks.md, "## Agreement corpus". Blind sets after
// their first run are scored and printed only; their first runs are rendered from their record. The
// main entry's browser bundle is measured from dist with the forms bundle (packages/forms/bench/run.ts).
// Run: pnpm bench.
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readFirstRuns, writeFirstRunsSection } from "../../../examples/agreements/scripts/first-runs.js";
import { corpusDir, corpusNames, rates, scoreCorpus, scoreSet } from "../../../examples/agreements/scripts/score.js";
import { chronoDateParser } from "../src/chrono.js";
import { checkAgreementText } from "../src/index.js";

const figure = (n: number) => n.toFixed(2);
const { criteria, differing } = scoreCorpus((text) => checkAgreementText(text, { asOf: "2026-01-15" }));
const statuses = ["found", "missing", "unclear"] as const;
const lowest = Math.min(...criteria.flatMap((c) => [c.found.precision, c.found.recall, c.missing.precision, c.missing.recall]));
const goal = 0.95;

/** Per criterion, precision and recall of `found` and of `missing` and the confusion counts, as a Markdown table. */
function scoreTable(scores: typeof criteria): string {
  const rows = scores.map(
    (c) =>
      `| ${c.id} | ${figure(c.found.precision)} | ${figure(c.found.recall)} | ${figure(c.missing.precision)} | ${figure(c.missing.recall)} | ${statuses
        .map((e) => `${e}: ${statuses.map((g) => c.confusion[e][g]).join(" / ")}`)
        .join("; ")} |`,
  );
  return [
    "| criterion | found: precision | found: recall | missing: precision | missing: recall | expected → given (found / missing / unclear) |",
    "|---|---:|---:|---:|---:|---|",
    ...rows,
  ].join("\n");
}

const corpusBody = `
\`checkAgreementText\` over the ${corpusNames.length} texts of [examples/agreements](../examples/agreements/README.md), each with the
findings a careful reader expects (\`*.expected.json\`). Per criterion: precision and recall of \`found\`
and of \`missing\` (of the texts the check marks \`found\`, how many a reader marks \`found\`; of the texts a
reader marks \`found\`, how many the check finds), and the confusion counts (rows: expected, columns: given).

${scoreTable(criteria)}

Lowest figure: ${figure(lowest)}; goal at least ${goal} for each: **${lowest >= goal ? "met" : "missed"}**.
Texts whose findings differ from the expected ones: ${differing.length === 0 ? "none" : differing.map((d) => `${d.name} ${d.id} (${d.expected} → ${d.given})`).join(", ")}.
The golden test (\`examples/agreements/test/corpus.test.ts\`) keeps every figure at this floor.
`;
console.log(corpusBody);
writeBenchmarkSection("Agreement corpus", corpusBody);

// Blind sets after their first run: their current score and confusion, printed only. The first run
// of each stays as it was recorded (examples/agreements/first-runs.json), in its own section.
for (const round of readFirstRuns().rounds.filter((r) => existsSync(join(corpusDir, r.set)))) {
  const now = await scoreSet(join(corpusDir, round.set), (text, pages) =>
    checkAgreementText(text, { asOf: round.asOf ?? round.date, pages, dateParser: chronoDateParser }),
  );
  console.log(`\n${round.set}: ${now.right} of ${now.findings} findings right now (first run: ${round.right})\n\n${scoreTable(now.criteria.map((c) => ({ ...c, ...rates(c.confusion) })))}\n`);
}
console.log(writeFirstRunsSection());
