// `pnpm --filter @bildungspartner/core run bench:compare <older dist/index.js>`: evaluateSync of an
// older build (e.g. `git worktree add /tmp/old <rev>`, then `pnpm install && pnpm --filter
// @bildungspartner/core run build` there) against this build, on the same generated applications,
// in one process, in interleaved rounds, so a busy machine slows both alike. Prints the medians.
import { anyApplication } from "@bildungspartner/test-kit";
import { fc } from "@fast-check/vitest";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import * as current from "../dist/index.js";

type Evaluate = (input: unknown) => unknown;

const olderPath = process.argv[2];
if (olderPath === undefined) throw new Error("usage: bench:compare <path to an older build's dist/index.js>");
const older = (await import(pathToFileURL(resolve(olderPath)).href)) as { evaluateSync: Evaluate };
const applications = fc.sample(anyApplication, { numRuns: 2000, seed: 20261126 });

function microsPerApplication(evaluate: Evaluate): number {
  const start = process.hrtime.bigint();
  for (const application of applications) evaluate(application);
  return Number(process.hrtime.bigint() - start) / 1000 / applications.length;
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (let round = 0; round < 3; round++) [older.evaluateSync, current.evaluateSync].forEach(microsPerApplication);
const before: number[] = [];
const after: number[] = [];
for (let round = 0; round < 15; round++) {
  before.push(microsPerApplication(older.evaluateSync));
  after.push(microsPerApplication(current.evaluateSync as Evaluate));
}
const [was, is] = [median(before), median(after)];
console.log(`evaluateSync, median of 15 interleaved rounds over ${applications.length} applications:`);
console.log(`  older build ${was.toFixed(1)} µs, this build ${is.toFixed(1)} µs per application (${is <= was ? "no slower" : `${((is / was - 1) * 100).toFixed(0)} % slower`})`);
