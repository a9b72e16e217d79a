// Checks every published package as npm would ship it: `pnpm pack` contents (dist, README, LICENSE,
// CHANGELOG, and core's rule data only), publint, and are-the-types-wrong. Run after `pnpm build`; exits 1 on any problem.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// core also ships its rule data (rules/*.json, data/*.json, rules.schema.json): `bildungspartner rules` reads it.
const allowed = /^package\/(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/.+)$/;
const pnpm = ["-y", "pnpm@12.4.2"];
let problems = 0;

for (const name of readdirSync("packages").sort()) {
  const dir = join("packages", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  if (manifest.private) continue;
  const out = mkdtempSync(join(tmpdir(), "pack-"));
  try {
    execFileSync("npx", [...pnpm, "pack", "--pack-destination", out], { cwd: dir, stdio: "pipe" });
    const tarball = join(out, readdirSync(out).find((f) => f.endsWith(".tgz")));
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
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
process.exitCode = problems > 0 ? 1 : 0;
