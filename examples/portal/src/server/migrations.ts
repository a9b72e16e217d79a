import type { Database } from "better-sqlite3";
import { searchKey } from "../shared/directory.js";

/**
 * The schema's history. `PRAGMA user_version` holds how many of these a database has had; on start
 * the missing ones run in order, each in its own transaction. Append only: never edit a migration
 * that has shipped.
 */
export const migrations: ReadonlyArray<(db: Database) => void> = [
  // 1: registrations, their partners, and the uploaded agreement file.
  (db) => {
    db.exec(`
      CREATE TABLE registrations (
        id            TEXT PRIMARY KEY,
        registered_at TEXT NOT NULL,
        school_name   TEXT NOT NULL,
        school_type   TEXT NOT NULL,
        start_date    TEXT NOT NULL,
        -- The whole checked application, contacts included: kept for the programme, never public.
        application   TEXT NOT NULL,
        decision      TEXT NOT NULL
      ) STRICT;
      CREATE TABLE registration_partners (
        registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        name            TEXT NOT NULL,
        category        TEXT NOT NULL,
        PRIMARY KEY (registration_id, position)
      ) STRICT;
      CREATE TABLE agreement_files (
        registration_id TEXT PRIMARY KEY REFERENCES registrations (id) ON DELETE CASCADE,
        file_name       TEXT NOT NULL,
        media_type      TEXT NOT NULL,
        size            INTEGER NOT NULL,
        sha256          TEXT NOT NULL,
        content         BLOB NOT NULL,
        -- The server's reading of the file (findings, mismatches with the form) for the reviewer.
        report          TEXT NOT NULL
      ) STRICT;
    `);
  },
  // 2: name search that folds German capitals (SQLite's lower() folds ASCII only), and indexes for
  // the directory's filters. Existing rows get their search text here.
  (db) => {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      CREATE INDEX registrations_by_school ON registrations (school_name COLLATE NOCASE, registered_at);
      CREATE INDEX registrations_by_start ON registrations (start_date);
      CREATE INDEX registration_partners_by_category ON registration_partners (category, registration_id);
    `);
    const rows = db
      .prepare<[], { id: string; names: string }>(
        `SELECT r.id, r.school_name || char(10) || coalesce(group_concat(p.name, char(10)), '') AS names
         FROM registrations r LEFT JOIN registration_partners p ON p.registration_id = r.id GROUP BY r.id`,
      )
      .all();
    const update = db.prepare<[string, string]>("UPDATE registrations SET search_text = ? WHERE id = ?");
    for (const row of rows) update.run(searchKey(row.names), row.id);
  },
  // 3: the Decision's status beside each registration: `eligible`, or `needs-review` when only
  // Soll-Kriterien are not met and Bildungspartner NRW decides. Rows stored before were eligible.
  (db) => {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN status TEXT NOT NULL DEFAULT 'eligible'
        CHECK (status IN ('eligible', 'needs-review'));
    `);
  },
  // 4: submission → review → registration. `review` is where a registration stands with the
  // programme office (rows stored before were in the directory: registered); the status link's token
  // is kept only as its SHA-256; receipts (core's createReceipt) of the submission and the decision;
  // an anonymous audit trail of erasures that keeps only the submission receipt's hash.
  (db) => {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN review TEXT NOT NULL DEFAULT 'registered'
        CHECK (review IN ('submitted', 'registered', 'rejected', 'withdrawn'));
      ALTER TABLE registrations ADD COLUMN token_sha256 TEXT NOT NULL DEFAULT '';
      ALTER TABLE registrations ADD COLUMN submission_receipt TEXT;
      ALTER TABLE registrations ADD COLUMN decision_receipt TEXT;
      ALTER TABLE registrations ADD COLUMN decided_at TEXT;
      ALTER TABLE registrations ADD COLUMN note TEXT;
      CREATE INDEX registrations_by_review ON registrations (review, decided_at);
      CREATE TABLE erasures (
        at           TEXT NOT NULL,
        reason       TEXT NOT NULL CHECK (reason IN ('office', 'retention')),
        review       TEXT NOT NULL,
        receipt_hash TEXT
      ) STRICT;
    `);
  },
  // 5: offices are teams: accounts (scrypt hashes, as `hash-password` prints them), sessions that
  // survive a restart (only the session id's SHA-256), and who decided: `decided_by` beside the
  // registration and a decision log that outlives an erasure (the submission only as its receipt's hash).
  (db) => {
    db.exec(`
      CREATE TABLE office_accounts (
        username      TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE TABLE office_sessions (
        id_sha256  TEXT PRIMARY KEY,
        username   TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX office_sessions_by_expiry ON office_sessions (expires_at);
      ALTER TABLE registrations ADD COLUMN decided_by TEXT;
      CREATE TABLE decision_log (
        at           TEXT NOT NULL,
        account      TEXT NOT NULL,
        outcome      TEXT NOT NULL CHECK (outcome IN ('registered', 'rejected')),
        receipt_hash TEXT
      ) STRICT;
    `);
  },
  // 6: what the office reads and writes beside the application: the school's reason („Begründung“)
  // for a needs-review submission, the office's reason for the school (shown at the status link,
  // unlike the internal note), and the school number as a column to find possible duplicates.
  (db) => {
    db.exec(`
      ALTER TABLE registrations ADD COLUMN justification TEXT;
      ALTER TABLE registrations ADD COLUMN school_reason TEXT;
      ALTER TABLE registrations ADD COLUMN school_number TEXT;
      UPDATE registrations SET school_number = json_extract(application, '$.school.schoolNumber');
      CREATE INDEX registrations_by_school_number ON registrations (school_number, review);
    `);
  },
];

/** Brings the database to the latest schema; returns the version it had before. */
export function migrate(db: Database, upTo: number = migrations.length): number {
  const before = db.pragma("user_version", { simple: true }) as number;
  if (before > migrations.length) {
    throw new Error(`Die Datenbank hat Schema-Version ${before}, dieses Programm kennt nur bis ${migrations.length}. / The database is newer than this program.`);
  }
  for (let version = before; version < upTo; version++) {
    db.transaction(() => {
      migrations[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return before;
}
