#!/usr/bin/env node
// Runs every browser suite of the workspace (each package's or example's `test:e2e` and
// `test:browser` script) several times in a row, to show that they pass every time and not only
// now and then. `--busy N` starts N processes that keep a core busy each for the whole run, as a
// loaded CI machine would be.
//
//   node scripts/ci-repeat.mjs                # 10 runs of every suite
//   node scripts/ci-repeat.mjs --runs 3 --busy 2
//
// Prints a line per run and a Markdown table at the end; exits 1 when any run failed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string", default: "10" }, busy: { type: "string", default: "0" } } });
const runs = Number(values.runs);
const busy = Number(values.busy);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(busy) || busy < 0) {
  console.error("Aufruf / usage: node scripts/ci-repeat.mjs [--runs N ≥ 1] [--busy N ≥ 0]");
  process.exit(2);
}

/** Every `test:e2e` and `test:browser` script of the workspace, by package name. */
const suites = ["packages", "examples"].flatMap((group) =>
  readdirSync(join(root, group)).flatMap((name) => {
    const file = join(root, group, name, "package.json");
    if (!existsSync(file)) return [];
    const json = JSON.parse(readFileSync(file, "utf8"));
    return ["test:e2e", "test:browser"].filter((script) => json.scripts?.[script]).map((script) => ({ name: json.name, dir: `${group}/${name}`, script }));
  }),
);

// What the suites build, built once before the first run; each run then finds it unchanged.
const examples = [...new Set(suites.filter((s) => s.dir.startsWith("examples/")).map((s) => s.dir))];
const build = spawnSync(process.execPath, [join(root, "scripts/build-changed.mjs"), ...examples], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const burners = Array.from({ length: busy }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
const stopBurners = () => burners.forEach((burner) => burner.kill("SIGKILL"));
process.on("exit", stopBurners);
// A stopped run stops its busy processes too (Node skips "exit" handlers when a signal ends it).
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}

const results = new Map(suites.map((s) => [`${s.name} ${s.script}`, { passed: 0, failed: 0, seconds: [] }]));
for (let run = 1; run <= runs; run++) {
  for (const suite of suites) {
    const started = Date.now();
    const result = spawnSync("npx", ["-y", "pnpm@12.4.2", "--silent", "--filter", suite.name, "run", suite.script], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    const entry = results.get(`${suite.name} ${suite.script}`);
    entry.seconds.push(seconds);
    if (result.status === 0) entry.passed += 1;
    else {
      entry.failed += 1;
      process.stdout.write(`${result.stdout}${result.stderr}`);
    }
    console.log(`Lauf ${run}/${runs}: ${suite.name} ${suite.script}: ${result.status === 0 ? "bestanden / passed" : "FEHLGESCHLAGEN / FAILED"} (${seconds.toFixed(0)} s)`);
  }
}
stopBurners();

console.log(`\n${runs} Läufe${busy > 0 ? `, ${busy} Kerne ausgelastet` : ""} / ${runs} runs${busy > 0 ? `, ${busy} busy cores` : ""}\n`);
console.log("| suite | passed | failed | seconds per run (min–max) |\n|---|---|---|---|");
for (const [suite, { passed, failed, seconds }] of results) {
  console.log(`| ${suite} | ${passed} | ${failed} | ${Math.min(...seconds).toFixed(0)}–${Math.max(...seconds).toFixed(0)} |`);
}
process.exitCode = [...results.values()].some((r) => r.failed > 0) ? 1 : 0;
