import type { Database } from "better-sqlite3";

/** One office account as listed: never its password hash. */
export interface OfficeAccount {
  username: string;
  createdAt: string;
}

/** A signed-in office session, found by its id's SHA-256. */
export interface OfficeSession {
  username: string;
  /** Milliseconds since 1970 (UTC). */
  expiresAt: number;
}

/** One line of the decisions' audit trail: who decided what, when; the submission only as its receipt's hash. */
export interface DecisionLine {
  at: string;
  account: string;
  outcome: "registered" | "rejected";
  receiptHash: string | null;
}

/** The office's accounts, its sessions (so that a restart signs no one out) and who decided what. */
export interface OfficeStore {
  /** The account's `scrypt$…` hash, or undefined for an unknown user name. */
  passwordHash(username: string): string | undefined;
  /** Adds an account, or gives an existing one a new password; true when it is new. */
  saveAccount(username: string, passwordHash: string, at: string): boolean;
  /** Removes an account and ends its sessions; false when there is none of that name. */
  removeAccount(username: string): boolean;
  accounts(): OfficeAccount[];
  /** Stores a new session (`now` in milliseconds: sessions expired by then are deleted). */
  addSession(idSha256: string, session: OfficeSession, now: number): void;
  /** The session, or undefined; expired sessions are deleted on the way. */
  session(idSha256: string, now: number): OfficeSession | undefined;
  removeSession(idSha256: string): void;
  decisionLines(): DecisionLine[];
}

/** The office's part of the portal's database (tables of migration 5). */
export function officeStore(db: Database): OfficeStore {
  const selectHash = db.prepare<[string], { password_hash: string }>("SELECT password_hash FROM office_accounts WHERE username = ?");
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO office_accounts (username, password_hash, created_at) VALUES (?, ?, ?)
     ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash`,
  );
  const deleteAccount = db.prepare<[string]>("DELETE FROM office_accounts WHERE username = ?");
  const deleteSessionsOf = db.prepare<[string]>("DELETE FROM office_sessions WHERE username = ?");
  const selectAccounts = db.prepare<[], { username: string; created_at: string }>("SELECT username, created_at FROM office_accounts ORDER BY username");
  const insertSession = db.prepare<[string, string, number]>("INSERT INTO office_sessions (id_sha256, username, expires_at) VALUES (?, ?, ?)");
  const selectSession = db.prepare<[string], { username: string; expires_at: number }>("SELECT username, expires_at FROM office_sessions WHERE id_sha256 = ?");
  const deleteSession = db.prepare<[string]>("DELETE FROM office_sessions WHERE id_sha256 = ?");
  const deleteExpired = db.prepare<[number]>("DELETE FROM office_sessions WHERE expires_at <= ?");
  const selectLines = db.prepare<[], { at: string; account: string; outcome: DecisionLine["outcome"]; receipt_hash: string | null }>(
    "SELECT at, account, outcome, receipt_hash FROM decision_log ORDER BY rowid",
  );
  const removeAccount = db.transaction((username: string) => {
    deleteSessionsOf.run(username);
    return deleteAccount.run(username).changes === 1;
  });

  return {
    passwordHash: (username) => selectHash.get(username)?.password_hash,
    saveAccount: (username, passwordHash, at) => {
      const existed = selectHash.get(username) !== undefined;
      upsert.run(username, passwordHash, at);
      return !existed;
    },
    removeAccount: (username) => removeAccount.immediate(username),
    accounts: () => selectAccounts.all().map((row) => ({ username: row.username, createdAt: row.created_at })),
    addSession(idSha256, session, now) {
      // Expired sessions go here, so that the table does not grow with every sign-in.
      deleteExpired.run(now);
      insertSession.run(idSha256, session.username, session.expiresAt);
    },
    session(idSha256, now) {
      const row = selectSession.get(idSha256);
      if (!row) return undefined;
      if (row.expires_at <= now) {
        deleteSession.run(idSha256);
        return undefined;
      }
      return { username: row.username, expiresAt: row.expires_at };
    },
    removeSession: (idSha256) => void deleteSession.run(idSha256),
    decisionLines: () => selectLines.all().map((row) => ({ at: row.at, account: row.account, outcome: row.outcome, receiptHash: row.receipt_hash })),
  };
}
