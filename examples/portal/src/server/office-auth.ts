import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { OfficeStore } from "./office-store.js";
import { concurrencyLimit, windowCounter } from "./rate-limit.js";
import { sha256Hex } from "./store.js";

/** An office account given by `OFFICE_USER` and `OFFICE_PASSWORD_HASH` (more accounts live in the database). */
export interface OfficeCredentials {
  user: string;
  /** `scrypt$N$r$p$salt$hash` (salt and hash base64url), as {@link hashPassword} prints it. */
  passwordHash: string;
}

/** How long a session lasts after sign-in, and how sign-ins are limited. */
export const officeLimits = {
  sessionMs: 8 * 60 * 60 * 1000,
  /** Sign-in attempts per address within the window; each counts before its password is checked. */
  failedSignIns: 5,
  failedWindowMs: 15 * 60 * 1000,
  /** Failed sign-ins of one account (from any address) within the window before each attempt waits. */
  accountFreeFailures: 5,
  /** The wait after those: doubled with each further failure, up to `accountMaxDelayMs`. */
  accountDelayMs: 500,
  accountMaxDelayMs: 10_000,
  /** scrypt runs at the same time: each takes 32 MB and a thread of libuv's pool of four. */
  scryptConcurrency: 2,
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

const hashOptions = { N: 2 ** 15, r: 8, p: 1 };
const hashScrypt = { ...hashOptions, maxmem: 256 * hashOptions.N * hashOptions.r + 1024 * 1024 };

/** Hashes a password for `OFFICE_PASSWORD_HASH` or an office account (scrypt, N = 2^15, r = 8, p = 1, 16-byte salt). */
export async function hashPassword(password: string): Promise<string> {
  const options = hashOptions;
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32, hashScrypt);
  return `scrypt$${options.N}$${options.r}$${options.p}$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** Compares two texts in constant time (their SHA-256 digests, so that lengths do not leak). */
export const sameText = (a: string, b: string): boolean => timingSafeEqual(Buffer.from(sha256Hex(a), "hex"), Buffer.from(sha256Hex(b), "hex"));

/** The outcome of a sign-in, as data. */
export type SignInResult = { kind: "signed-in"; session: string } | { kind: "refused" } | { kind: "rate-limited" };

/** Sign-in, sessions and the limits on sign-ins of the office area; times come from `now`. */
export interface OfficeAuth {
  signIn(username: string, password: string, client: string): Promise<SignInResult>;
  /** The account a session belongs to, while it is known, not expired and its account still exists. */
  account(session: string | undefined): string | undefined;
  /** Whether the session is known and not expired. */
  valid(session: string | undefined): boolean;
  signOut(session: string | undefined): void;
  /** Whether any account exists (`OFFICE_USER` or one in the database): else the office area is off. */
  enabled(): boolean;
}

/** Options of {@link officeAuth}. */
export interface OfficeAuthOptions {
  /** The account of `OFFICE_USER` and `OFFICE_PASSWORD_HASH`, beside those in the database. */
  credentials?: OfficeCredentials | undefined;
  /** How a slowed-down attempt waits; a timer by default (tests record the waits instead). */
  wait?: (ms: number) => Promise<void>;
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The office's sign-in. Every attempt counts against its address before the password is checked,
 * so that parallel guesses count one by one; after five in 15 minutes the address gets `rate-limited`
 * until the window has passed. Failures of one account, from any address, slow its next attempts
 * down (never refuse them), so that nobody can lock the right user out from elsewhere. scrypt runs
 * behind a small limit, so that a flood of sign-ins cannot fill libuv's thread pool. A wrong user
 * name costs the same scrypt run as a wrong password. Sessions are stored (their SHA-256 only)
 * with the account, so that a restart signs no one out.
 */
export function officeAuth(store: OfficeStore, now: () => Date, options: OfficeAuthOptions = {}): OfficeAuth {
  const { credentials, wait = timer } = options;
  if (credentials && !parsePasswordHash(credentials.passwordHash)) throw new Error("OFFICE_PASSWORD_HASH ist kein scrypt-Hash (scrypt$N$r$p$salt$hash).");
  const attempts = windowCounter(officeLimits.failedWindowMs, now);
  const accountFailures = windowCounter(officeLimits.failedWindowMs, now);
  const limitScrypt = concurrencyLimit(officeLimits.scryptConcurrency);
  // An unknown user name is checked against this, at the cost of a real account's hash.
  const unknownUser: ParsedHash = { options: hashScrypt, salt: randomBytes(16), hash: randomBytes(32) };
  const passwordHash = (username: string) => (credentials && sameText(username, credentials.user) ? credentials.passwordHash : store.passwordHash(username));
  const delay = (failures: number) => {
    const over = failures - officeLimits.accountFreeFailures;
    return over < 0 ? 0 : Math.min(officeLimits.accountDelayMs * 2 ** over, officeLimits.accountMaxDelayMs);
  };

  function account(session: string | undefined): string | undefined {
    if (!session) return undefined;
    const found = store.session(sha256Hex(session), now().getTime());
    return found && passwordHash(found.username) !== undefined ? found.username : undefined;
  }

  return {
    async signIn(username, password, client) {
      if (attempts.count(client) >= officeLimits.failedSignIns) return { kind: "rate-limited" };
      attempts.add(client);
      const waitMs = delay(accountFailures.count(username));
      if (waitMs > 0) await wait(waitMs);
      const stored = passwordHash(username);
      const parsed = (stored && parsePasswordHash(stored)) || unknownUser;
      const key = await limitScrypt(() => scryptAsync(password, parsed.salt, parsed.hash.length, parsed.options));
      if (stored === undefined || !timingSafeEqual(key, parsed.hash)) {
        accountFailures.add(username);
        return { kind: "refused" };
      }
      attempts.clear(client);
      const session = randomBytes(32).toString("base64url");
      const at = now().getTime();
      store.addSession(sha256Hex(session), { username, expiresAt: at + officeLimits.sessionMs }, at);
      return { kind: "signed-in", session };
    },
    account,
    valid: (session) => account(session) !== undefined,
    signOut(session) {
      if (session) store.removeSession(sha256Hex(session));
    },
    enabled: () => credentials !== undefined || store.accounts().length > 0,
  };
}
