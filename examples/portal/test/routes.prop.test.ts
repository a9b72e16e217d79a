import { existsSync } from "node:fs";
import { get } from "node:http";
import { fileURLToPath } from "node:url";
import { propertyRuns } from "@bildungspartner/test-kit";
import { fc } from "@fast-check/vitest";
import type { FastifyInstance, HTTPMethods, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { openStore, type Store } from "../src/server/store.js";
import { eligibleApplication, office } from "./fixtures.js";

// Every route the server has (read from the server itself, not a hand list), asked with generated and
// hostile methods, paths, query strings, headers, bodies and files: the answers are the statuses the
// README documents, every API refusal `{ error: { code, message } }` with a German message, never 500.

const clientDir = fileURLToPath(new URL("../dist/client/", import.meta.url));
let app: FastifyInstance;
let store: Store;
let routes: { path: string; methods: string[] }[];
const origin = "http://portal.test";

/** The routes of `printRoutes({ commonPrefix: false })`: a tree, four characters of indentation per level. */
function routesOf(tree: string): { path: string; methods: string[] }[] {
  const parents: string[] = [];
  const found: { path: string; methods: string[] }[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    parents.length = depth;
    const path = `${parents.join("")}${match[2]}`;
    parents.push(match[2]!);
    if (match[3]) found.push({ path: path === "*" ? "/*" : path, methods: match[3].split(", ") });
  }
  return found;
}

beforeAll(async () => {
  store = openStore(":memory:");
  app = await buildApp({
    store,
    office: { user: office.user, passwordHash: office.passwordHash },
    publicUrl: origin,
    submissionsPerHour: 10_000,
    signInWait: async () => {},
    ...(existsSync(`${clientDir}index.html`) ? { clientDir } : {}),
  });
  await app.ready();
  routes = routesOf(app.printRoutes({ commonPrefix: false }));
});
afterAll(async () => {
  await app.close();
  store.close();
});

const documented = new Set([200, 201, 204, 400, 401, 403, 404, 409, 413, 415, 422, 429]);
const german = /[äöüßÄÖÜ„“]|\b(Bitte|Die|Das|Der|Ungültig|Nicht|Zu|Von|Dieser|Über|Benutzername)\b/;

const hostileText = fc.oneof(
  fc.constantFrom("", "..", "../..", "%2e%2e", "..%2f..%2fpackage.json", "%00", "__proto__", "constructor", "x".repeat(3000), "ä", "%", "%E0%A4%A", "00000000-0000-4000-8000-000000000000"),
  fc.string({ unit: "binary", maxLength: 30 }),
);
const segment = hostileText.map((text) => (/^[%.\w-]*$/.test(text) ? text : encodeURIComponent(text)));
const query = fc.array(fc.tuple(fc.constantFrom("token", "status", "category", "q", "year", "flyers", "purpose", "projectStarted", "__proto__", "x"), hostileText), { maxLength: 3 });
const json = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.constant(JSON.stringify(eligibleApplication())),
  fc.constant(JSON.stringify({ username: office.user, password: "falsch" })),
  fc.constant(JSON.stringify({ outcome: "registered", note: "x" })),
  fc.constant('{"__proto__":{"polluted":true}}'),
  fc.string({ maxLength: 40 }),
);
const fileName = fc.constantFrom("vereinbarung.pdf", "vereinbarung.docx", "vereinbarung.txt", "bild.png", "", "../../x.txt", "\u0000.txt");
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(new TextEncoder().encode("%PDF-1.7\n1 0 obj <<")),
  fc.constant(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
  fc.constant(Uint8Array.from([0xff, 0xfe, 0x41, 0x00])),
);

/** A multipart body by hand, so that it can be as broken as a stranger makes it. */
function multipart(boundary: string, parts: { name: string; fileName?: string; content: Uint8Array | string }[], truncated: boolean): Buffer {
  const chunks = parts.flatMap((part) => [
    `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${part.fileName === undefined ? "" : `; filename="${part.fileName}"`}\r\n\r\n`,
    part.content,
    "\r\n",
  ]);
  if (!truncated) chunks.push(`--${boundary}--\r\n`);
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk))));
}

const body = fc.oneof(
  fc.record({ kind: fc.constant("none" as const) }),
  fc.record({ kind: fc.constant("json" as const), text: json, contentType: fc.constantFrom("application/json", "application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded", "weird/type") }),
  fc.record({
    kind: fc.constant("multipart" as const),
    parts: fc.array(
      fc.oneof(
        fc.record({ name: fc.constantFrom("application", "agreement", "x"), content: json }),
        fc.record({ name: fc.constantFrom("agreement", "application"), fileName, content: fileBytes }),
      ),
      { maxLength: 3 },
    ),
    truncated: fc.boolean(),
    boundary: fc.constantFrom("grenze", "", "a".repeat(100)),
  }),
);

const request = fc.record({
  route: fc.nat(),
  method: fc.option(fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD"), { nil: undefined }),
  params: fc.array(segment, { minLength: 3, maxLength: 3 }),
  tail: fc.constantFrom("", "/", "/..", "/../..", "/%2e%2e/%2e%2e/package.json", "?", "#x"),
  query,
  headers: fc.record(
    {
      origin: fc.constantFrom(origin, "http://evil.test", "null", ""),
      cookie: fc.constantFrom("bp_office=erfunden", "bp_office=", "a=b; bp_office=%%%", "x".repeat(500)),
      "x-status-token": hostileText,
      "x-forwarded-for": fc.constantFrom("203.0.113.5", "not an address", "1.2.3.4, 5.6.7.8"),
      accept: fc.constantFrom("*/*", "text/html", "application/json"),
    },
    { requiredKeys: [] },
  ),
  body,
});

/** Header values as a client can send them: no control characters (Node's client refuses those itself). */
const headerSafe = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value.replace(/[^\x20-\x7e]/g, "?")]));

describe("every route under generated and hostile requests", () => {
  it("reads the route list from the server", () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/api/check", "/api/registrations", "/api/registrations/:id/status", "/api/office/session", "/api/office/registrations/:id/decision"]),
    );
  });

  it("answers only documented statuses, API refusals with a German message, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const route = routes[r.route % routes.length]!;
        let param = 0;
        const path = route.path.replace(/:\w+|\*/g, () => r.params[param++ % 3]!) + r.tail;
        const search = r.query.length ? `?${r.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}` : "";
        const method = (r.method ?? route.methods[r.route % route.methods.length]!) as HTTPMethods;
        const headers = headerSafe(r.headers as Record<string, string>);
        let payload: string | Buffer | undefined;
        if (r.body.kind === "json") {
          headers["content-type"] = r.body.contentType;
          payload = r.body.text;
        } else if (r.body.kind === "multipart") {
          headers["content-type"] = `multipart/form-data; boundary=${r.body.boundary}`;
          payload = multipart(r.body.boundary, r.body.parts, r.body.truncated);
        }
        const options: InjectOptions = { method, url: `${path}${search}`, headers };
        if (payload !== undefined && method !== "GET" && method !== "HEAD") options.payload = payload;
        const answer = await app.inject(options);
        const context = `${method} ${path}${search} → ${answer.statusCode} ${answer.body.slice(0, 200)}`;
        expect(documented.has(answer.statusCode), context).toBe(true);
        // The API answers JSON; a path that the URL parser turned into a page's (`/api/x/../..`) the HTML 404.
        const isApi = String(answer.headers["content-type"]).startsWith("application/json");
        if (isApi && answer.statusCode >= 400 && answer.statusCode !== 422 && method !== "HEAD") {
          const parsed = JSON.parse(answer.body) as { error: { code: string; message: string } };
          expect(parsed.error.code, context).toMatch(/^[a-z_]+$/);
          expect(parsed.error.message, context).toMatch(german);
        }
      }),
      { numRuns: propertyRuns(400) },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers GET paths with .. (sent as they are, as curl --path-as-is does) with a proper 404, not a form's message", async () => {
    const listening = await app.listen({ host: "127.0.0.1", port: 0 });
    for (const path of ["/..", "/../package.json", "/verzeichnis/../../package.json", "/assets/..%2f..%2fpackage.json", "/%2e%2e/%2e%2e/etc/passwd", "/api/registrations/../..", "/api/../api/registrations/x"]) {
      // node:http sends a path given apart unchanged; fetch and URL would resolve the dots first.
      const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const { hostname, port } = new URL(listening);
        get({ hostname, port, path }, (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString()));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
        }).on("error", reject);
      });
      expect(answer.status, path).toBe(404);
      expect(answer.text, path).not.toMatch(/Formular/);
    }
  });
});
