import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { sha256Hex } from "./store.js";

/** The programme office's sign-in, from `OFFICE_USER` and `OFFICE_PASSWORD_HASH`. */
export interface OfficeCredentials {
  user: string;
  /** `scrypt$N$r$p$salt$hash` (salt and hash base64url), as {@link hashPassword} prints it. */
  passwordHash: string;
}

/** How long a session lasts after sign-in, and how failed sign-ins are limited. */
export const officeLimits = {
  sessionMs: 8 * 60 * 60 * 1000,
  failedSignIns: 5,
  failedWindowMs: 15 * 60 * 1000,
} as const;

interface ParsedHash {
  options: ScryptOptions;
  salt: Buffer;
  hash: Buffer;
}

const scryptAsync = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/** Reads a `scrypt$N$r$p$salt$hash` string; undefined when it is not one. */
export function parsePasswordHash(text: string): ParsedHash | undefined {
  const parts = text.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4]!, "base64url");
  const hash = Buffer.from(parts[5]!, "base64url");
  const power = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!power || !Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1 || salt.length < 16 || hash.length < 32) return undefined;
  return { options: { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, salt, hash };
}

/** Hashes a password for `OFFICE_PASSWORD_HASH` (scrypt, N = 2^15, r = 8, p = 1, 16-byte salt). */
export async function hashPassword(password: string): Promise<string> {
  const options = { N: 2 ** 15, r: 8, p: 1 };
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, { ...options, maxmem: 256 * options.N * options.r + 1024 * 1024 });
  return `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** Compares two texts in constant time (their SHA-256 digests, so that lengths do not leak). */
export const sameText = (a: string, b: string): boolean => timingSafeEqual(Buffer.from(sha256Hex(a), "hex"), Buffer.from(sha256Hex(b), "hex"));

/** The outcome of a sign-in, as data. */
export type SignInResult = { kind: "signed-in"; session: string } | { kind: "refused" } | { kind: "rate-limited" };

/** Sign-in, sessions and the limit on failed sign-ins of the office area; times come from `now`. */
export interface OfficeAuth {
  signIn(username: string, password: string, client: string): Promise<SignInResult>;
  /** Whether the session is known and not expired. */
  valid(session: string | undefined): boolean;
  signOut(session: string | undefined): void;
}

/**
 * The office's sign-in. A wrong user name costs the same scrypt run as a wrong password, so that
 * the answer and its timing say nothing about which was wrong. Sessions live in memory (a restart
 * signs everyone out); only their SHA-256 is kept.
 */
export function officeAuth(credentials: OfficeCredentials, now: () => Date): OfficeAuth {
  const parsed = parsePasswordHash(credentials.passwordHash);
  if (!parsed) throw new Error("OFFICE_PASSWORD_HASH ist kein scrypt-Hash (scrypt$N$r$p$salt$hash).");
  const sessions = new Map<string, number>();
  const failures = new Map<string, number[]>();
  const recentFailures = (client: string) => (failures.get(client) ?? []).filter((t) => t > now().getTime() - officeLimits.failedWindowMs);

  return {
    async signIn(username, password, client) {
      const recent = recentFailures(client);
      if (recent.length >= officeLimits.failedSignIns) return { kind: "rate-limited" };
      const key = await scryptAsync(password, parsed.salt, parsed.hash.length, parsed.options);
      const userOk = sameText(username, credentials.user);
      const passwordOk = timingSafeEqual(key, parsed.hash);
      if (!userOk || !passwordOk) {
        failures.set(client, [...recent, now().getTime()]);
        return { kind: "refused" };
      }
      failures.delete(client);
      // Expired sessions go here, so that the map does not grow with every sign-in.
      for (const [key, expires] of sessions) if (expires <= now().getTime()) sessions.delete(key);
      const session = randomBytes(32).toString("base64url");
      sessions.set(sha256Hex(session), now().getTime() + officeLimits.sessionMs);
      return { kind: "signed-in", session };
    },
    valid(session) {
      if (!session) return false;
      const key = sha256Hex(session);
      const expires = sessions.get(key);
      if (expires === undefined) return false;
      if (expires <= now().getTime()) {
        sessions.delete(key);
        return false;
      }
      return true;
    },
    signOut(session) {
      if (session) sessions.delete(sha256Hex(session));
    },
  };
}
