// Bundle size of each page (`pnpm --filter @bildungspartner/example-form-builders run bundle-size`):
// the JavaScript a browser loads for the page (its entry chunk and every chunk it imports, each
// minified by vite and gzipped at level 9, as a server would send it), built twice with vite: once as
// it ships, once with @bildungspartner/forms and core replaced by a stub that only names their
// exports. The difference is the SDK's share of the page (forms, core and zod, whatever the page uses).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { pages } from "../src/shared/pages.js";

const exampleDir = fileURLToPath(new URL("../", import.meta.url));
const stub = fileURLToPath(new URL("./sdk-stub.ts", import.meta.url));

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean; src?: string }>;

/** Gzipped bytes of the JavaScript each page loads, built with or without the SDK. */
async function pageSizes(stubbed: boolean): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), "form-builders-size-"));
  try {
    await build({
      root: exampleDir,
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
      ...(stubbed ? { resolve: { alias: [{ find: /^@bildungspartner\/(forms|core)(\/rules)?$/, replacement: stub }] } } : {}),
    });
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Manifest;
    const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    const chunksOf = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const next of manifest[key]?.imports ?? []) chunksOf(next, seen);
      return seen;
    };
    return Object.fromEntries(pages.map(({ id, file }) => [id, [...chunksOf(file)].reduce((sum, key) => sum + gz(manifest[key]!.file), 0)]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const shipped = await pageSizes(false);
const withoutSdk = await pageSizes(true);
console.log("| page | JS gzipped | without the SDK | SDK's share |\n|---|---|---|---|");
for (const { id, library } of pages) {
  console.log(`| ${library} | ${kb(shipped[id]!)} KB | ${kb(withoutSdk[id]!)} KB | ${kb(shipped[id]! - withoutSdk[id]!)} KB |`);
}
