// The first run of a blind set: scores every file of the folder once (texts, and PDF and DOCX
// versions read as the CLI reads them), appends the figures to first-runs.json with the date and
// commit, and writes the record's section of docs/benchmarks.md. Refuses a set that had its run.
// Run: pnpm --filter @bildungspartner/example-agreements first-run blind-2026-12
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { checkAgreementText } from "@bildungspartner/agreement";
import { chronoDateParser } from "@bildungspartner/agreement/chrono";
import { appendFirstRun, readFirstRuns, writeFirstRunsSection } from "./first-runs.js";
import { corpusDir, namesIn, scoreSet } from "./score.js";

const set = process.argv[2];
if (!set || !existsSync(join(corpusDir, set))) {
  console.error("Aufruf: first-run <Ordner unter examples/agreements> / usage: first-run <folder under examples/agreements>");
  process.exit(2);
}
const earlier = readFirstRuns().rounds.find((r) => r.set === set);
if (earlier) {
  console.error(`${set}: erster Lauf schon am ${earlier.date} / first run already on ${earlier.date}`);
  process.exit(1);
}
const dir = join(corpusDir, set);
const asOf = new Date().toISOString().slice(0, 10);
const score = await scoreSet(dir, (text, pages) => checkAgreementText(text, { asOf, pages, dateParser: chronoDateParser }));
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
appendFirstRun({ set, date: asOf, commit, asOf, agreements: namesIn(dir).length, ...score });
console.log(writeFirstRunsSection());
