// The record of first runs on blind sets (first-runs.json) and its section in docs/benchmarks.md.
// A round is appended once, by scripts/first-run.ts, and never changed: later scores of the same set
// (after it joined the tuning) are the bench's business, not the record's.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { corpusDir, type SetScore } from "./score.js";

/** One first run: the set, when, on which commit, and how it fared. */
export interface FirstRun
  extends Pick<SetScore, "files" | "findings" | "right" | "confidentlyOpposite" | "definiteWhereOpen" | "unclearWhereClear">,
    Partial<Pick<SetScore, "criteria" | "differing">> {
  readonly set: string;
  readonly date: string;
  readonly commit?: string;
  readonly asOf?: string;
  readonly agreements: number;
  readonly note?: string;
}

interface Record {
  readonly description: string;
  readonly rounds: FirstRun[];
}

export const firstRunsFile = join(corpusDir, "first-runs.json");
export const readFirstRuns = (): Record => JSON.parse(readFileSync(firstRunsFile, "utf8")) as Record;

/** Appends a round; refuses a set that has had its first run. */
export function appendFirstRun(round: FirstRun): void {
  const record = readFirstRuns();
  const earlier = record.rounds.find((r) => r.set === round.set);
  if (earlier) throw new Error(`${round.set} had its first run on ${earlier.date}; a first run is not repeated.`);
  writeFileSync(firstRunsFile, `${JSON.stringify({ ...record, rounds: [...record.rounds, round] }, null, 1)}\n`);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const statuses = ["found", "missing", "unclear"] as const;

/** The goals of issue #20 for a first run: right, confidently opposite, unclear where the text is clear. */
export const goals = { right: 0.95, confidentlyOpposite: 0.01, unclearWhereClear: 0.05 };

/** Whether a round meets the goals. */
export function meetsGoals(round: FirstRun): boolean {
  return (
    round.right / round.findings >= goals.right &&
    round.confidentlyOpposite / round.findings <= goals.confidentlyOpposite &&
    round.unclearWhereClear / round.findings <= goals.unclearWhereClear
  );
}

/** The record as Markdown: one row per round, then each round's confusion per criterion where it is known. */
export function firstRunsMarkdown(record: Record = readFirstRuns()): string {
  const rows = record.rounds.map(
    (r) =>
      `| ${r.set} | ${r.date} | ${r.commit ?? "—"} | ${r.agreements} / ${r.files} | ${r.right} of ${r.findings} (${percent(r.right, r.findings)}) | ${r.confidentlyOpposite} (${percent(r.confidentlyOpposite, r.findings)}) | ${r.definiteWhereOpen} | ${r.unclearWhereClear} (${percent(r.unclearWhereClear, r.findings)}) | ${meetsGoals(r) ? "met" : "missed"} |`,
  );
  const details = record.rounds
    .filter((r) => r.criteria)
    .map((r) => {
      const lines = r.criteria!.map(
        (c) =>
          `| ${c.id} | ${statuses.map((e) => `${e}: ${statuses.map((g) => c.confusion[e][g]).join(" / ")}`).join("; ")} |`,
      );
      const differing = r.differing?.length ? `\n\nDiffering: ${r.differing.map((d) => `${d.file} ${d.id} (${d.expected} → ${d.given})`).join(", ")}.` : "";
      return [`### ${r.set}, ${r.date}`, "", "| criterion | expected → given (found / missing / unclear) |", "|---|---|", ...lines].join("\n") + differing;
    });
  return [
    "Each round of work on the agreement reader is measured on agreements that someone wrote without",
    "having read the reader's code, with the expected findings fixed before the first run. The first run",
    "is recorded here once ([examples/agreements/first-runs.json](../examples/agreements/first-runs.json),",
    "written by `scripts/first-run.ts`, which refuses a set that has had its first run); after it the set",
    "may join the corpus. Goals (issue #20): at least 95 % right, at most 1 % confidently opposite",
    "(`found` where a careful reader says `missing`, or the reverse), at most 5 % `unclear` where the text is clear.",
    "",
    "| set | date | commit | agreements / files | right | confidently opposite | definite where open | unclear where clear | goals |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    ...details.flatMap((d) => [d, ""]),
  ].join("\n");
}

/** Writes the record's section of docs/benchmarks.md. */
export function writeFirstRunsSection(): string {
  const body = firstRunsMarkdown();
  writeBenchmarkSection("Agreement reading: first runs on blind sets", body);
  return body;
}
