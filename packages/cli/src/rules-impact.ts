import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import {
  evaluateSync,
  type Category,
  type CriterionId,
  type CriterionLevel,
  type CriterionStatus,
  type Decision,
  type DecisionStatus,
  type RuleSet,
} from "@bildungspartner/core";
import type { Io } from "./io.js";
import { UsageError } from "./io.js";

/*
 * Which applications a rule change decides differently, each side with its own criteria and list of
 * categories. The applications file is read line by line (NDJSON: one application per line), so its
 * size is bounded by disk, not memory. evaluateSync gives
 * the same Decision as evaluate (a property test proves it) and is much faster for this bulk work.
 */

/** One application whose outcome the change alters. */
export interface ChangedApplication {
  /** Line number in the applications file, from 1. */
  readonly line: number;
  /** The application's own `id`, if it has one (a string or number at the top level). */
  readonly id?: string | number;
  readonly from: DecisionStatus;
  readonly to: DecisionStatus;
  /**
   * The criteria that explain the change: those whose status changed, and those not met whose level
   * changed (`level`, Muss- or Soll-Kriterium before and after).
   */
  readonly criteria: readonly CriterionChange[];
}

/** How one criterion of an application changed between the old and the new rule set. */
export interface CriterionChange {
  readonly id: CriterionId;
  readonly from: CriterionStatus;
  readonly to: CriterionStatus;
  /** Only when the level changed: Muss- or Soll-Kriterium before and after. */
  readonly level?: { readonly from: CriterionLevel; readonly to: CriterionLevel };
}

/**
 * The criteria that explain a change of outcome: every criterion whose status changed, and every
 * criterion not met whose level changed. A criterion new in the new rule set counts as unknown before.
 */
function criterionChanges(was: Decision, is: Decision): CriterionChange[] {
  const old = new Map(was.criteria.map((c) => [c.id, c]));
  return is.criteria.flatMap((c): CriterionChange[] => {
    const before = old.get(c.id);
    const from = before?.status ?? "unknown";
    const levelChanged = before !== undefined && before.level !== c.level && c.status === "not-met";
    if (from === c.status && !levelChanged) return [];
    return [{ id: c.id, from, to: c.status, ...(levelChanged ? { level: { from: before.level, to: c.level } } : {}) }];
  });
}

/** How a rule change affects a set of applications. */
export interface Impact {
  readonly file: string;
  /** Applications read (non-blank lines that are JSON). */
  readonly applications: number;
  /** Lines that are not JSON, with why. */
  readonly unreadable: ReadonlyArray<{ readonly line: number; readonly reason: string }>;
  /** How many applications had each status before and after. */
  readonly before: Readonly<Record<DecisionStatus, number>>;
  readonly after: Readonly<Record<DecisionStatus, number>>;
  /** Count per change of outcome, keyed `"eligible→not-eligible"`. */
  readonly transitions: Readonly<Record<string, number>>;
  /** Every application whose outcome changed, in file order. */
  readonly changed: readonly ChangedApplication[];
}

const noStatuses = (): Record<DecisionStatus, number> => ({ eligible: 0, "needs-review": 0, "not-eligible": 0, incomplete: 0, invalid: 0 });

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

/** A rule set and the list of categories its facts read: what one side of a comparison decides with. */
export interface DecidingRules {
  readonly ruleSet: RuleSet;
  readonly data: { readonly categories: readonly Category[] };
}

/**
 * Decides every application of an NDJSON file under the old and the new rule set (each on its own
 * first day, each with its own list of categories) and collects the ones whose outcome differs.
 */
export async function analyseImpact(file: string, oldRules: DecidingRules, newRules: DecidingRules, io: Io): Promise<Impact> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UsageError(`--applications ${file}: keine lesbare Datei / not a readable file`);
  const options = ({ ruleSet, data }: DecidingRules) => ({ ruleSets: [ruleSet], asOf: ruleSet.validFrom, categories: data.categories });
  const oldOptions = options(oldRules);
  const newOptions = options(newRules);
  const stream = createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const display = progress(io, info.size);
  const before = noStatuses();
  const after = noStatuses();
  const transitions: Record<string, number> = {};
  const changed: ChangedApplication[] = [];
  const unreadable: Array<{ line: number; reason: string }> = [];
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
        unreadable.push({ line: lineNumber, reason: (error as Error).message });
        continue;
      }
      applications += 1;
      const was = evaluateSync(input, oldOptions);
      const is = evaluateSync(input, newOptions);
      before[was.status] += 1;
      after[is.status] += 1;
      if (was.status !== is.status) {
        const key = `${was.status}→${is.status}`;
        transitions[key] = (transitions[key] ?? 0) + 1;
        const criteria = criterionChanges(was, is);
        const id = (input as { id?: unknown } | null)?.id;
        changed.push({
          line: lineNumber,
          ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
          from: was.status,
          to: is.status,
          criteria,
        });
      }
      display.update(applications, stream.bytesRead);
    }
  } finally {
    display.done();
  }
  return { file, applications, unreadable, before, after, transitions, changed };
}
