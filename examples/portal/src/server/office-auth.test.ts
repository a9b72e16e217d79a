import { afterEach, describe, expect, it } from "vitest";
import { office } from "../../test/fixtures.js";
import { hashPassword, officeAuth, officeLimits, parsePasswordHash, sameText } from "./office-auth.js";
import { openStore, type Store } from "./store.js";

const stores: Store[] = [];
/** An empty database in memory for the accounts and sessions. */
function memoryStore(): Store {
  const store = openStore(":memory:");
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe("office sign-in", () => {
  it("hashes with scrypt in the documented format and never keeps the password", async () => {
    const hash = await hashPassword("ein langes Passwort");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain("Passwort");
    expect(parsePasswordHash(hash)).toBeDefined();
    expect(await hashPassword("ein langes Passwort")).not.toBe(hash);
    for (const bad of ["", "ein langes Passwort", "argon2$x", "scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "scrypt$32768$0$1$c2FsdA$aGFzaA"]) {
      expect(parsePasswordHash(bad), bad).toBeUndefined();
    }
  });

  it("signs in with the right pair only, limits failures per client, and ends sessions on time and on sign-out", async () => {
    let now = new Date("2026-01-01T08:00:00.000Z");
    const auth = officeAuth(memoryStore().office, () => now, { credentials: { user: office.user, passwordHash: office.passwordHash } });
    const session = await auth.signIn(office.user, office.password, "a");
    if (session.kind !== "signed-in") throw new Error(session.kind);
    expect(auth.valid(session.session)).toBe(true);
    expect(auth.valid("erfunden")).toBe(false);
    expect(auth.valid(undefined)).toBe(false);

    expect(await auth.signIn(office.user, "falsch", "b")).toEqual({ kind: "refused" });
    expect(await auth.signIn("unbekannt", office.password, "b")).toEqual({ kind: "refused" });
    for (let i = 2; i < officeLimits.failedSignIns; i++) await auth.signIn(office.user, "falsch", "b");
    expect(await auth.signIn(office.user, office.password, "b")).toEqual({ kind: "rate-limited" });
    expect((await auth.signIn(office.user, office.password, "c")).kind).toBe("signed-in");
    now = new Date(now.getTime() + officeLimits.failedWindowMs + 1);
    expect((await auth.signIn(office.user, office.password, "b")).kind).toBe("signed-in");

    expect(auth.valid(session.session)).toBe(true);
    now = new Date(Date.parse("2026-01-01T08:00:00.000Z") + officeLimits.sessionMs);
    expect(auth.valid(session.session)).toBe(false);

    const second = await auth.signIn(office.user, office.password, "a");
    if (second.kind !== "signed-in") throw new Error(second.kind);
    auth.signOut(second.session);
    expect(auth.valid(second.session)).toBe(false);
  });

  it("counts parallel guesses one by one: of 100 at once from one address, 5 reach the password check", async () => {
    const now = new Date("2026-01-01T08:00:00.000Z");
    const auth = officeAuth(memoryStore().office, () => now, { credentials: { user: office.user, passwordHash: office.passwordHash } });
    const results = await Promise.all(Array.from({ length: 100 }, () => auth.signIn(office.user, "falsch", "a")));
    expect(results.filter((r) => r.kind === "refused")).toHaveLength(officeLimits.failedSignIns);
    expect(results.filter((r) => r.kind === "rate-limited")).toHaveLength(100 - officeLimits.failedSignIns);
    expect((await auth.signIn(office.user, office.password, "b")).kind).toBe("signed-in");
  });

  it("slows an account down after failures from many addresses, and still lets the right password in", async () => {
    const now = new Date("2026-01-01T08:00:00.000Z");
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    const auth = officeAuth(memoryStore().office, () => now, { credentials: { user: office.user, passwordHash: office.passwordHash }, wait });
    for (let i = 0; i < 8; i++) expect(await auth.signIn(office.user, "falsch", `10.0.0.${i}`)).toEqual({ kind: "refused" });
    expect(waits).toEqual([500, 1000, 2000]);
    expect((await auth.signIn(office.user, office.password, "10.0.1.1")).kind).toBe("signed-in");
    expect(waits.at(-1)).toBe(4000);
  });

  it("keeps several accounts and their sessions in the database: a new instance (a restart) knows them", async () => {
    const store = memoryStore();
    const now = new Date("2026-01-01T08:00:00.000Z");
    store.office.saveAccount("anna", await hashPassword("Annas langes Passwort"), now.toISOString());
    store.office.saveAccount("bernd", office.passwordHash, now.toISOString());
    const first = officeAuth(store.office, () => now);
    expect(first.enabled()).toBe(true);
    const anna = await first.signIn("anna", "Annas langes Passwort", "a");
    const bernd = await first.signIn("bernd", office.password, "b");
    if (anna.kind !== "signed-in" || bernd.kind !== "signed-in") throw new Error("not signed in");
    const second = officeAuth(store.office, () => now);
    expect([second.account(anna.session), second.account(bernd.session)]).toEqual(["anna", "bernd"]);
    second.signOut(anna.session);
    expect([first.account(anna.session), first.account(bernd.session)]).toEqual([undefined, "bernd"]);
    // Removing an account ends its sessions.
    expect(store.office.removeAccount("bernd")).toBe(true);
    expect(second.valid(bernd.session)).toBe(false);
    expect(second.enabled()).toBe(true);
    store.office.removeAccount("anna");
    expect(second.enabled()).toBe(false);
  });

  it("compares texts of any length in constant time", () => {
    expect(sameText("abc", "abc")).toBe(true);
    expect(sameText("abc", "abcd")).toBe(false);
  });
});
