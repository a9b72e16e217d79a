import { situationLimits, type FundingPurpose } from "@bildungspartner/core";

/*
 * The answers of the offerings panel and the API query made from them, apart from React so that they
 * can be tested alone.
 */

/** The most flyers one request may ask for, written the German way ("100.000"). */
export const maxFlyers = new Intl.NumberFormat("de-DE").format(situationLimits.flyers);

/** The answers as typed; "" is no answer. */
export interface Answers {
  flyers: string;
  purpose: "" | FundingPurpose;
  started: "" | "true" | "false";
}

export const noAnswers: Answers = { flyers: "", purpose: "", started: "" };

/**
 * The number of flyers as the API takes it (digits), or `undefined` when it is not a whole number
 * from 1 to the limit. "1.000" with German thousands dots counts as 1000.
 */
export function flyerCount(text: string): string | undefined {
  const trimmed = text.trim();
  const digits = /^\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, "") : trimmed;
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const count = Number(digits);
  return count >= 1 && count <= situationLimits.flyers ? String(count) : undefined;
}

/** The query of `GET /api/registrations/:id/offerings` for the answers given; unanswered questions stay out. */
export function offeringsQuery(answers: Answers, flyers: string | undefined): string {
  const params = new URLSearchParams();
  if (flyers !== undefined) params.set("flyers", flyers);
  if (answers.purpose !== "") params.set("purpose", answers.purpose);
  if (answers.started !== "") params.set("projectStarted", answers.started);
  return params.toString();
}

