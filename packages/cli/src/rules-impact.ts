import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { impactCollector, type Impact, type RuleFolder } from "@bildungspartner/core/rules";
import type { Io } from "./io.js";
import { UsageError } from "./io.js";

/*
 * The applications file of `rules diff --applications` is read line by line (NDJSON: one application
 * per line), so its size is bounded by disk, not memory; core's impactCollector decides each line.
 */

/** Writes a one-line progress display, only to a terminal. */
function progress(io: Io, total: number): { update(lines: number, bytes: number): void; done(): void } {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  if (!tty) return { update: () => undefined, done: () => undefined };
  let last = 0;
  const numbers = new Intl.NumberFormat("de-DE");
  return {
    update(lines, bytes) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const share = total > 0 ? ` (${Math.min(100, Math.floor((bytes / total) * 100))} %)` : "";
      io.stderr.write(`\rAnträge geprüft / applications checked: ${numbers.format(lines)}${share}`);
    },
    done() {
      io.stderr.write("\r\u001b[K");
    },
  };
}

/**
 * Decides every application of an NDJSON file under the old and the new folder's criteria and
 * collects the ones whose outcome differs.
 */
export async function analyseImpact(file: string, before: RuleFolder, after: RuleFolder, io: Io): Promise<Impact> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`--applications ${file}: keine lesbare Datei / not a readable file`);
  const collector = impactCollector(before, after, { file });
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const display = progress(io, info.size);
  let lineNumber = 0;
  let applications = 0;
  try {
    for await (const text of lines) {
      lineNumber += 1;
      if (text.trim() === "") continue;
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (error) {
        collector.addUnreadable(lineNumber, (error as Error).message);
        continue;
      }
      applications += 1;
      collector.add(lineNumber, input);
      display.update(applications, stream.bytesRead);
    }
  } finally {
    display.done();
  }
  return collector.result();
}
