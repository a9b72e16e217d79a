// Times `bildungspartner rules diff … --applications` on 100,000 generated applications and writes the
// figure into docs/benchmarks.md under "## Impact analysis". Run: pnpm bench (after pnpm build).
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { evaluate } from "@bildungspartner/core";
import { writeApplications } from "@bildungspartner/test-kit";
import { run } from "../src/index.js";
import { loadRuleDirectory } from "../src/rule-directory.js";
import type { Impact } from "@bildungspartner/core/rules";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";

const COUNT = 100_000;
const RUNS = 3;
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const oldDir = "packages/core/rules";
const newDir = "packages/test-kit/rule-sets/2.0.0/rules";

const work = mkdtempSync(join(tmpdir(), "bildungspartner-bench-"));
const file = join(work, "applications.ndjson");
await writeApplications(file, COUNT);

const en = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Reads every line and parses it, deciding nothing: the floor any analysis stands on. */
async function readOnly(limit: number): Promise<number> {
  const start = performance.now();
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (count === limit) break;
    JSON.parse(line);
    count += 1;
  }
  return performance.now() - start;
}

/** The same analysis with the asynchronous reference evaluator, for the first `limit` lines. */
async function withEvaluate(limit: number): Promise<number> {
  const [oldSet, newSet] = [(await loadRuleDirectory(join(repo, oldDir))).ruleSet, (await loadRuleDirectory(join(repo, newDir))).ruleSet];
  const start = performance.now();
  let count = 0;
  let changed = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (count === limit) break;
    const input = JSON.parse(line) as unknown;
    const was = await evaluate(input, { ruleSets: [oldSet], asOf: oldSet.validFrom });
    const is = await evaluate(input, { ruleSets: [newSet], asOf: newSet.validFrom });
    if (was.status !== is.status) changed += 1;
    count += 1;
  }
  if (changed === 0) throw new Error("the reference run found no change");
  return performance.now() - start;
}

const times: number[] = [];
let impact: Impact | undefined;
for (let i = 0; i < RUNS; i++) {
  let out = "";
  const io = { stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true } };
  const start = performance.now();
  const code = await run(["rules", "diff", join(repo, oldDir), join(repo, newDir), "--applications", file, "--format", "json"], io);
  times.push(performance.now() - start);
  if (code !== 0) throw new Error(`rules diff endete mit ${code} / exited with ${code}`);
  impact = (JSON.parse(out) as { impact: Impact }).impact;
}
if (impact?.applications !== COUNT) throw new Error(`expected ${COUNT} applications, got ${impact?.applications}`);
const reading = await readOnly(COUNT);
const REFERENCE = 20_000;
const reference = await withEvaluate(REFERENCE);
rmSync(work, { recursive: true, force: true });

const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
const rate = (count: number, ms: number) => (count / ms) * 1000;
const diffRate = rate(COUNT, median);
const readRate = rate(COUNT, reading);
const referenceRate = rate(REFERENCE, reference);
const GOAL_MS = 10_000;
const section = `## Impact analysis

\`bildungspartner rules diff ${oldDir} ${newDir} --applications <file>\`: every application decided under
the old and the new rule set; ${en.format(COUNT)} generated applications (NDJSON, seed 2023, terms of 12 to
48 months), of which ${en.format(impact.changed.length)} change outcome. The command end to end, median of ${RUNS} runs
(${times.map(seconds).join(", ")}): **${seconds(median)}**.

| what | applications/s | ratio |
|---|---:|---|
| reading and parsing the NDJSON file only (floor) | ${en.format(readRate)} | 1× |
| \`rules diff --applications\` (\`evaluateSync\`, both rule sets) | ${en.format(diffRate)} | ${(readRate / diffRate).toFixed(1)}× slower than the floor |
| the same analysis with \`evaluate\` (json-rules-engine), first ${en.format(REFERENCE)} | ${en.format(referenceRate)} | \`evaluateSync\` is ${(diffRate / referenceRate).toFixed(1)}× faster |

Goal: ${en.format(COUNT)} applications in seconds (under ${GOAL_MS / 1000} s): **${median < GOAL_MS ? "met" : "missed"}**.
Measured by \`pnpm bench\` (packages/cli, \`bench/impact.bench.ts\`) on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}.
`;

writeBenchmarkSection("Impact analysis", section.replace(/^## Impact analysis\n/, ""));
console.log(`Impact analysis: ${en.format(COUNT)} applications in ${seconds(median)} (${en.format(diffRate)}/s) → docs/benchmarks.md`);
