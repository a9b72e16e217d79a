import { availableParallelism } from "node:os";
import { MessageChannel } from "node:worker_threads";
import type { Application } from "@bildungspartner/core";
import { formatMessage } from "@bildungspartner/core";
import { Piscina } from "piscina";
import type { AgreementOutcome, AgreementTask, FileBudget } from "./agreement-worker.js";
import type { AgreementFileType } from "./upload.js";

/** How uploaded agreements are read: in worker threads, each file within a time and memory budget. */
export interface AgreementBudget extends FileBudget {
  /** Most time one file may take once a worker has started on it. */
  timeMs: number;
  /** Most heap one worker may use (`resourceLimits.maxOldGenerationSizeMb`). */
  memoryMb: number;
  /** Files read at the same time. */
  threads: number;
  /** Files that may wait for a worker; more are refused (`busy`) at once. */
  queue: number;
}

/** The portal's default budget: an agreement with its annexes fits well inside it. */
export const agreementBudget: AgreementBudget = {
  timeMs: 10_000,
  memoryMb: 256,
  pages: 100,
  documentXmlBytes: 8 * 1024 * 1024,
  paragraphs: 20_000,
  // One core stays with the server's event loop.
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  queue: 16,
};

/** The outcome of a file handed to the pool: read or refused by the worker, or refused because too many wait. */
export type PoolOutcome = AgreementOutcome | { kind: "busy" };

/** The pool of worker threads that read uploaded agreements. */
export interface AgreementPool {
  read(file: { bytes: Uint8Array; type: AgreementFileType; application: Application }): Promise<PoolOutcome>;
  close(): Promise<void>;
}

/** The German messages of a file the worker did not finish. */
export const poolMessages = {
  time: "Die Vereinbarung ließ sich nicht in der vorgesehenen Zeit ({seconds} s) lesen. Bitte speichern Sie nur die Vereinbarung mit ihren Anlagen als PDF mit weniger Seiten und laden Sie diese hoch.",
  memory: "Die Vereinbarung braucht zum Lesen zu viel Speicher. Bitte speichern Sie nur die Vereinbarung mit ihren Anlagen als PDF mit weniger Seiten und laden Sie diese hoch.",
} as const;

/**
 * Under vitest the server runs from its TypeScript sources: the worker then runs its `.ts` file
 * through tsx. Built (`dist/server/`), the worker is the `.js` file beside the server's.
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const fromSources = import.meta.url.endsWith(".ts");
  return {
    filename: new URL(fromSources ? "./agreement-worker.ts" : "./agreement-worker.js", import.meta.url).href,
    execArgv: fromSources ? ["--import", "tsx"] : [],
  };
}

/** Starts the worker threads (lazily: the first file starts the first one). */
export function agreementPool(budget: AgreementBudget = agreementBudget): AgreementPool {
  const pool = new Piscina({
    ...workerFile(),
    minThreads: 0,
    maxThreads: budget.threads,
    maxQueue: budget.queue,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: 32 },
  });
  // A worker that dies outside a task (its memory limit too low even to start) is the operator's
  // problem to see in the log, not a crash of the server.
  pool.on("error", (error: Error) => console.error(`Lesen der Vereinbarungen: ${error.message}`));
  const { pages, documentXmlBytes, paragraphs } = budget;
  // Counted here rather than left to piscina's queue error, so that "too many" is data, not a message to match.
  let pending = 0;

  return {
    async read({ bytes, type, application }) {
      if (pending >= budget.threads + budget.queue) return { kind: "busy" };
      pending += 1;
      const abort = new AbortController();
      const { port1, port2 } = new MessageChannel();
      let timer: NodeJS.Timeout | undefined;
      port1.once("message", () => {
        timer = setTimeout(() => abort.abort(), budget.timeMs);
      });
      const task: AgreementTask = { bytes, type, application, budget: { pages, documentXmlBytes, paragraphs }, started: port2 };
      try {
        return (await pool.run(task, { signal: abort.signal, transferList: [port2] })) as AgreementOutcome;
      } catch (error) {
        // Aborted (the worker is terminated) or out of memory: either way the file is over budget.
        const outOfMemory = (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY";
        if (!outOfMemory && !abort.signal.aborted) throw error;
        const message = outOfMemory ? poolMessages.memory : formatMessage(poolMessages.time, { seconds: Math.max(1, Math.round(budget.timeMs / 1000)) });
        return { kind: "refused", reason: "too-large", message };
      } finally {
        clearTimeout(timer);
        port1.close();
        pending -= 1;
      }
    },
    close: () => pool.destroy(),
  };
}
