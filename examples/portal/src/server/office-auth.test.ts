import { describe, expect, it } from "vitest";
import { office } from "../../test/fixtures.js";
import { hashPassword, officeAuth, officeLimits, parsePasswordHash, sameText } from "./office-auth.js";

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
    const auth = officeAuth({ user: office.user, passwordHash: office.passwordHash }, () => now);
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

  it("compares texts of any length in constant time", () => {
    expect(sameText("abc", "abc")).toBe(true);
    expect(sameText("abc", "abcd")).toBe(false);
  });
});
