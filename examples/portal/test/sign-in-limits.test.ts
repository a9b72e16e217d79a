import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { hashPassword } from "../src/server/office-auth.js";
import { eligibleApplication, office } from "./fixtures.js";
import { agreementFile, serverPerTest, startServer, submissionForm, tempDir, type TestServer } from "./server.js";

/** A sign-in from `localAddress` (any of 127.0.0.0/8 is this machine), with extra headers; returns the status. */
function signIn(server: TestServer, password: string, options: { localAddress?: string; headers?: Record<string, string>; username?: string } = {}): Promise<number> {
  const body = JSON.stringify({ username: options.username ?? office.user, password });
  return new Promise((resolve, reject) => {
    const sent = request(
      `${server.url}/api/office/session`,
      {
        method: "POST",
        localAddress: options.localAddress ?? "127.0.0.1",
        headers: { "content-type": "application/json", origin: server.url, ...options.headers },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on("error", reject);
    sent.end(body);
  });
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;
const credentials = { user: office.user, passwordHash: office.passwordHash };
// The account's slowdown waits are recorded, not waited for: the tests measure counts, not time.
const signInWait = async () => {};

describe("office sign-in limits, without a proxy", () => {
  const server = serverPerTest({ office: credentials, signInWait });

  it("lets at most 5 of 100 parallel wrong guesses from one address reach the password check; the right password from another address still signs in", async () => {
    const statuses = await Promise.all(Array.from({ length: 100 }, () => signIn(server(), "falsch")));
    expect(count(statuses, 401)).toBeLessThanOrEqual(5);
    expect(count(statuses, 401) + count(statuses, 429)).toBe(100);
    expect(await signIn(server(), office.password)).toBe(429);
    expect(await signIn(server(), office.password, { localAddress: "127.0.0.2" })).toBe(204);
  });

  it("ignores X-Forwarded-For: a client cannot choose its address", async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(server(), "falsch", { headers: { "x-forwarded-for": `203.0.113.${i}` } })));
    expect(count(statuses, 401)).toBe(5);
    expect(await signIn(server(), office.password, { headers: { "x-forwarded-for": "198.51.100.7" } })).toBe(429);
  });
});

describe("office sign-in limits behind a proxy (TRUST_PROXY=1)", () => {
  const server = serverPerTest({ office: credentials, signInWait, trustProxy: 1 });
  const from = (client: string) => ({ headers: { "x-forwarded-for": client } });

  it("limits each client the proxy names, and the right password from another client still signs in", async () => {
    const statuses = await Promise.all(Array.from({ length: 100 }, () => signIn(server(), "falsch", from("203.0.113.5"))));
    expect(count(statuses, 401)).toBeLessThanOrEqual(5);
    expect(count(statuses, 401) + count(statuses, 429)).toBe(100);
    expect(await signIn(server(), office.password, from("203.0.113.5"))).toBe(429);
    expect(await signIn(server(), office.password, from("198.51.100.7"))).toBe(204);
  });
});

describe("public submissions per address", () => {
  const server = serverPerTest({ submissionsPerHour: 2 });

  it("answers 429 with a German message beyond the limit", async () => {
    const post = () => fetch(`${server().url}/api/registrations`, { method: "POST", body: submissionForm(eligibleApplication(), agreementFile()) });
    expect([(await post()).status, (await post()).status]).toEqual([201, 201]);
    const third = await post();
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("3600");
    expect(await third.json()).toEqual({ error: { code: "too_many_submissions", message: expect.stringMatching(/mehr als 2 Einreichungen\. Bitte versuchen Sie es in einer Stunde erneut/) } });
  });
});

describe("office accounts in the database", () => {
  it("lets two accounts work side by side, keeps their sessions across a restart, and names the account in the decision log", async () => {
    const temp = tempDir();
    const databasePath = `${temp.dir}/team.sqlite`;
    let first = await startServer(databasePath);
    try {
      const at = new Date().toISOString();
      first.store.office.saveAccount("anna", await hashPassword("Annas langes Passwort"), at);
      first.store.office.saveAccount("bernd", office.passwordHash, at);
      const cookieOf = async (server: TestServer, username: string, password: string) => {
        const response = await fetch(`${server.url}/api/office/session`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url },
          body: JSON.stringify({ username, password }),
        });
        expect(response.status).toBe(204);
        return response.headers.get("set-cookie")!.split(";")[0]!;
      };
      const anna = await cookieOf(first, "anna", "Annas langes Passwort");
      const bernd = await cookieOf(first, "bernd", office.password);
      const one = await fetch(`${first.url}/api/registrations`, { method: "POST", body: submissionForm(eligibleApplication(1), agreementFile(1)) });
      const two = await fetch(`${first.url}/api/registrations`, { method: "POST", body: submissionForm(eligibleApplication(2), agreementFile(2)) });
      const [idOne, idTwo] = [((await one.json()) as { id: string }).id, ((await two.json()) as { id: string }).id];
      await first.stop();

      first = await startServer(databasePath);
      const decide = (id: string, cookie: string, outcome: string) =>
        fetch(`${first.url}/api/office/registrations/${id}/decision`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: first.url, cookie },
          body: JSON.stringify({ outcome, note: "" }),
        });
      const registered = await decide(idOne, anna, "registered");
      const rejected = await decide(idTwo, bernd, "rejected");
      expect([registered.status, rejected.status]).toEqual([200, 200]);
      expect(((await registered.json()) as { decidedBy: string }).decidedBy).toBe("anna");
      expect(((await rejected.json()) as { decidedBy: string }).decidedBy).toBe("bernd");
      expect(first.store.office.decisionLines()).toEqual([
        { at: expect.any(String), account: "anna", outcome: "registered", receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { at: expect.any(String), account: "bernd", outcome: "rejected", receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
      // Signed out, Anna's session ends; Bernd's goes on.
      const signOut = await fetch(`${first.url}/api/office/session`, { method: "DELETE", headers: { origin: first.url, cookie: anna } });
      expect(signOut.status).toBe(204);
      const signedIn = async (cookie: string) => ((await (await fetch(`${first.url}/api/office/session`, { headers: { cookie } })).json()) as { signedIn: boolean }).signedIn;
      expect([await signedIn(anna), await signedIn(bernd)]).toEqual([false, true]);
    } finally {
      await first.stop();
      temp.remove();
    }
  });
});
