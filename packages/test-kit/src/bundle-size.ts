import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

// Browser bundles as a user of the published packages gets them: the code imports `@bildungspartner/*`
// from a scratch folder whose node_modules link to the workspace packages, so esbuild resolves each
// through its package.json `exports` to the built `dist/` (`pnpm build` first), never to `src/`.

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

/** A browser bundle's size. */
export interface BundleSize {
  /** Minified bytes. */
  minified: number;
  /** Minified bytes gzipped at level 9 (`gzip -9`). */
  gzipped: number;
  /** Files in the bundle (`core/dist/…`, `zod/…`), by the bytes they add, largest first. */
  inputs: Array<{ input: string; bytes: number }>;
}

/**
 * Bundles `code` for the browser (esbuild, minified, ESM) from the packages' built `dist/` and
 * measures it. `dependenciesOf` names a workspace package (`forms`) whose other dependencies `code`
 * may import (zod, json-rules-engine).
 */
export async function measureBundle(code: string, dependenciesOf?: string): Promise<BundleSize> {
  const consumer = mkdtempSync(join(tmpdir(), "bildungspartner-bundle-"));
  try {
    mkdirSync(join(consumer, "node_modules/@bildungspartner"), { recursive: true });
    for (const name of readdirSync(packagesDir)) symlinkSync(join(packagesDir, name), join(consumer, "node_modules/@bildungspartner", name), "dir");
    const result = await build({
      stdin: { contents: code, resolveDir: consumer, loader: "js" },
      // Input paths relative to packages/: `core/dist/…`, `../node_modules/…/zod/…`.
      absWorkingDir: packagesDir,
      nodePaths: dependenciesOf === undefined ? [] : [join(packagesDir, dependenciesOf, "node_modules")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const output = result.outputFiles[0]!.contents;
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
      .map(([input, { bytesInOutput }]) => ({ input: input.replace(/^.*node_modules\//, ""), bytes: bytesInOutput }))
      .sort((a, b) => b.bytes - a.bytes);
    return { minified: output.length, gzipped: gzipSync(output, { level: 9 }).length, inputs };
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}
