// The size of the page's JavaScript as a browser downloads it: every script chunk of a fresh
// `vite build`, gzipped (level 6, as a web server sends it). Used by the size test and `pnpm bench`.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";

/** The budget for the page's JavaScript, gzipped, in KB (1 KB = 1,000 bytes). */
export const PAGE_SCRIPT_LIMIT_KB = 150;

/** One script of the page: its name, and its size raw and gzipped in bytes. */
export interface ScriptSize {
  readonly name: string;
  readonly bytes: number;
  readonly gzipped: number;
}

const root = fileURLToPath(new URL("../", import.meta.url));

/** Builds the page in memory (nothing written) and measures every script chunk. */
export async function pageScriptSizes(): Promise<ScriptSize[]> {
  const result = await build({ root, logLevel: "silent", build: { write: false, emptyOutDir: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((output) => output.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === "chunk")
    .map((chunk) => ({ name: chunk.fileName, bytes: Buffer.byteLength(chunk.code), gzipped: gzipSync(chunk.code, { level: 6 }).length }));
}
