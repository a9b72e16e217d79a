// Times the built `bildungspartner check` as a user runs it (a new process each time), for one file and
// for 1,000 files, beside baselines from the same run: bare `node -e ""` start-up and a plain Node
// script that reads and parses the same files. Writes "## CLI start-up" in docs/benchmarks.md.
// Run: pnpm bench (after pnpm build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { application, random } from "@bildungspartner/test-kit";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";

const FILES = 1_000;
const RUNS_ONE = 15;
const RUNS_MANY = 5;
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(bin)) throw new Error(`${bin} fehlt: zuerst pnpm build / missing: run pnpm build first`);

const work = mkdtempSync(join(tmpdir(), "bildungspartner-startup-"));
const next = random(2026);
const files = Array.from({ length: FILES }, (_, n) => {
  const file = join(work, `antrag-${String(n).padStart(4, "0")}.json`);
  writeFileSync(file, JSON.stringify(application(next, n)));
  return file;
});

/** Wall time of one process from spawn to exit, in ms; fails on an unexpected exit code. */
function time(args: readonly string[], okCodes: readonly number[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${args.slice(0, 2).join(" ")} endete mit ${result.status}: ${result.stderr}`);
  return ms;
}

function median(runs: number, measure: () => number): number {
  measure(); // warm the file-system cache
  const times = Array.from({ length: runs }, measure).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

const readAll = `const fs = require("node:fs"); for (const f of process.argv.slice(1)) JSON.parse(fs.readFileSync(f, "utf8"));`;
const exitCodes = [0, 1, 2];

const bare = median(RUNS_ONE, () => time(["-e", ""], [0]));
const one = median(RUNS_ONE, () => time([bin, "check", files[0]!], exitCodes));
const oneJson = median(RUNS_ONE, () => time([bin, "check", "--format", "json", files[0]!], exitCodes));
const floorMany = median(RUNS_MANY, () => time(["-e", readAll, ...files], [0]));
const many = median(RUNS_MANY, () => time([bin, "check", "--format", "json", ...files], exitCodes));
rmSync(work, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;
const perFile = (many - oneJson) / (FILES - 1);
const separate = oneJson * FILES;

const body = `\`bildungspartner check\` as a user runs it: the built command (\`packages/cli/dist/bin.js\`) in a new
Node process each time, wall time from spawn to exit, median of ${RUNS_ONE} runs (${RUNS_MANY} for ${FILES.toLocaleString("en-GB")} files)
after one warm-up. ${FILES.toLocaleString("en-GB")} generated applications (seed 2026), one JSON file each.

| what | wall time | ratio |
|---|---:|---|
| \`node -e ""\` (baseline: Node's own start-up) | ${ms(bare)} | 1× |
| \`bildungspartner check <1 file>\` | ${ms(one)} | ${ratio(one, bare)} Node's start-up |
| \`bildungspartner check --format json <1 file>\` | ${ms(oneJson)} | ${ratio(oneJson, bare)} Node's start-up |
| a Node script that only reads and parses the ${FILES.toLocaleString("en-GB")} files (floor) | ${ms(floorMany)} | ${ratio(floorMany, bare)} Node's start-up |
| \`bildungspartner check --format json <${FILES.toLocaleString("en-GB")} files>\` | ${ms(many)} | ${ratio(many, floorMany)} the floor; ${ratio(many, oneJson)} one file |

One process for ${FILES.toLocaleString("en-GB")} files costs about ${perFile.toFixed(2)} ms per extra file; ${FILES.toLocaleString("en-GB")} separate
calls would cost about ${(separate / 1000).toFixed(0)} s (${ratio(separate, many)} the single call): pass many files to one call.
Measured by \`pnpm bench\` (packages/cli, \`bench/startup.bench.ts\`) on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}.
`;

writeBenchmarkSection("CLI start-up", body);
console.log(`CLI start-up: node ${ms(bare)}, 1 file ${ms(one)}, ${FILES} files ${ms(many)} → docs/benchmarks.md`);
