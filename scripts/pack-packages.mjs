// Packs every published package with `pnpm pack`, as npm would ship it; shared by check-packages.mjs
// (contents, publint, attw, engines) and check-integrations.mjs (apps that install the tarballs).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Packs each package under packages/ that is not private (of `names` only, where given) into one new
 * temporary folder. Returns the folder (the caller removes it) and, per package, its manifest and
 * tarball path. Run after `pnpm build`.
 */
export function packPackages(names) {
  const folder = mkdtempSync(join(tmpdir(), "tarballs-"));
  const packed = [];
  for (const name of readdirSync("packages").sort()) {
    const dir = join("packages", name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (manifest.private || (names && !names.includes(manifest.name))) continue;
    // Its own folder first: `pnpm pack` names the file, and only the new file is this package's.
    const out = mkdtempSync(join(tmpdir(), "pack-"));
    try {
      execFileSync("npx", ["-y", "pnpm@12.4.2", "pack", "--pack-destination", out], { cwd: dir, stdio: "pipe" });
      const file = readdirSync(out).find((f) => f.endsWith(".tgz"));
      const tarball = join(folder, file);
      renameSync(join(out, file), tarball);
      packed.push({ manifest, tarball });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return { folder, packed };
}
