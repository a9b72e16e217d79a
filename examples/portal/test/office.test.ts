import { beforeEach, describe, expect, it } from "vitest";
import { agreementPdf } from "./agreement-pdf.js";
import { agreementText, eligibleApplication, office } from "./fixtures.js";
import { officeCookie, serverPerTest, submissionForm, submit, type TestServer } from "./server.js";

const start = new Date("2026-03-02T09:00:00.000Z");
const clock = { now: start };
beforeEach(() => {
  clock.now = start;
});
const currentServer = serverPerTest({ office: { user: office.user, passwordHash: office.passwordHash }, now: () => clock.now });

/** A request to the office API, from the portal's own origin unless told otherwise. */
function officeFetch(path: string, init: { method?: string; cookie?: string; body?: unknown; origin?: string | null } = {}) {
  const server = currentServer();
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null) headers.origin = init.origin ?? server.url;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${server.url}${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
}

async function errorCode(response: Response): Promise<[number, string]> {
  return [response.status, ((await response.json()) as { error: { code: string } }).error.code];
}

const decide = (id: string, cookie: string, outcome: string, note = "geprüft") =>
  officeFetch(`/api/office/registrations/${id}/decision`, { method: "POST", cookie, body: { outcome, note } });

describe("office sign-in", () => {
  it("answers 204 with a strict, HttpOnly session cookie, and 401 alike for a wrong password and an unknown user", async () => {
    const response = await officeFetch("/api/office/session", { method: "POST", body: { username: office.user, password: office.password } });
    expect(response.status).toBe(204);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^bp_office=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    expect(cookie).not.toContain("Secure");

    const wrongPassword = await officeFetch("/api/office/session", { method: "POST", body: { username: office.user, password: "falsch" } });
    const unknownUser = await officeFetch("/api/office/session", { method: "POST", body: { username: "jemand", password: office.password } });
    const [a, b] = [await wrongPassword.text(), await unknownUser.text()];
    expect([wrongPassword.status, unknownUser.status]).toEqual([401, 401]);
    expect(a).toBe(b);
    expect(JSON.parse(a)).toEqual({ error: { code: "bad_credentials", message: "Benutzername oder Passwort ist falsch." } });
    expect(wrongPassword.headers.get("set-cookie")).toBeNull();
  });

  it("limits failed sign-ins with 429, and the limit passes with time", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await officeFetch("/api/office/session", { method: "POST", body: { username: office.user, password: `falsch ${i}` } })).status).toBe(401);
    }
    const limited = await officeFetch("/api/office/session", { method: "POST", body: { username: office.user, password: office.password } });
    expect(await errorCode(limited)).toEqual([429, "too_many_attempts"]);
    clock.now = new Date(clock.now.getTime() + 16 * 60 * 1000);
    expect((await officeFetch("/api/office/session", { method: "POST", body: { username: office.user, password: office.password } })).status).toBe(204);
  });

  it("ends the session on sign-out and after eight hours", async () => {
    const cookie = await officeCookie(currentServer());
    expect(await (await officeFetch("/api/office/session", { cookie })).json()).toEqual({ signedIn: true });
    expect((await officeFetch("/api/office/registrations", { cookie })).status).toBe(200);
    clock.now = new Date(clock.now.getTime() + 8 * 60 * 60 * 1000);
    expect(await errorCode(await officeFetch("/api/office/registrations", { cookie }))).toEqual([401, "unauthorized"]);

    const second = await officeCookie(currentServer());
    const out = await officeFetch("/api/office/session", { method: "DELETE", cookie: second });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    expect(await (await officeFetch("/api/office/session", { cookie: second })).json()).toEqual({ signedIn: false });
  });

  it("refuses every office route without a session (401) and every state change from another origin (403)", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    for (const [method, path] of [
      ["GET", "/api/office/registrations"],
      ["GET", `/api/office/registrations/${id}`],
      ["GET", `/api/office/registrations/${id}/agreement`],
      ["POST", `/api/office/registrations/${id}/decision`],
      ["DELETE", `/api/office/registrations/${id}`],
    ] as const) {
      expect(await errorCode(await officeFetch(path, { method, ...(method === "POST" ? { body: { outcome: "registered" } } : {}) })), path).toEqual([401, "unauthorized"]);
    }
    const cookie = await officeCookie(currentServer());
    for (const origin of [null, "https://boese.example", currentServer().url.replace("127.0.0.1", "localhost")]) {
      expect(await errorCode(await officeFetch(`/api/office/registrations/${id}`, { method: "DELETE", cookie, origin }))).toEqual([403, "bad_origin"]);
      const decision = await officeFetch(`/api/office/registrations/${id}/decision`, { method: "POST", cookie, origin, body: { outcome: "registered" } });
      expect(await errorCode(decision)).toEqual([403, "bad_origin"]);
      expect(await errorCode(await officeFetch("/api/office/session", { method: "POST", origin, body: { username: office.user, password: office.password } }))).toEqual([403, "bad_origin"]);
    }
  });
});

describe("office review", () => {
  async function submitted(server: TestServer, n: number, term?: string) {
    const pdf = await agreementPdf(agreementText(n, term));
    const response = await fetch(`${server.url}/api/registrations`, {
      method: "POST",
      body: submissionForm(eligibleApplication(n), { bytes: pdf, name: `Vereinbarung Schüler ${n}.pdf`, type: "application/pdf" }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; statusToken: string };
  }

  it("lists submissions, shows application, decision, findings and mismatches, and serves the file privately", async () => {
    const server = currentServer();
    const { id } = await submitted(server, 4, "Die Laufzeit beträgt ein Jahr.");
    const cookie = await officeCookie(server);
    const list = (await (await officeFetch("/api/office/registrations?status=submitted", { cookie })).json()) as { id: string; review: string }[];
    expect(list.map((e) => [e.id, e.review])).toEqual([[id, "submitted"]]);
    expect(await (await officeFetch("/api/office/registrations?status=registered", { cookie })).json()).toEqual([]);
    expect(await errorCode(await officeFetch("/api/office/registrations?status=withdrawn", { cookie }))).toEqual([400, "invalid_query"]);

    const detail = (await (await officeFetch(`/api/office/registrations/${id}`, { cookie })).json()) as Record<string, any>;
    expect(detail).toMatchObject({
      id,
      review: "submitted",
      submittedAt: "2026-03-02T09:00:00.000Z",
      application: { contacts: [{ name: "Anna Schmidt" }, { name: "Bernd Meyer" }] },
      decision: { status: "eligible" },
      agreement: { fileName: "Vereinbarung Schüler 4.pdf", mediaType: "application/pdf", report: { mismatches: [{ key: "criterion:min-duration" }] } },
      receipts: { submission: { timestamp: "2026-03-02T09:00:00.000Z", results: { status: "eligible" } }, decision: null },
    });
    expect(detail.agreement.report.findings.find((f: { id: string }) => f.id === "programme-mentioned").evidence[0].text).toMatch(/Bildungspartner/);

    const file = await officeFetch(`/api/office/registrations/${id}/agreement`, { cookie });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("cache-control")).toBe("private, no-store");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Vereinbarung Sch_ler 4.pdf"; filename*=UTF-8''Vereinbarung%20Sch%C3%BCler%204.pdf`);
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
  });

  it("registers from submitted only (409 otherwise), with a receipt; registered entries join the directory, rejected ones do not", async () => {
    const server = currentServer();
    const first = await submit(server, eligibleApplication(1), 1);
    const second = await submit(server, eligibleApplication(2), 2);
    const cookie = await officeCookie(server);
    clock.now = new Date("2026-03-02T12:00:00.000Z");
    const registered = await decide(first.id, cookie, "registered", "Vereinbarung vollständig");
    expect(registered.status).toBe(200);
    expect(await registered.json()).toMatchObject({
      review: "registered",
      decidedAt: "2026-03-02T12:00:00.000Z",
      note: "Vereinbarung vollständig",
      receipts: { decision: { timestamp: "2026-03-02T12:00:00.000Z" } },
    });
    expect(await errorCode(await decide(first.id, cookie, "rejected"))).toEqual([409, "not_submitted"]);
    expect((await decide(second.id, cookie, "rejected")).status).toBe(200);
    expect(await errorCode(await decide(second.id, cookie, "registered"))).toEqual([409, "not_submitted"]);
    for (const body of [{ outcome: "maybe" }, { outcome: "registered", note: 3 }, { outcome: "registered", note: "x".repeat(2001) }, { outcome: "rejected", reason: 5 }, { outcome: "rejected", reason: "x".repeat(2001) }, []]) {
      expect(await errorCode(await officeFetch(`/api/office/registrations/${first.id}/decision`, { method: "POST", cookie, body }))).toEqual([400, "invalid_review"]);
    }
    expect(await errorCode(await decide("00000000-0000-4000-8000-000000000000", cookie, "registered"))).toEqual([404, "not_found"]);

    const directory = (await (await fetch(`${server.url}/api/registrations`)).json()) as { id: string; registeredAt: string }[];
    expect(directory.map((e) => [e.id, e.registeredAt])).toEqual([[first.id, "2026-03-02T12:00:00.000Z"]]);
    const rejected = (await (await officeFetch("/api/office/registrations?status=rejected", { cookie })).json()) as { id: string }[];
    expect(rejected.map((e) => e.id)).toEqual([second.id]);
  });

  it("erases on request: record, partners and file go, an anonymous audit line with the receipt hash stays", async () => {
    const server = currentServer();
    const { id } = await submit(server, eligibleApplication(3), 3);
    const cookie = await officeCookie(server);
    expect((await officeFetch(`/api/office/registrations/${id}`, { method: "DELETE", cookie })).status).toBe(204);
    expect(await errorCode(await officeFetch(`/api/office/registrations/${id}`, { cookie }))).toEqual([404, "not_found"]);
    expect(await errorCode(await officeFetch(`/api/office/registrations/${id}`, { method: "DELETE", cookie }))).toEqual([404, "not_found"]);
    expect(server.store.agreementFile(id)).toBeUndefined();
    expect(server.store.erasures()).toEqual([{ at: "2026-03-02T09:00:00.000Z", reason: "office", review: "submitted", receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });
});

describe("the school's status link", () => {
  it("shows the status with the right token only, the same 404 for a wrong token or id, and lets the school withdraw", async () => {
    const server = currentServer();
    const { id, statusToken } = await submit(server, eligibleApplication(5), 5);
    const status = (token: string, of = id) => fetch(`${server.url}/api/registrations/${of}/status?token=${encodeURIComponent(token)}`);
    const ok = await status(statusToken);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      id,
      status: "submitted",
      decisionStatus: "eligible",
      school: "Gymnasium am Stadtpark 5",
      submittedAt: "2026-03-02T09:00:00.000Z",
      decidedAt: null,
      reason: null,
      // The stage after submission: what the submission leads to, not „Bitte reichen Sie … ein“.
      nextSteps: [expect.stringMatching(/^Sie haben die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung eingereicht/)],
    });
    for (const [token, of] of [["", id], [statusToken.slice(0, -1), id], [`${statusToken}x`, id], ["x".repeat(5000), id], [statusToken, "00000000-0000-4000-8000-000000000000"]]) {
      expect(await errorCode(await status(token!, of))).toEqual([404, "bad_token"]);
    }
    expect(await errorCode(await fetch(`${server.url}/api/registrations/${id}/status`))).toEqual([404, "bad_token"]);

    const withdraw = () => fetch(`${server.url}/api/registrations/${id}/withdrawal?token=${statusToken}`, { method: "POST" });
    expect((await withdraw()).status).toBe(204);
    expect(await errorCode(await withdraw())).toEqual([409, "not_submitted"]);
    expect(((await (await status(statusToken)).json()) as { status: string }).status).toBe("withdrawn");
  });
});

describe("hostile requests to the office API", () => {
  it("answers odd bodies, ids and cookies with 400, 401, 403 or 404, never 500", async () => {
    const server = currentServer();
    const bodies = ['{"__proto__":{"polluted":1},"username":"buero"}', "[]", "null", '"text"', `{"username":"${"x".repeat(5000)}","password":"y"}`, '{"username":1,"password":2}', "{,}"];
    for (const body of bodies) {
      const response = await fetch(`${server.url}/api/office/session`, { method: "POST", headers: { "content-type": "application/json", origin: server.url }, body });
      expect([400, 401], body.slice(0, 40)).toContain(response.status);
    }
    for (const cookie of ["bp_office=", "bp_office=x; bp_office=y", `bp_office=${"a".repeat(10_000)}`, "=; ;;"]) {
      expect((await officeFetch("/api/office/registrations", { cookie })).status).toBe(401);
    }
    const cookie = await officeCookie(server);
    for (const id of ["__proto__", "constructor", "x".repeat(5000)]) {
      expect((await officeFetch(`/api/office/registrations/${id}`, { cookie })).status).toBe(404);
      expect((await officeFetch(`/api/office/registrations/${id}/agreement`, { cookie })).status).toBe(404);
      expect((await decide(id, cookie, "registered")).status).toBe(404);
    }
    for (const body of ["[]", "{,}", '{"outcome":{"__proto__":1}}']) {
      const response = await fetch(`${server.url}/api/office/registrations/x/decision`, { method: "POST", headers: { cookie, origin: server.url, "content-type": "application/json" }, body });
      expect(response.status, body).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
