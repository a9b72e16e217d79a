import type { FastifyInstance } from "fastify";
import type { Store } from "./store.js";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Erases rejected and withdrawn submissions whose decision is older than `days` days: once when
 * the server is ready, then daily. The log says how many, never whose.
 */
export function startRetention(app: FastifyInstance, store: Store, now: () => Date, days: number): void {
  const run = () => {
    const at = now();
    const erased = store.eraseExpired(new Date(at.getTime() - days * dayMs).toISOString(), at.toISOString());
    if (erased > 0) app.log.info({ erased }, "retention: erased rejected or withdrawn submissions");
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onReady", async () => {
    run();
    timer = setInterval(run, dayMs);
    timer.unref();
  });
  app.addHook("onClose", async () => clearInterval(timer));
}
