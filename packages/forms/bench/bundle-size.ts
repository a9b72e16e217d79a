import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const sources = (pkg: string) => fileURLToPath(new URL(`../../${pkg}/src/index.ts`, import.meta.url));

export interface BundleSize {
  /** Minified bytes. */
  minified: number;
  /** Minified and gzipped bytes. */
  gzipped: number;
  /** Packages in the bundle, by the bytes they add. */
  inputs: Array<{ input: string; bytes: number }>;
}

/** Bundles `code` for the browser as a form would (esbuild, minified, ESM) and measures it. */
export async function measureBundle(code: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "js" },
    alias: { "@bildungspartner/forms": sources("forms"), "@bildungspartner/core": sources("core") },
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
  return { minified: output.length, gzipped: gzipSync(output).length, inputs };
}

/** What a browser form needs: the schema and the validator. */
export const formsEntry = 'export { validateForm, registrationForm } from "@bildungspartner/forms";';
/** The anchor from the issue: json-rules-engine and a zod schema, as most projects import them. */
export const anchorEntry =
  'import * as z from "zod"; export { Engine } from "json-rules-engine"; export const schema = z.object({ name: z.string().max(200) });';
