import type { DecisionStatus } from "@bildungspartner/core";
import { sameJson } from "./model.js";
import { decideApplication, impactCollector, loadRuleFolder, mergeTransitions, ruleImpact, type Impact, type ImpactRow, type RuleFolder, type RuleFolderFiles } from "./rules-api.js";

/*
 * The impact on many applications, spread over the computer's cores: each Web Worker decides one
 * contiguous share of the applications with core's `ruleImpact`, and the shares are added up. The
 * workers run the page's own script (no second bundle, nothing else to download): started as a
 * worker, it answers impact requests instead of drawing the page. Where workers cannot start, the
 * page's own thread does the work in slices.
 */

/**
 * What the page asks a worker: decide your share under both folders. `rows` only when the share
 * changed, `before` only when another folder was opened: the worker keeps both from earlier requests.
 */
export interface ImpactRequest {
  readonly id: number;
  readonly before?: RuleFolderFiles;
  readonly after: RuleFolderFiles;
  readonly file: string;
  readonly rows?: readonly ImpactRow[];
}

/** A worker's answer: its share's impact, or none when a folder does not load. */
export interface ImpactAnswer {
  readonly id: number;
  readonly impact: Impact | undefined;
}

/** Whether two folders have the same data lists (every `data/` file), so that one lists object serves both. */
function sameLists(a: RuleFolderFiles, b: RuleFolderFiles): boolean {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((file) => !file.startsWith("data/") || sameJson(a[file], b[file]));
}

/**
 * The impact of changes to one folder on one set of rows, with what does not change kept between
 * changes: while a change leaves the data lists as opened, each application is read, its facts
 * derived and decided under the folder as opened only once, and a change decides only the changed
 * side, sharing the opened folder's lists object so that core reuses the facts. A change of the lists
 * reads every row afresh under both folders.
 */
export class ImpactShare {
  #rows: readonly ImpactRow[] = [];
  #before: { readonly files: RuleFolderFiles; readonly folder: RuleFolder | undefined } | undefined;
  #decided: readonly ImpactRow[] | undefined;

  /** Keeps new rows; the decisions of the old ones are dropped. */
  setRows(rows: readonly ImpactRow[]): void {
    this.#rows = rows;
    this.#decided = undefined;
  }

  /** Keeps the folder as opened; the decisions under the old one are dropped. */
  setBefore(files: RuleFolderFiles): void {
    const loaded = loadRuleFolder(files);
    this.#before = { files, folder: loaded.status === "loaded" ? loaded.folder : undefined };
    this.#decided = undefined;
  }

  /** The impact of changing the folder as opened into `after`; undefined when either does not load (or none was given). */
  impact(after: RuleFolderFiles, file: string): Impact | undefined {
    const before = this.#before?.folder;
    const loaded = loadRuleFolder(after);
    if (!before || !this.#before || loaded.status !== "loaded") return undefined;
    const { data } = before.ruleSet;
    // A checked application keeps only what its lists accepted: under other lists (a kind of partner
    // added, a role word removed) every row is read afresh.
    if (!data || !sameLists(this.#before.files, after)) return ruleImpact(before, loaded.folder, this.#rows, { file });
    const options = { ruleSets: [before.ruleSet], asOf: before.ruleSet.validFrom };
    this.#decided ??= this.#rows.map((row) => ("unreadable" in row ? row : { line: row.line, value: decideApplication(row.value, options) }));
    const impact = ruleImpact(before, { ...loaded.folder, ruleSet: { ...loaded.folder.ruleSet, data } }, this.#decided, { file });
    // A decided application is core's value, not the row: its own id is read from the row.
    const ids = new Map(this.#rows.map((row) => [row.line, "value" in row ? (row.value as { id?: unknown } | null)?.id : undefined]));
    const changed = impact.changed.map((application) => {
      const id = ids.get(application.line);
      return typeof id === "string" || typeof id === "number" ? { ...application, id } : application;
    });
    return { ...impact, changed };
  }
}

/** The worker's side: keeps its share of applications and the folder as opened, and answers every request. */
export function answerImpactRequests(scope: { onmessage: ((event: MessageEvent<ImpactRequest>) => void) | null; postMessage(answer: ImpactAnswer): void }): void {
  const share = new ImpactShare();
  scope.onmessage = ({ data }) => {
    if (data.rows) share.setRows(data.rows);
    if (data.before) share.setBefore(data.before);
    scope.postMessage({ id: data.id, impact: share.impact(data.after, data.file) });
  };
}

const addCounts = (parts: readonly Readonly<Record<DecisionStatus, number>>[]): Record<DecisionStatus, number> => {
  const sum: Record<DecisionStatus, number> = { eligible: 0, "needs-review": 0, "not-eligible": 0, incomplete: 0, invalid: 0 };
  for (const part of parts) for (const status of Object.keys(sum) as DecisionStatus[]) sum[status] += part[status];
  return sum;
};

/** The impact of consecutive shares of one file as one: counts added, lists joined in file order. */
export function mergeImpacts(parts: readonly Impact[]): Impact {
  return {
    file: parts[0]?.file ?? "",
    applications: parts.reduce((sum, part) => sum + part.applications, 0),
    unreadable: parts.flatMap((part) => part.unreadable),
    before: addCounts(parts.map((part) => part.before)),
    after: addCounts(parts.map((part) => part.after)),
    transitions: mergeTransitions(parts.map((part) => part.transitions)),
    changed: parts.flatMap((part) => part.changed),
  };
}

/** Consecutive shares of `rows`, `count` of them, as even as can be. */
export function shares<T>(rows: readonly T[], count: number): T[][] {
  const size = Math.ceil(rows.length / count);
  return Array.from({ length: count }, (_, i) => rows.slice(i * size, (i + 1) * size));
}

/** Workers that compute an impact together; a newer request makes older answers void. */
export class ImpactPool {
  readonly #workers: Worker[];
  #rows: readonly ImpactRow[] | undefined;
  #before: RuleFolderFiles | undefined;
  #id = 0;
  #pending = new Map<number, { answers: Array<Impact | undefined>; left: number; done: (impact: Impact | undefined) => void; fail: (error: Error) => void }>();
  #broken: Error | undefined;

  /** Starts `size` workers running `script` (the page's own module). */
  constructor(script: string | URL, size: number) {
    this.#workers = Array.from({ length: size }, (_, index) => {
      const worker = new Worker(script, { type: "module", name: `auswirkung-${index + 1}` });
      worker.onmessage = ({ data }: MessageEvent<ImpactAnswer>) => this.#answer(index, data);
      worker.onerror = (event) => this.#fail(new Error(event.message || "Die Berechnung im Hintergrund konnte nicht starten / the background computation failed to start"));
      return worker;
    });
  }

  #answer(index: number, { id, impact }: ImpactAnswer): void {
    const run = this.#pending.get(id);
    if (!run) return;
    run.answers[index] = impact;
    run.left -= 1;
    if (run.left > 0) return;
    this.#pending.delete(id);
    run.done(run.answers.every((answer) => answer !== undefined) ? mergeImpacts(run.answers as Impact[]) : undefined);
  }

  #fail(error: Error): void {
    this.#broken = error;
    for (const run of this.#pending.values()) run.fail(error);
    this.#pending.clear();
    for (const worker of this.#workers) worker.terminate();
  }

  /**
   * The impact of changing `before` into `after` on `rows`; undefined when a folder does not load.
   * Rejects when the workers cannot run (then the page computes on its own thread).
   */
  run(before: RuleFolderFiles, after: RuleFolderFiles, rows: readonly ImpactRow[], file: string): Promise<Impact | undefined> {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = ++this.#id;
    for (const old of this.#pending.keys()) if (old < id) this.#pending.delete(old);
    const newRows = rows !== this.#rows;
    const newBefore = before !== this.#before;
    this.#rows = rows;
    this.#before = before;
    const parts = shares(rows, this.#workers.length);
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { answers: [], left: this.#workers.length, done: resolve, fail: reject });
      this.#workers.forEach((worker, i) => worker.postMessage({ id, after, file, ...(newBefore ? { before } : {}), ...(newRows ? { rows: parts[i] } : {}) } satisfies ImpactRequest));
    });
  }
}

/**
 * Runs `next` once the page has handled what waits (input, painting): a message to itself, which,
 * unlike a timer, is not held back to 4 ms after a few rounds.
 */
function pause(next: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    next();
  };
  channel.port2.postMessage(undefined);
}

/**
 * The impact on the page's own thread, in slices of about 30 ms with the page free in between, for
 * where workers cannot start. `cancelled` is asked between slices; a cancelled run never calls `done`.
 */
export function impactInSlices(before: RuleFolder, after: RuleFolder, rows: readonly ImpactRow[], file: string, cancelled: () => boolean, done: (impact: Impact) => void): void {
  const collector = impactCollector(before, after, { file });
  let next = 0;
  const slice = () => {
    if (cancelled()) return;
    const until = performance.now() + 30;
    while (next < rows.length && performance.now() < until) {
      const row = rows[next]!;
      if ("unreadable" in row) collector.addUnreadable(row.line, row.unreadable);
      else collector.add(row.line, row.value);
      next += 1;
    }
    if (next < rows.length) pause(slice);
    else done(collector.result());
  };
  pause(slice);
}
