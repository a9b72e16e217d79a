import { afterAll, describe, expect, it, vi } from "vitest";
import { eligibleApplication, office } from "./fixtures.js";
import { officeCookie, startServer, submit, tempDir } from "./server.js";

const temp = tempDir();
afterAll(() => temp.remove());

const day = 24 * 60 * 60 * 1000;
const credentials = { user: office.user, passwordHash: office.passwordHash };

describe("retention", () => {
  it("erases rejected and withdrawn submissions after RETENTION_DAYS on start, keeps registered and waiting ones", async () => {
    const databasePath = `${temp.dir}/retention.sqlite`;
    const clock = { now: new Date("2026-01-10T08:00:00.000Z") };
    const options = { office: credentials, now: () => clock.now, retentionDays: 30 };
    const first = await startServer(databasePath, options);
    const [rejected, withdrawn, registered, waiting] = [
      await submit(first, eligibleApplication(1), 1),
      await submit(first, eligibleApplication(2), 2),
      await submit(first, eligibleApplication(3), 3),
      await submit(first, eligibleApplication(4), 4),
    ];
    const cookie = await officeCookie(first);
    for (const [id, outcome] of [[rejected.id, "rejected"], [registered.id, "registered"]] as const) {
      const response = await fetch(`${first.url}/api/office/registrations/${id}/decision`, {
        method: "POST",
        headers: { cookie, origin: first.url, "content-type": "application/json" },
        body: JSON.stringify({ outcome, note: "" }),
      });
      expect(response.status).toBe(200);
    }
    expect((await fetch(`${first.url}/api/registrations/${withdrawn.id}/withdrawal?token=${withdrawn.statusToken}`, { method: "POST" })).status).toBe(204);
    await first.stop();

    // 30 days later to the millisecond: not yet; one more day: gone.
    clock.now = new Date(clock.now.getTime() + 30 * day);
    const second = await startServer(databasePath, options);
    expect(second.store.erasures()).toEqual([]);
    await second.stop();

    clock.now = new Date(clock.now.getTime() + day);
    const third = await startServer(databasePath, options);
    try {
      const left = ["submitted", "registered", "rejected"].flatMap((status) => third.store.reviewList(status as "submitted").map((e) => e.id));
      expect(left.sort()).toEqual([waiting.id, registered.id].sort());
      expect(third.store.agreementFile(rejected.id)).toBeUndefined();
      expect(third.store.submissionStatus(withdrawn.id)).toBeUndefined();
      expect(third.store.erasures()).toEqual([
        { at: "2026-02-10T08:00:00.000Z", reason: "retention", review: expect.stringMatching(/^(rejected|withdrawn)$/), receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { at: "2026-02-10T08:00:00.000Z", reason: "retention", review: expect.stringMatching(/^(rejected|withdrawn)$/), receiptHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
    } finally {
      await third.stop();
    }
  });

  it("runs again every day while the server is up", async () => {
    const clock = { now: new Date("2026-01-10T08:00:00.000Z") };
    // Only the daily timer is the test's; everything else keeps real time.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const server = await startServer(`${temp.dir}/daily.sqlite`, { now: () => clock.now, retentionDays: 30 });
    try {
      const { id, statusToken } = await submit(server, eligibleApplication(7), 7);
      expect((await fetch(`${server.url}/api/registrations/${id}/withdrawal?token=${statusToken}`, { method: "POST" })).status).toBe(204);
      clock.now = new Date(clock.now.getTime() + 31 * day);
      expect(server.store.submissionStatus(id)?.review).toBe("withdrawn");
      vi.advanceTimersByTime(day);
      expect(server.store.submissionStatus(id)).toBeUndefined();
      expect(server.store.erasures().map((e) => [e.reason, e.review])).toEqual([["retention", "withdrawn"]]);
    } finally {
      await server.stop();
      vi.useRealTimers();
    }
  });
});

describe("the log", () => {
  it("holds no bodies, names, e-mail addresses, tokens, passwords or cookies", async () => {
    const lines: string[] = [];
    const server = await startServer(`${temp.dir}/log.sqlite`, { office: credentials, logger: { level: "trace", stream: { write: (line) => lines.push(line) } } });
    let id = "";
    let statusToken = "";
    try {
      ({ id, statusToken } = await submit(server, eligibleApplication(6), 6));
      expect((await fetch(`${server.url}/api/registrations/${id}/status?token=${statusToken}`)).status).toBe(200);
      const failed = await fetch(`${server.url}/api/office/session`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ username: office.user, password: "falsches Passwort" }),
      });
      expect(failed.status).toBe(401);
      const cookie = await officeCookie(server);
      expect((await fetch(`${server.url}/api/office/registrations/${id}`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await server.stop();
    }
    const log = lines.join("");
    expect(log).toContain(`"path":"/api/registrations/${id}/status"`);
    const secrets = [statusToken, "Anna Schmidt", "Bernd Meyer", "Gymnasium am Stadtpark", "Stadtarchiv", "@", office.password, "falsches Passwort", office.user, "bp_office", "token="];
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
  });
});
