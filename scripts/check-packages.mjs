// Checks every published package as npm would ship it: `pnpm pack` contents (dist, README, LICENSE,
// CHANGELOG, and core's rule data only), publint, are-the-types-wrong, and an install of all the
// tarballs with `npm install --engine-strict` on this Node (the lowest the packages declare: CI runs
// it), so no dependency needs a newer Node than the packages say. Run after `pnpm build`; exits 1 on any problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packPackages } from "./pack-packages.mjs";

// core also ships its rule data (rules/*.json, data/*.json, rules.schema.json): `bildungspartner rules` reads it.
const allowed = /^package\/(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+)$/;
let problems = 0;
const engines = new Set();

const { folder: tarballs, packed } = packPackages();
for (const { manifest, tarball } of packed) {
  engines.add(manifest.engines?.node);
  const entries = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
  const stray = entries.filter((entry) => !allowed.test(entry));
  const missing = ["package/README.md", "package/LICENSE"].filter((entry) => !entries.includes(entry));
  for (const entry of [...stray, ...missing.map((m) => `${m} (missing)`)]) {
    console.error(`${manifest.name}: pack: ${entry}`);
    problems++;
  }
  console.log(`${manifest.name}: pack: ${entries.length} files, ${stray.length + missing.length} problems`);
  for (const [tool, args] of [
    ["publint", ["publint", "--strict", tarball]],
    // Every resolution mode: node10 (subpaths through typesVersions), node16 (CommonJS and ESM) and bundler.
    ["attw", ["attw", "--format", "table-flipped", tarball]],
  ]) {
    try {
      execFileSync("npx", args, { stdio: "pipe", encoding: "utf8" });
      console.log(`${manifest.name}: ${tool}: ok`);
    } catch (error) {
      problems++;
      console.error(`${manifest.name}: ${tool}:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
// Every package declares the same Node range, and this Node is its lowest major: npm refuses any
// dependency whose own `engines` excludes it.
const consumer = mkdtempSync(join(tmpdir(), "engine-strict-"));
try {
  const range = [...engines];
  const lowest = /^>=(\d+)$/.exec(range[0] ?? "")?.[1];
  if (range.length !== 1 || lowest !== process.versions.node.split(".")[0]) {
    problems++;
    console.error(`engines: the packages declare ${range.join(", ")}; CI runs Node ${process.versions.node}, which must be their lowest major`);
  }
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const all = packed.map(({ tarball }) => tarball);
  execFileSync("npm", ["install", "--engine-strict", "--no-audit", "--no-fund", "--loglevel=error", ...all], { cwd: consumer, stdio: "pipe", encoding: "utf8" });
  console.log(`npm install --engine-strict of ${all.length} tarballs on Node ${process.versions.node}: ok`);
} catch (error) {
  problems++;
  console.error(`npm install --engine-strict:\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
} finally {
  rmSync(consumer, { recursive: true, force: true });
  rmSync(tarballs, { recursive: true, force: true });
}
process.exitCode = problems > 0 ? 1 : 0;
