#!/usr/bin/env node
// Builds the workspace packages (and the examples named on the command line) whose sources changed
// since their last build, in dependency order: what `npm start`, `npm test`, `npm run portal` and
// `npm run werkstatt` call, so that a second start does not rebuild everything. `pnpm build` still
// builds everything.
//
// A build's stamp is `dist/.source-hash`: a hash of the workspace's files as git lists them (tracked
// and untracked, not ignored; tests and generated sources left out), of the stamps of the workspaces it depends on, and of
// the root's lockfile and TypeScript settings. Without git, everything is built.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const pnpm = ["-y", "pnpm@12.4.2"];
const stampFile = (dir) => join(root, dir, "dist", ".source-hash");
// Tests do not change a build; generated sources are made by the build from files already hashed.
const isTest = (file) => /(^|\/)(test|e2e)\//.test(file) || /\.test\.tsx?$/.test(file);
const isGenerated = (file) => /(^|\/)generated\//.test(file);

/** Workspace folders by package name, with their workspace dependencies. */
function workspaces() {
  const found = new Map();
  for (const group of ["packages", "examples"]) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const dir = `${group}/${entry.name}`;
      const file = join(root, dir, "package.json");
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, "utf8"));
      const deps = Object.keys({ ...json.dependencies, ...json.devDependencies }).filter((name) => name.startsWith("@bildungspartner/"));
      found.set(json.name, { dir, deps, builds: typeof json.scripts?.build === "string" });
    }
  }
  return found;
}

function gitFiles(dir) {
  try {
    const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", dir], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return out.split("\0").filter((file) => file !== "" && !isTest(file.slice(dir.length + 1)) && !isGenerated(file.slice(dir.length + 1)) && existsSync(join(root, file))).sort();
  } catch {
    return undefined;
  }
}

const all = workspaces();
const hashes = new Map();
/** The hash of a workspace's sources and of everything it builds on; `undefined` when git cannot list files. */
function sourceHash(name) {
  if (hashes.has(name)) return hashes.get(name);
  const { dir, deps } = all.get(name);
  const files = gitFiles(dir);
  let hash;
  if (files !== undefined) {
    const h = createHash("sha256");
    for (const file of ["pnpm-lock.yaml", "tsconfig.base.json", ...files]) h.update(`${file}\0`).update(readFileSync(join(root, file))).update("\0");
    for (const dep of deps.filter((d) => all.has(d)).sort()) h.update(`${dep}\0${sourceHash(dep) ?? "?"}\0`);
    hash = h.digest("hex");
  }
  hashes.set(name, hash);
  return hash;
}

const built = new Set();
const unchanged = [];
/** Builds a workspace after the workspaces it depends on, when its stamp does not match its sources. */
function build(name) {
  if (built.has(name)) return;
  built.add(name);
  const { dir, deps, builds } = all.get(name);
  for (const dep of deps) if (all.has(dep)) build(dep);
  if (!builds) return;
  const hash = sourceHash(name);
  if (hash !== undefined && existsSync(stampFile(dir)) && readFileSync(stampFile(dir), "utf8") === hash) {
    unchanged.push(dir);
    return;
  }
  // No stamp while building: a build that fails or is run by hand leaves none to trust.
  rmSync(stampFile(dir), { force: true });
  const result = spawnSync("npx", [...pnpm, "--filter", name, "run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  if (hash !== undefined) writeFileSync(stampFile(dir), hash);
}

const named = process.argv.slice(2);
const unknown = named.filter((dir) => ![...all.values()].some((w) => w.dir === dir.replace(/\/$/, "")));
if (unknown.length > 0) {
  console.error(`Unbekannter Arbeitsbereich / unknown workspace: ${unknown.join(", ")}`);
  process.exit(2);
}
const targets = [...all].filter(([, w]) => w.dir.startsWith("packages/") || named.some((dir) => dir.replace(/\/$/, "") === w.dir)).map(([name]) => name);
for (const name of targets) build(name);
if (unchanged.length > 0) console.log(`Unverändert, nicht neu gebaut / unchanged, not rebuilt: ${unchanged.join(", ")}`);
