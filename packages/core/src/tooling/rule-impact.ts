import type { CriterionId, CriterionLevel } from "../evaluate/rule-file.js";
import type { CriterionStatus, Decision, DecisionStatus } from "../evaluate/decision.js";
import { evaluateSync } from "../evaluate/evaluate.js";
import type { RuleFolder } from "./rule-folder.js";

/*
 * Which applications a rule change decides differently, each side with its own criteria and list of
 * categories, each on its rule set's first day. Applications come one at a time (a caller streams a
 * file of any size); evaluateSync gives the same Decision as evaluate (a property test proves it) and
 * is much faster for this bulk work.
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

/** How many applications went from one outcome to another. */
export interface Transition {
  readonly from: DecisionStatus;
  readonly to: DecisionStatus;
  readonly count: number;
}

/** The transitions of several counts added up, the most frequent first (equal counts in the order first seen). */
export function mergeTransitions(parts: readonly (readonly Transition[])[]): Transition[] {
  const merged: Transition[] = [];
  for (const part of parts) {
    for (const { from, to, count } of part) {
      const at = merged.findIndex((t) => t.from === from && t.to === to);
      if (at < 0) merged.push({ from, to, count });
      else merged[at] = { from, to, count: merged[at]!.count + count };
    }
  }
  return merged.sort((a, b) => b.count - a.count);
}

/** How a rule change affects a set of applications. */
export interface Impact {
  /** The source of the applications, as the caller named it. */
  readonly file: string;
  /** Applications read (non-blank lines that are JSON). */
  readonly applications: number;
  /** Lines that are not JSON, with why. */
  readonly unreadable: ReadonlyArray<{ readonly line: number; readonly reason: string }>;
  /** How many applications had each status before and after. */
  readonly before: Readonly<Record<DecisionStatus, number>>;
  readonly after: Readonly<Record<DecisionStatus, number>>;
  /** Count per change of outcome, the most frequent first. */
  readonly transitions: readonly Transition[];
  /** Every application whose outcome changed, in file order. */
  readonly changed: readonly ChangedApplication[];
}

const noStatuses = (): Record<DecisionStatus, number> => ({ eligible: 0, "needs-review": 0, "not-eligible": 0, incomplete: 0, invalid: 0 });

/** One line of an applications file: its parsed value, or why it could not be read. */
export type ImpactRow = { readonly line: number; readonly value: unknown } | { readonly line: number; readonly unreadable: string };

/** Collects an {@link Impact} one application at a time. */
export interface ImpactCollector {
  /** Decides the application of line `line` under both sides. */
  add(line: number, value: unknown): void;
  /** Notes a line that could not be read. */
  addUnreadable(line: number, reason: string): void;
  /** What was collected so far. */
  result(): Impact;
}

/**
 * An incremental {@link ruleImpact} for streams: decides each application added under the old and the
 * new folder's criteria (each on its rule set's first day, with its own data lists) and
 * collects the ones whose outcome differs. `file` names the source in the report.
 */
export function impactCollector(before: RuleFolder, after: RuleFolder, options: { readonly file?: string } = {}): ImpactCollector {
  const sideOptions = (folder: RuleFolder) => ({ ruleSets: [folder.ruleSet], asOf: folder.ruleSet.validFrom });
  const oldOptions = sideOptions(before);
  const newOptions = sideOptions(after);
  const counts = { before: noStatuses(), after: noStatuses() };
  let transitions: Transition[] = [];
  const changed: ChangedApplication[] = [];
  const unreadable: Array<{ line: number; reason: string }> = [];
  let applications = 0;
  return {
    add(line, input) {
      applications += 1;
      const was = evaluateSync(input, oldOptions);
      const is = evaluateSync(input, newOptions);
      counts.before[was.status] += 1;
      counts.after[is.status] += 1;
      if (was.status === is.status) return;
      transitions = mergeTransitions([transitions, [{ from: was.status, to: is.status, count: 1 }]]);
      const id = (input as { id?: unknown } | null)?.id;
      changed.push({
        line,
        ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
        from: was.status,
        to: is.status,
        criteria: criterionChanges(was, is),
      });
    },
    addUnreadable(line, reason) {
      unreadable.push({ line, reason });
    },
    result: () => ({
      file: options.file ?? "",
      applications,
      unreadable: [...unreadable],
      before: { ...counts.before },
      after: { ...counts.after },
      transitions: [...transitions],
      changed: [...changed],
    }),
  };
}

/** How a rule change affects the given applications: {@link impactCollector} over every row. */
export function ruleImpact(before: RuleFolder, after: RuleFolder, rows: Iterable<ImpactRow>, options: { readonly file?: string } = {}): Impact {
  const collector = impactCollector(before, after, options);
  for (const row of rows) {
    if ("unreadable" in row) collector.addUnreadable(row.line, row.unreadable);
    else collector.add(row.line, row.value);
  }
  return collector.result();
}
