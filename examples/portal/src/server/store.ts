import { createHash, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Application, CategoryId, Decision, SchoolTypeId } from "@bildungspartner/core";
import Database from "better-sqlite3";
import { searchKey, type DirectoryEntry, type DirectoryQuery, type RegistrationStatus } from "../shared/directory.js";
import { migrate } from "./migrations.js";

/** An uploaded agreement, stored with its registration. */
export interface StoredFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  /** The server's reading of the file, kept for the person who reviews the registration. */
  report: unknown;
}

/**
 * What the server stores for a complete registration whose Decision is `eligible` or `needs-review`
 * (only Soll-Kriterien not met: Bildungspartner NRW decides).
 */
export interface NewRegistration {
  /** The application as checked: every field the directory shows is present. */
  application: Application & {
    school: { name: string; type: SchoolTypeId };
    partners: { name: string; category: CategoryId }[];
    agreement: { startDate: string };
  };
  decision: Decision & { status: RegistrationStatus };
  agreement?: StoredFile;
}

/** Metadata of a stored agreement file (not public). */
export interface StoredFileInfo {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  report: unknown;
}

/** The portal's data: registrations and their agreement files in one SQLite file. */
export interface Store {
  /** Stores a registration and its file in one transaction; returns the new id. */
  register(registration: NewRegistration): string;
  /** The public directory, filtered, sorted by school name. */
  list(query?: DirectoryQuery): DirectoryEntry[];
  /** One public entry, or undefined. */
  get(id: string): DirectoryEntry | undefined;
  /** The stored agreement file's metadata and report, for review (never served publicly). */
  agreementFile(id: string): StoredFileInfo | undefined;
  close(): void;
}

interface EntryRow {
  id: string;
  school_name: string;
  school_type: string;
  start_date: string;
  registered_at: string;
  status: string;
  partners: string;
}

const entryColumns = `
  r.id, r.school_name, r.school_type, r.start_date, r.registered_at, r.status,
  (SELECT json_group_array(json_object('name', p.name, 'category', p.category))
     FROM (SELECT name, category FROM registration_partners
           WHERE registration_id = r.id ORDER BY position) AS p) AS partners`;

const toEntry = (row: EntryRow): DirectoryEntry => ({
  id: row.id,
  school: { name: row.school_name, type: row.school_type as SchoolTypeId },
  partners: JSON.parse(row.partners) as DirectoryEntry["partners"],
  startDate: row.start_date,
  registeredAt: row.registered_at,
  status: row.status as RegistrationStatus,
});

/** `%` and `_` in a search are meant literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Opens (or creates) the database at `path` and brings its schema up to date. `":memory:"` works
 * for throwaway stores.
 */
export function openStore(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL: readers never wait for the writer; a crash never leaves half a transaction behind.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insertRegistration = db.prepare(
    `INSERT INTO registrations (id, registered_at, school_name, school_type, start_date, application, decision, status, search_text)
     VALUES (@id, @registeredAt, @schoolName, @schoolType, @startDate, @application, @decision, @status, @searchText)`,
  );
  const insertPartner = db.prepare(
    "INSERT INTO registration_partners (registration_id, position, name, category) VALUES (?, ?, ?, ?)",
  );
  const insertFile = db.prepare(
    `INSERT INTO agreement_files (registration_id, file_name, media_type, size, sha256, content, report)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectOne = db.prepare<[string], EntryRow>(`SELECT ${entryColumns} FROM registrations r WHERE r.id = ?`);
  const selectFile = db.prepare<[string], { file_name: string; media_type: string; size: number; sha256: string; report: string }>(
    "SELECT file_name, media_type, size, sha256, report FROM agreement_files WHERE registration_id = ?",
  );

  const register = db.transaction((registration: NewRegistration): string => {
    const id = randomUUID();
    const { application, decision, agreement } = registration;
    insertRegistration.run({
      id,
      registeredAt: new Date().toISOString(),
      schoolName: application.school.name,
      schoolType: application.school.type,
      startDate: application.agreement.startDate,
      application: JSON.stringify(application),
      decision: JSON.stringify(decision),
      status: decision.status,
      searchText: searchKey([application.school.name, ...application.partners.map((p) => p.name)].join("\n")),
    });
    application.partners.forEach((partner, position) => insertPartner.run(id, position, partner.name, partner.category));
    if (agreement) {
      const sha256 = createHash("sha256").update(agreement.bytes).digest("hex");
      insertFile.run(id, agreement.fileName, agreement.mediaType, agreement.bytes.byteLength, sha256, agreement.bytes, JSON.stringify(agreement.report));
    }
    return id;
  });

  return {
    register: (registration) => register.immediate(registration),
    list(query = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (query.category !== undefined) {
        where.push("EXISTS (SELECT 1 FROM registration_partners p WHERE p.registration_id = r.id AND p.category = ?)");
        params.push(query.category);
      }
      if (query.q !== undefined && query.q.trim() !== "") {
        where.push("r.search_text LIKE ? ESCAPE '\\'");
        params.push(likePattern(searchKey(query.q.trim())));
      }
      if (query.year !== undefined) {
        where.push("r.start_date >= ? AND r.start_date < ?");
        params.push(`${query.year}-01-01`, `${query.year + 1}-01-01`);
      }
      const sql = `SELECT ${entryColumns} FROM registrations r
        ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
        ORDER BY r.school_name COLLATE NOCASE, r.registered_at`;
      return db.prepare<(string | number)[], EntryRow>(sql).all(...params).map(toEntry);
    },
    get(id) {
      const row = selectOne.get(id);
      return row && toEntry(row);
    },
    agreementFile(id) {
      const row = selectFile.get(id);
      return row && { fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.sha256, report: JSON.parse(row.report) as unknown };
    },
    close: () => db.close(),
  };
}
