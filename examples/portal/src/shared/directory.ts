import type { CategoryId, SchoolTypeId } from "@bildungspartner/core";

/**
 * The statuses the portal stores a registration with: `eligible`, or `needs-review` („Prüfung durch
 * Bildungspartner NRW“) when every Muss-Kriterium is met but a Soll-Kriterium is not.
 */
export type RegistrationStatus = "eligible" | "needs-review";

/**
 * One registered partnership as the public directory shows it: no contact names, no e-mail
 * addresses, no school number. The shape of `GET /api/registrations` and `GET /api/registrations/:id`.
 */
export interface DirectoryEntry {
  id: string;
  school: { name: string; type: SchoolTypeId };
  partners: { name: string; category: CategoryId }[];
  /** Start of the agreement, `YYYY-MM-DD`. */
  startDate: string;
  /** When the portal stored the registration, ISO timestamp (UTC). */
  registeredAt: string;
  /** The Decision's status when the registration was stored. */
  status: RegistrationStatus;
}

/** Filters of the directory (`GET /api/registrations?category=…&q=…&year=…`); all optional. */
export interface DirectoryQuery {
  /** Only partnerships with a partner of this category. */
  category?: CategoryId;
  /** Part of the school's or a partner's name, case-insensitive. */
  q?: string;
  /** Start year of the agreement. */
  year?: number;
}

/** How names are compared in searches: lower case the German way, so „ÄRCHIV“ finds „Ärchiv“. */
export const searchKey = (text: string): string => text.normalize("NFC").toLocaleLowerCase("de-DE");
