import { offerings, type OfferingsReport, type SituationIssue } from "@bildungspartner/core";
import type { DirectoryEntry } from "../shared/directory.js";

/** Query of `GET /api/registrations/:id/offerings`: the questions some offerings need; all optional. */
export interface OfferingsQuery {
  /** Number of flyers wanted, a whole number. */
  flyers?: string;
  /** What a funding request is for: `project`, `training` or `permanent`. */
  purpose?: string;
  /** Whether the project has already started: `true` or `false`. */
  projectStarted?: string;
}

const one = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * The offerings of a stored registration. Storing it is the portal's registration of the partnership
 * (its Decision was `eligible` or `needs-review`), so the partnership counts as registered
 * (`registered: true`; a self-check alone never makes it so). School type and partner
 * categories come from the entry, the rest from the query, whose values core checks (a bad one is
 * an issue, never a guess).
 */
export function offeringsOfEntry(entry: DirectoryEntry, query: Record<string, unknown>): OfferingsReport {
  const flyers = one(query.flyers);
  const purpose = one(query.purpose);
  const started = one(query.projectStarted);
  const situation: Record<string, unknown> = {
    registered: true,
    application: { school: { type: entry.school.type }, partners: entry.partners.map((partner) => ({ category: partner.category })) },
  };
  // Query values are text: digits become a number, true/false a flag; anything else goes on as given for core to refuse.
  if (flyers !== undefined) situation.flyers = { count: typeof flyers === "string" && /^\d{1,9}$/.test(flyers) ? Number(flyers) : flyers };
  const funding: Record<string, unknown> = {};
  if (purpose !== undefined) funding.purpose = purpose;
  if (started !== undefined) funding.projectStarted = started === "true" ? true : started === "false" ? false : started;
  if (Object.keys(funding).length > 0) situation.funding = funding;
  return offerings(situation, { lang: "de" });
}

/** The issues of a report as one German sentence for the API's error message. */
export const issueText = (issues: readonly SituationIssue[]): string => issues.map((issue) => issue.message).join(" ");
