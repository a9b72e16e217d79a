import type { Finding } from "@bildungspartner/agreement";
import type { Application, Decision } from "@bildungspartner/core";
import type { Receipt } from "@bildungspartner/core/audit";
import type { DirectoryEntry } from "./directory.js";
import type { Mismatch } from "./mismatches.js";

/**
 * Where a registration stands with the programme office: `submitted` (waiting for review),
 * `registered` (in the public directory), `rejected` by the office, or `withdrawn` by the school.
 */
export type ReviewStatus = "submitted" | "registered" | "rejected" | "withdrawn";

/** The review statuses the office lists (`GET /api/office/registrations?status=…`). */
export const officeListStatuses = ["submitted", "registered", "rejected"] as const;

/** German labels of the review statuses, for the status page and the office pages. */
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  submitted: "Eingereicht – wird von Bildungspartner NRW geprüft",
  registered: "Registriert",
  rejected: "Abgelehnt",
  withdrawn: "Zurückgezogen",
};

/** The server's reading of the stored agreement: findings (passages about persons removed) and form/text mismatches. */
export interface AgreementReading {
  findings: Finding[];
  mismatches: Mismatch[];
}

/** One line of the office's list (`GET /api/office/registrations`). */
export interface OfficeEntry extends DirectoryEntry {
  review: ReviewStatus;
  submittedAt: string;
  decidedAt: string | null;
}

/**
 * Another submission, open or registered, with the same school number and a partner of the same
 * name: possibly the same partnership submitted twice. The office decides.
 */
export interface PossibleDuplicate {
  id: string;
  school: string;
  partners: string[];
  review: ReviewStatus;
  submittedAt: string;
}

/** Everything the office sees of one registration (`GET /api/office/registrations/:id`). */
export interface OfficeRegistration extends OfficeEntry {
  /** The office's internal note; never shown to the school. */
  note: string | null;
  /** The office account that decided; null while submitted (and for decisions stored before accounts). */
  decidedBy: string | null;
  /** The office's reason for the school, shown at the school's status link. */
  reason: string | null;
  /** The school's „Begründung“: why a needs-review cooperation should be registered all the same. */
  justification: string | null;
  /** Other open or registered submissions of the same school and partner. */
  duplicates: PossibleDuplicate[];
  /** The application as checked, contacts included. */
  application: Application;
  decision: Decision;
  agreement: { fileName: string; mediaType: string; size: number; sha256: string; report: AgreementReading } | null;
  /** Core's receipts, taken at submission and at the office's decision. */
  receipts: { submission: Receipt | null; decision: Receipt | null };
}

/** What the school sees at its private status link (`GET /api/registrations/:id/status?token=…`). */
export interface SubmissionStatusView {
  id: string;
  status: ReviewStatus;
  decisionStatus: DirectoryEntry["status"];
  school: string;
  submittedAt: string;
  decidedAt: string | null;
  /** The office's reason for its decision, when it gave one. */
  reason: string | null;
  /** What comes next after the submission (core's next steps for the stage after submission). */
  nextSteps: string[];
}

/** The longest text a school's „Begründung“ and the office's note and reason may have. */
export const reviewTextMaxLength = 2000;
