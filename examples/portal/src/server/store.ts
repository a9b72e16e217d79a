import { createHash, randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { sameInstitutionName } from "@bildungspartner/agreement";
import type { Application, CategoryId, Decision, SchoolTypeId } from "@bildungspartner/core";
import type { Receipt } from "@bildungspartner/core/audit";
import Database from "better-sqlite3";
import { searchKey, type DirectoryEntry, type DirectoryQuery, type RegistrationStatus } from "../shared/directory.js";
import type { AgreementReading, OfficeEntry, OfficeRegistration, PossibleDuplicate, ReviewStatus } from "../shared/office.js";
import { migrate } from "./migrations.js";
import { officeStore, type OfficeStore } from "./office-store.js";

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
  /** SHA-256 (hex) of the school's status token; the token itself is never stored. */
  tokenSha256: string;
  /** Core's receipt of the Decision at submission. */
  receipt: Receipt;
  /** When the school submitted, ISO timestamp (UTC). */
  submittedAt: string;
  /** The school's „Begründung“ for a needs-review submission. */
  justification?: string;
}

/** The office's decision on a submitted registration. */
export interface ReviewDecision {
  outcome: "registered" | "rejected";
  note: string;
  /** The reason the school reads at its status link; none when empty. */
  reason?: string;
  /** Core's receipt of the Decision at the moment of the office's decision. */
  receipt: Receipt;
  at: string;
  /** The office account that decided; named in the decision log. */
  account?: string;
}

/** What a school may see at its private status link, with the token's hash to check the link against. */
export interface SubmissionStatus {
  id: string;
  review: ReviewStatus;
  decisionStatus: RegistrationStatus;
  schoolName: string;
  submittedAt: string;
  decidedAt: string | null;
  /** The office's reason for the school. */
  reason: string | null;
  /** The stored Decision's next steps (for the stage after submission). */
  nextSteps: string[];
  tokenSha256: string;
}

/** The outcome of a change of review status, as data. */
export type ReviewChange = "changed" | "not_found" | "not_submitted";

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
  /** Stores a submission and its file in one transaction (status `submitted`); returns the new id. */
  submit(registration: NewRegistration): string;
  /** The public directory (registered entries only), filtered, sorted by school name. */
  list(query?: DirectoryQuery): DirectoryEntry[];
  /** One public (registered) entry, or undefined. */
  get(id: string): DirectoryEntry | undefined;
  /** The stored agreement file's metadata and report, for review (never served publicly). */
  agreementFile(id: string): StoredFileInfo | undefined;
  /** The stored agreement file itself, for the office's download. */
  agreementContent(id: string): { fileName: string; mediaType: string; bytes: Buffer } | undefined;
  /** The office's list: every registration with this review status, oldest submission first. */
  reviewList(review: ReviewStatus): OfficeEntry[];
  /** Everything stored about one registration, for the office. */
  reviewDetail(id: string): OfficeRegistration | undefined;
  /** Registers or rejects a submitted registration. */
  decide(id: string, decision: ReviewDecision): ReviewChange;
  /** The school withdraws its submission (only while submitted). */
  withdraw(id: string, at: string): ReviewChange;
  /** The status a school's private link shows, with the token hash to check the link against. */
  submissionStatus(id: string): SubmissionStatus | undefined;
  /** Erases a registration, its partners and its file; keeps an anonymous audit line. False when unknown. */
  erase(id: string, at: string, reason: "office" | "retention"): boolean;
  /** Erases every rejected or withdrawn registration decided before `before` (ISO); returns how many. */
  eraseExpired(before: string, at: string): number;
  /** The anonymous audit lines of erasures. */
  erasures(): { at: string; reason: string; review: string; receiptHash: string | null }[];
  /** The office's accounts, sessions and decision log. */
  office: OfficeStore;
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
  r.id, r.school_name, r.school_type, r.start_date, coalesce(r.decided_at, r.registered_at) AS registered_at, r.status,
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

/** SHA-256 (hex) of a text: how tokens and receipts are kept when only their identity matters. */
export const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");

/** `%` and `_` in a search are meant literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Opens (or creates) the database at `path` and brings its schema up to date. `":memory:"` works
 * for throwaway stores.
 */
export function openStore(path: string): Store {
  if (path !== ":memory:") {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Personal data: readable by the server's user only. SQLite gives its -wal and -shm files the same mode.
    if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  }
  const db = new Database(path);
  // WAL: readers never wait for the writer; a crash never leaves half a transaction behind.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // Erased personal data is overwritten on disk, not left in free pages.
  db.pragma("secure_delete = ON");
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const insertRegistration = db.prepare(
    `INSERT INTO registrations (id, registered_at, school_name, school_type, start_date, application, decision, status, search_text,
                                review, token_sha256, submission_receipt, school_number, justification)
     VALUES (@id, @registeredAt, @schoolName, @schoolType, @startDate, @application, @decision, @status, @searchText,
             'submitted', @tokenSha256, @receipt, @schoolNumber, @justification)`,
  );
  const insertPartner = db.prepare(
    "INSERT INTO registration_partners (registration_id, position, name, category) VALUES (?, ?, ?, ?)",
  );
  const insertFile = db.prepare(
    `INSERT INTO agreement_files (registration_id, file_name, media_type, size, sha256, content, report)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectOne = db.prepare<[string], EntryRow>(`SELECT ${entryColumns} FROM registrations r WHERE r.id = ? AND r.review = 'registered'`);
  const selectContent = db.prepare<[string], { file_name: string; media_type: string; content: Buffer }>(
    "SELECT file_name, media_type, content FROM agreement_files WHERE registration_id = ?",
  );
  const selectReviewList = db.prepare<[string], EntryRow & { review: string; submitted_at: string; decided_at: string | null }>(
    `SELECT ${entryColumns}, r.review, r.registered_at AS submitted_at, r.decided_at FROM registrations r
     WHERE r.review = ? ORDER BY r.registered_at, r.id`,
  );
  const selectDetail = db.prepare<
    [string],
    EntryRow & {
      review: string;
      submitted_at: string;
      decided_at: string | null;
      application: string;
      decision: string;
      note: string | null;
      submission_receipt: string | null;
      decision_receipt: string | null;
      decided_by: string | null;
      school_reason: string | null;
      justification: string | null;
      school_number: string | null;
    }
  >(
    `SELECT ${entryColumns}, r.review, r.registered_at AS submitted_at, r.decided_at, r.application, r.decision, r.note,
            r.submission_receipt, r.decision_receipt, r.decided_by, r.school_reason, r.justification, r.school_number
     FROM registrations r WHERE r.id = ?`,
  );
  const selectStatus = db.prepare<
    [string],
    { id: string; review: string; status: string; school_name: string; registered_at: string; decided_at: string | null; token_sha256: string; school_reason: string | null; next_steps: string | null }
  >(
    `SELECT id, review, status, school_name, registered_at, decided_at, token_sha256, school_reason,
            (SELECT json_group_array(json_extract(step.value, '$.message')) FROM json_each(decision, '$.nextSteps') AS step) AS next_steps
     FROM registrations WHERE id = ?`,
  );
  const updateDecision = db.prepare<{ id: string; outcome: string; note: string; reason: string | null; receipt: string; at: string; account: string | null }>(
    `UPDATE registrations SET review = @outcome, note = @note, school_reason = @reason, decision_receipt = @receipt, decided_at = @at, decided_by = @account
     WHERE id = @id AND review = 'submitted'`,
  );
  const insertDecisionLine = db.prepare<[string, string, string, string | null]>("INSERT INTO decision_log (at, account, outcome, receipt_hash) VALUES (?, ?, ?, ?)");
  // Open or registered entries of the same school number; whether a partner is the same is judged by name below.
  const selectSameSchool = db.prepare<[string, string], EntryRow & { review: string; submitted_at: string }>(
    `SELECT ${entryColumns}, r.review, r.registered_at AS submitted_at FROM registrations r
     WHERE r.school_number = ? AND r.id <> ? AND r.review IN ('submitted', 'registered') ORDER BY r.registered_at, r.id`,
  );
  const updateWithdrawn = db.prepare<[string, string]>("UPDATE registrations SET review = 'withdrawn', decided_at = ? WHERE id = ? AND review = 'submitted'");
  const exists = db.prepare<[string], { id: string }>("SELECT id FROM registrations WHERE id = ?");
  const selectForErasure = db.prepare<[string], { review: string; submission_receipt: string | null }>(
    "SELECT review, submission_receipt FROM registrations WHERE id = ?",
  );
  const deleteOne = db.prepare<[string]>("DELETE FROM registrations WHERE id = ?");
  const insertErasure = db.prepare<[string, string, string, string | null]>("INSERT INTO erasures (at, reason, review, receipt_hash) VALUES (?, ?, ?, ?)");
  const selectExpired = db.prepare<[string], { id: string }>(
    "SELECT id FROM registrations WHERE review IN ('rejected', 'withdrawn') AND decided_at < ?",
  );
  const selectFile = db.prepare<[string], { file_name: string; media_type: string; size: number; sha256: string; report: string }>(
    "SELECT file_name, media_type, size, sha256, report FROM agreement_files WHERE registration_id = ?",
  );

  const submit = db.transaction((registration: NewRegistration): string => {
    const id = randomUUID();
    const { application, decision, agreement } = registration;
    insertRegistration.run({
      id,
      registeredAt: registration.submittedAt,
      tokenSha256: registration.tokenSha256,
      receipt: JSON.stringify(registration.receipt),
      schoolName: application.school.name,
      schoolType: application.school.type,
      startDate: application.agreement.startDate,
      application: JSON.stringify(application),
      decision: JSON.stringify(decision),
      status: decision.status,
      searchText: searchKey([application.school.name, ...application.partners.map((p) => p.name)].join("\n")),
      schoolNumber: application.school.schoolNumber ?? null,
      justification: registration.justification ?? null,
    });
    application.partners.forEach((partner, position) => insertPartner.run(id, position, partner.name, partner.category));
    if (agreement) {
      const sha256 = createHash("sha256").update(agreement.bytes).digest("hex");
      insertFile.run(id, agreement.fileName, agreement.mediaType, agreement.bytes.byteLength, sha256, agreement.bytes, JSON.stringify(agreement.report));
    }
    return id;
  });

  const agreementFile = (id: string): StoredFileInfo | undefined => {
    const row = selectFile.get(id);
    return row && { fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.sha256, report: JSON.parse(row.report) as unknown };
  };
  /** Entries of the same school number with a partner of the same name (written as people write names). */
  const possibleDuplicates = (id: string, schoolNumber: string | null, partners: readonly { name: string }[]): PossibleDuplicate[] =>
    schoolNumber === null
      ? []
      : selectSameSchool
          .all(schoolNumber, id)
          .map((row) => ({ entry: toEntry(row), review: row.review as ReviewStatus, submittedAt: row.submitted_at }))
          .filter(({ entry }) => entry.partners.some((other) => partners.some((own) => sameInstitutionName(own.name, other.name))))
          .map(({ entry, review, submittedAt }) => ({ id: entry.id, school: entry.school.name, partners: entry.partners.map((p) => p.name), review, submittedAt }));
  const change = (id: string, changed: boolean): ReviewChange => (changed ? "changed" : exists.get(id) ? "not_submitted" : "not_found");
  const decide = db.transaction((id: string, decision: ReviewDecision): ReviewChange => {
    const { outcome, note, at } = decision;
    const account = decision.account ?? null;
    const changed = updateDecision.run({ id, outcome, note, reason: decision.reason || null, receipt: JSON.stringify(decision.receipt), at, account }).changes === 1;
    if (changed && account !== null) {
      // The same hash as an erasure's line, so that the two lines of one submission can be matched.
      const receipt = selectForErasure.get(id)?.submission_receipt ?? null;
      insertDecisionLine.run(at, account, outcome, receipt === null ? null : sha256Hex(receipt));
    }
    return change(id, changed);
  });
  const erase = db.transaction((id: string, at: string, reason: "office" | "retention"): boolean => {
    const row = selectForErasure.get(id);
    if (!row) return false;
    // The file and the partners go with the row (ON DELETE CASCADE).
    deleteOne.run(id);
    insertErasure.run(at, reason, row.review, row.submission_receipt === null ? null : sha256Hex(row.submission_receipt));
    return true;
  });
  const eraseExpired = db.transaction((before: string, at: string): number => {
    const ids = selectExpired.all(before).map((row) => row.id);
    for (const id of ids) erase(id, at, "retention");
    return ids.length;
  });

  return {
    submit: (registration) => submit.immediate(registration),
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
      where.unshift("r.review = 'registered'");
      const sql = `SELECT ${entryColumns} FROM registrations r
        WHERE ${where.join(" AND ")}
        ORDER BY r.school_name COLLATE NOCASE, r.registered_at`;
      return db.prepare<(string | number)[], EntryRow>(sql).all(...params).map(toEntry);
    },
    get(id) {
      const row = selectOne.get(id);
      return row && toEntry(row);
    },
    agreementFile,
    agreementContent(id) {
      const row = selectContent.get(id);
      return row && { fileName: row.file_name, mediaType: row.media_type, bytes: row.content };
    },
    reviewList: (review) =>
      selectReviewList.all(review).map((row) => ({
        ...toEntry(row),
        review: row.review as ReviewStatus,
        submittedAt: row.submitted_at,
        decidedAt: row.decided_at,
      })),
    reviewDetail(id) {
      const row = selectDetail.get(id);
      if (!row) return undefined;
      const file = agreementFile(id);
      const parse = (text: string | null) => (text === null ? null : (JSON.parse(text) as Receipt));
      const entry = toEntry(row);
      return {
        ...entry,
        review: row.review as ReviewStatus,
        submittedAt: row.submitted_at,
        decidedAt: row.decided_at,
        note: row.note,
        decidedBy: row.decided_by,
        reason: row.school_reason,
        justification: row.justification,
        duplicates: possibleDuplicates(id, row.school_number, entry.partners),
        application: JSON.parse(row.application) as Application,
        decision: JSON.parse(row.decision) as Decision,
        agreement: file ? { fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256, report: file.report as AgreementReading } : null,
        receipts: { submission: parse(row.submission_receipt), decision: parse(row.decision_receipt) },
      };
    },
    decide: (id, decision) => decide.immediate(id, decision),
    withdraw: (id, at) => change(id, updateWithdrawn.run(at, id).changes === 1),
    submissionStatus(id) {
      const row = selectStatus.get(id);
      return (
        row && {
          id: row.id,
          review: row.review as ReviewStatus,
          decisionStatus: row.status as RegistrationStatus,
          schoolName: row.school_name,
          submittedAt: row.registered_at,
          decidedAt: row.decided_at,
          reason: row.school_reason,
          nextSteps: row.next_steps === null ? [] : (JSON.parse(row.next_steps) as string[]),
          tokenSha256: row.token_sha256,
        }
      );
    },
    erase: (id, at, reason) => erase.immediate(id, at, reason),
    eraseExpired: (before, at) => eraseExpired.immediate(before, at),
    erasures: () =>
      db
        .prepare<[], { at: string; reason: string; review: string; receipt_hash: string | null }>("SELECT at, reason, review, receipt_hash FROM erasures ORDER BY rowid")
        .all()
        .map((row) => ({ at: row.at, reason: row.reason, review: row.review, receiptHash: row.receipt_hash })),
    office: officeStore(db),
    close: () => db.close(),
  };
}
