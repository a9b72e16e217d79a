import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

/** Bundles `code` for the browser from the packages' built `dist/`, in a scratch folder that links to them. */
async function bundleForBrowser(code: string, dependenciesOf: string | undefined, minify: boolean) {
  const consumer = mkdtempSync(join(tmpdir(), "bildungspartner-bundle-"));
  try {
    mkdirSync(join(consumer, "node_modules/@bildungspartner"), { recursive: true });
    for (const name of readdirSync(packagesDir)) symlinkSync(join(packagesDir, name), join(consumer, "node_modules/@bildungspartner", name), "dir");
    return await build({
      stdin: { contents: code, resolveDir: consumer, loader: "js" },
      // Input paths relative to packages/: `core/dist/…`, `../node_modules/…/zod/…`.
      absWorkingDir: packagesDir,
      nodePaths: dependenciesOf === undefined ? [] : [join(packagesDir, dependenciesOf, "node_modules")],
      bundle: true,
      minify,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}

/**
 * Bundles `code` for the browser (esbuild, minified, ESM) from the packages' built `dist/` and
 * measures it. `dependenciesOf` names a workspace package (`forms`) whose other dependencies `code`
 * may import (zod, json-rules-engine).
 */
export async function measureBundle(code: string, dependenciesOf?: string): Promise<BundleSize> {
  const result = await bundleForBrowser(code, dependenciesOf, true);
  const output = result.outputFiles[0]!.contents;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
    .map(([input, { bytesInOutput }]) => ({ input: input.replace(/^.*node_modules\//, ""), bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { minified: output.length, gzipped: gzipSync(output, { level: 9 }).length, inputs };
}

/**
 * Bundles `code` for the browser as {@link measureBundle} does and imports the bundle, so a test runs
 * the code a browser would run (what the bundler chose of each package's `exports`), not the sources.
 */
export async function importBrowserBundle<T>(code: string, dependenciesOf?: string): Promise<T> {
  const result = await bundleForBrowser(code, dependenciesOf, false);
  const dir = mkdtempSync(join(tmpdir(), "bildungspartner-browser-"));
  try {
    const file = join(dir, "bundle.mjs");
    writeFileSync(file, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(file).href)) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
