import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeEach } from "vitest";
import { buildApp } from "../src/server/app.js";
import { openStore, type Store } from "../src/server/store.js";

/** A portal server listening on 127.0.0.1 (any free port) with its own database file. */
export interface TestServer {
  url: string;
  store: Store;
  databasePath: string;
  /** Stops the server and closes the database, as a process exit would; the file stays. */
  stop(): Promise<void>;
}

/** A fresh temporary folder for one test file's databases; removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "bildungspartner-portal-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts a portal server with the given database file. */
export async function startServer(databasePath: string): Promise<TestServer> {
  const store = openStore(databasePath);
  const app: FastifyInstance = await buildApp({ store });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    store,
    databasePath,
    async stop() {
      await app.close();
      store.close();
    },
  };
}

/**
 * A new server with an empty database for every test of the calling file; the returned function
 * gives the current one. Registers the vitest hooks that start, stop and clean up.
 */
export function serverPerTest(): () => TestServer {
  const temp = tempDir();
  let server: TestServer | undefined;
  let count = 0;
  beforeEach(async () => {
    count += 1;
    server = await startServer(`${temp.dir}/test-${count}.sqlite`);
  });
  afterEach(() => server?.stop());
  afterAll(() => temp.remove());
  return () => {
    if (!server) throw new Error("serverPerTest: no test is running");
    return server;
  };
}
