import { deflateBomb, docx, emptyPagesPdf, encryptedPdf } from "@bildungspartner/test-kit/hostile-files";
import { fc } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eligibleApplication } from "./fixtures.js";
import { startServer, tempDir, type TestServer } from "./server.js";

// Requests from strangers: whatever the body, the API answers 2xx/4xx as its README documents, with
// `{ error: { code, message } }` for every refusal, never 500; the server keeps answering and no
// prototype changes. One server for the whole file, as in production, so that damage would show.

const temp = tempDir();
let server: TestServer;
beforeAll(async () => {
  server = await startServer(`${temp.dir}/hostile.sqlite`);
});
afterAll(async () => {
  await server.stop();
  temp.remove();
});

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const documented = new Set([200, 201, 400, 413, 415, 422]);

/** Sends raw JSON text; returns the status and the parsed answer. */
async function post(path: string, body: string | FormData, contentType: string | undefined = "application/json") {
  const headers: Record<string, string> = typeof body === "string" && contentType ? { "content-type": contentType } : {};
  const response = await fetch(`${server.url}${path}`, { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

function expectDocumented({ status, body }: { status: number; body: Record<string, any> }) {
  expect(documented, JSON.stringify(body).slice(0, 300)).toContain(status);
  if (status >= 400 && status !== 422) {
    expect(body.error).toEqual({ code: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) });
    expect(body.error.code).not.toBe("internal_error");
  }
}

async function stillAnswering() {
  expect((await fetch(`${server.url}/api/registrations`)).status).toBe(200);
  const check = await post("/api/check", JSON.stringify(eligibleApplication()));
  expect([check.status, check.body.status]).toEqual([200, "eligible"]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Keys that reach for prototypes, mixed into otherwise ordinary application-shaped JSON. */
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "school", "partners", "agreement", "contacts", "name", "email", "toString", "valueOf", "");
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, "", "\ud800", "2025-08-01", "gymnasium", "archive", "a@b.de"),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** JSON text of a value; `__proto__` keys written as own keys, as a client would send them. */
const jsonText = (value: unknown) => JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? { ...v } : v)) ?? "null";

describe("the portal API under hostile requests", () => {
  it("answers arbitrary JSON bodies on /api/check and /api/registrations as documented, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(hostileJson, fc.constantFrom("/api/check", "/api/registrations"), async (value, path) => {
        expectDocumented(await post(path, jsonText(value)));
      }),
      { numRuns: 150 },
    );
    await stillAnswering();
  });

  it("refuses bodies with __proto__ or constructor.prototype keys as malformed JSON (400), polluting nothing", async () => {
    for (const text of [
      '{"__proto__":{"polluted":true}}',
      '{"school":{"__proto__":{"polluted":true},"name":"x"}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"partners":[{"__proto__":{"municipal":true}}]}',
    ]) {
      for (const path of ["/api/check", "/api/registrations"]) {
        const answer = await post(path, text);
        expect([answer.status, answer.body.error?.code]).toEqual([400, "malformed_json"]);
      }
    }
    await stillAnswering();
  });

  it("answers 10,000-deep nesting in any field as documented", async () => {
    const deep = (open: string, close: string) => `${open.repeat(10_000)}1${close.repeat(10_000)}`;
    for (const text of [
      deep("[", "]"),
      deep('{"school":', "}"),
      `{"school":{"name":${deep('{"a":', "}")}}}`,
      `{"partners":${deep("[", "]")}}`,
      `{"contacts":[${deep('{"email":', "}")}]}`,
    ]) {
      for (const path of ["/api/check", "/api/registrations"]) expectDocumented(await post(path, text));
    }
    await stillAnswering();
  });

  it("refuses huge bodies with 413: JSON, many partners and contacts, a multipart field and file", async () => {
    const app = eligibleApplication();
    const manyPartners = { ...app, partners: Array.from({ length: 5_000 }, (_, i) => ({ name: `Partner ${i}`, category: "archive" })) };
    expect((await post("/api/check", JSON.stringify(manyPartners))).status).toBe(413);
    expect((await post("/api/registrations", "[".repeat(2_000_000))).body.error.code).toBe("body_too_large");
    const form = new FormData();
    form.append("application", JSON.stringify({ ...app, padding: "x".repeat(200 * 1024) }));
    expect((await post("/api/registrations", form)).body.error.code).toBe("body_too_large");
    const withFile = new FormData();
    withFile.append("application", JSON.stringify(app));
    withFile.append("agreement", new Blob([new Uint8Array(11 * 1024 * 1024)]), "gross.pdf");
    expect((await post("/api/registrations", withFile)).body.error.code).toBe("file_too_large");
    await stillAnswering();
  });

  it("answers the most partners and contacts the format allows, and refuses more as invalid fields", async () => {
    const app = eligibleApplication();
    const partners = Array.from({ length: 21 }, (_, i) => ({ name: `Stadtarchiv ${i}`, category: "archive", municipal: true }));
    const answer = await post("/api/check", JSON.stringify({ ...app, partners }));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: "invalid", issues: [{ path: "partners" }] });
    expect(answer.body.issues[0].message).toMatch(/20/);
    await stillAnswering();
  });

  it("refuses hostile agreement files with 400 or 415 and stores nothing", async () => {
    const files: Array<[string, Uint8Array]> = [
      ["bombe.docx", docx({ name: "word/document.xml", data: deflateBomb(256), method: 8, size: 1000 })],
      ["bombe-ehrlich.docx", docx({ name: "word/document.xml", data: deflateBomb(256), method: 8, size: 256 * 1024 * 1024 })],
      ["geschuetzt.pdf", encryptedPdf()],
      ["seiten.pdf", await emptyPagesPdf(2_000)],
      ["abgeschnitten.pdf", new TextEncoder().encode("%PDF-1.7\n1 0 obj <<")],
      ["zufall.docx", Uint8Array.from({ length: 3000 }, (_, i) => (i === 0 ? 0x50 : i === 1 ? 0x4b : i === 2 ? 3 : i === 3 ? 4 : (i * 31) & 0xff))],
    ];
    const before = server.store.reviewList("submitted").length;
    for (const [name, bytes] of files) {
      const form = new FormData();
      form.append("application", JSON.stringify(eligibleApplication(9)));
      form.append("agreement", new Blob([new Uint8Array(bytes)]), name);
      const answer = await post("/api/registrations", form);
      expect([answer.status, answer.body.error?.code], name).toEqual([400, "unreadable_agreement"]);
    }
    expect(server.store.reviewList("submitted")).toHaveLength(before);
    await stillAnswering();
  });

  it("answers hostile query strings and ids with 400 or 404", async () => {
    for (const query of ["category=__proto__", "q=" + "x".repeat(5000), "year=1e308", "category[]=a&category[]=b", "constructor[prototype][polluted]=1", "__proto__[polluted]=1"]) {
      const response = await fetch(`${server.url}/api/registrations?${query}`);
      expect([200, 400]).toContain(response.status);
    }
    for (const id of ["__proto__", "constructor", "%00", "x".repeat(5000)]) {
      const response = await fetch(`${server.url}/api/registrations/${id}`);
      expect([response.status, await response.json()]).toEqual([404, { error: { code: "not_found", message: "Nicht gefunden." } }]);
    }
    const badUrl = await fetch(`${server.url}/api/registrations/%E0%A4%A`);
    expect([badUrl.status, await badUrl.json()]).toEqual([400, { error: { code: "bad_url", message: "Die Adresse ist ungültig." } }]);
    await stillAnswering();
  });
});
