import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Application } from "@bildungspartner/core";
import { createReceipt } from "@bildungspartner/core/audit";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeEach, expect } from "vitest";
import { buildApp, type AppOptions } from "../src/server/app.js";
import { openStore, type Store } from "../src/server/store.js";
import { agreementText, office } from "./fixtures.js";

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

/** The server's options besides its store: the office, a clock, a log. */
export type ServerOptions = Omit<AppOptions, "store">;

/** Starts a portal server with the given database file. */
export async function startServer(databasePath: string, options: ServerOptions = {}): Promise<TestServer> {
  const store = openStore(databasePath);
  // The tests send hundreds of submissions from 127.0.0.1; the limit per address has its own test.
  const app: FastifyInstance = await buildApp({ submissionsPerHour: 10_000, ...options, store });
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
export function serverPerTest(options: ServerOptions = {}): () => TestServer {
  const temp = tempDir();
  let server: TestServer | undefined;
  let count = 0;
  beforeEach(async () => {
    count += 1;
    server = await startServer(`${temp.dir}/test-${count}.sqlite`, options);
  });
  afterEach(() => server?.stop());
  afterAll(() => temp.remove());
  return () => {
    if (!server) throw new Error("serverPerTest: no test is running");
    return server;
  };
}

/** A file for the multipart field `agreement`. */
export interface UploadFile {
  bytes: Uint8Array<ArrayBuffer>;
  name: string;
  type: string;
}

/** A submission as the form sends it: the application's JSON and, optionally, the agreement file. */
export function submissionForm(application: unknown, file?: UploadFile): FormData {
  const form = new FormData();
  form.append("application", typeof application === "string" ? application : JSON.stringify(application));
  if (file) form.append("agreement", new Blob([file.bytes], { type: file.type }), file.name);
  return form;
}

/** The agreement matching `eligibleApplication(n)`, as a text file. */
export const agreementFile = (n = 1): UploadFile => ({ bytes: new TextEncoder().encode(agreementText(n).join("\n")), name: "vereinbarung.txt", type: "text/plain" });

/** Submits an application with its agreement (`201` expected); returns the id and the status token. */
export async function submit(server: TestServer, application: Application, n = 1): Promise<{ id: string; statusToken: string }> {
  const response = await fetch(`${server.url}/api/registrations`, { method: "POST", body: submissionForm(application, agreementFile(n)) });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; statusToken: string };
}

/** Submits an application and registers it as the office would; returns its id. */
export async function register(server: TestServer, application: Application, n = 1): Promise<string> {
  const { id } = await submit(server, application, n);
  expect(server.store.decide(id, { outcome: "registered", note: "", receipt: createReceipt(application), at: new Date().toISOString() })).toBe("changed");
  return id;
}

/** Signs in to the office area with the test credentials; returns the `cookie` header for later requests. */
export async function officeCookie(server: TestServer): Promise<string> {
  const response = await fetch(`${server.url}/api/office/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ username: office.user, password: office.password }),
  });
  expect(response.status).toBe(204);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

/** The office's decision on a submission, as the review page sends it; the answer as it comes. */
export function decideAsOffice(server: TestServer, id: string, cookie: string, body: { outcome: string; note?: string; reason?: string }): Promise<Response> {
  return fetch(`${server.url}/api/office/registrations/${id}/decision`, {
    method: "POST",
    headers: { cookie, origin: server.url, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
