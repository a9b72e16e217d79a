import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { application, random, SAMPLE_SEED } from "./applications.js";

/** Writes `count` applications as NDJSON (one per line) and resolves when the file is complete. */
export async function writeApplications(file: string, count: number, seed = SAMPLE_SEED): Promise<void> {
  const next = random(seed);
  const out = createWriteStream(file);
  for (let n = 1; n <= count; n++) {
    if (!out.write(`${JSON.stringify(application(next, n))}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
