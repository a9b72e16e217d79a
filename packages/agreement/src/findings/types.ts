import type { Application, CriterionId, Decision, Lang, RuleSet } from "@bildungspartner/core";

/**
 * The criteria an agreement's text can show, by what the reader looks for; the ids are the core's
 * criterion ids. The one place the agreement package names them: everything else reads this object.
 */
export const agreementFindings = {
  programme: "programme-mentioned",
  duration: "min-duration",
  contacts: "named-contacts",
  emails: "personal-email",
  pupils: "open-to-all-pupils",
  signatures: "signed-by-all",
} as const satisfies Readonly<Record<string, CriterionId>>;

/** The criteria an agreement's text can show; the same ids as the core's criteria. */
export type FindingId = (typeof agreementFindings)[keyof typeof agreementFindings];

/**
 * `found`: the text shows the criterion. `missing`: it does not, or it shows the opposite.
 * `unclear`: something is there that needs a person's judgement; the message says why.
 */
export type FindingStatus = "found" | "missing" | "unclear";

/** A passage of the checked text: offsets into the text exactly as it was given. */
export interface Evidence {
  /** Offset of the first character (UTF-16 code units, like `String.prototype.slice`). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** `text.slice(start, end)` of the given text. */
  text: string;
  /** Page number (from 1), when the caller passed the pages of a PDF. */
  page?: number;
}

/** A party of the agreement that a finding concerns. */
export interface FindingParty {
  /** The school, or an extracurricular partner. */
  side: "school" | "partner";
  /** For a partner: its index in `report.facts.partners` (from 0; messages count from 1). */
  partner?: number;
  /** The institution's name as the text (or, with hints, the form) gives it. */
  name?: string;
}

/** What the text shows about one criterion, with the passages it rests on. */
export interface Finding {
  id: FindingId;
  status: FindingStatus;
  /** What was found, or what is missing and why; German unless `lang: "en"`. */
  message: string;
  /** The passages the finding rests on; may be empty when nothing was found. */
  evidence: Evidence[];
  /**
   * The parties the finding concerns: every party when it is `found`, the parties that lack it
   * when it is `missing` or `unclear`. Absent for findings about the agreement as a whole
   * (programme, term, pupils).
   */
  parties?: FindingParty[];
}

/** The result of {@link checkAgreementText}: plain, serialisable data. */
export interface AgreementReport {
  /** One finding per {@link FindingId}, always in the same order. */
  findings: Finding[];
  /**
   * What was read, as a partial application in the core's input format. Holds no e-mail
   * addresses (they appear only in evidence); a term given without a start date adds no dates.
   */
  facts: Application;
  /**
   * The core's decision over what was read, the contacts' addresses included; every finding says
   * what this decision says about its criterion. `evaluate(facts, options)` gives the same
   * Decision except for personal-email, which needs the addresses that `facts` leaves out.
   */
  decision: Decision;
}

/** Where one page of an extracted document lies in its text (see `extractText`). */
export interface PageSpan {
  /** Page number, from 1. */
  number: number;
  /** Offset of the page's first character in the text. */
  start: number;
  /** Offset after the page's last character. */
  end: number;
}

/** Options of {@link checkAgreementText}. */
export interface CheckAgreementOptions {
  /** Language of messages and of the decision; German by default. */
  lang?: Lang;
  /** ISO date whose rules apply (`YYYY-MM-DD`); today by default, as in the core. */
  asOf?: string;
  /** Rule sets to choose from by `asOf`; the core's shipped rule sets by default. */
  ruleSets?: readonly RuleSet[];
  /** Page spans of the text (from `extractText`), so that evidence names its page. */
  pages?: readonly PageSpan[];
  /**
   * The application the agreement belongs to, e.g. a registration form's values. Only its school
   * and partner names are read: they help find the parties in the text (matched without regard to
   * case, declension and abbreviations) and keep the form's order of partners.
   */
  application?: Application;
  /**
   * A second date reader for sentences about the term, such as `chronoDateParser` from
   * `@bildungspartner/agreement/chrono` (kept out of this entry for the size of browser bundles).
   * It sees at most a dozen sentences of a few hundred characters; only dates with digits count.
   */
  dateParser?: SentenceDateParser;
}

/** A date (or a range of two) that a date parser read in a sentence. */
export interface SentenceDate {
  /** Offset of `text` in the sentence. */
  index: number;
  /** The words the date was read from, as they stand in the sentence. */
  text: string;
  /** The (first) date, `YYYY-MM-DD`. */
  start: string;
  /** The second date of a range, `YYYY-MM-DD`. */
  end?: string;
}

/** Reads the dates of one sentence; see {@link CheckAgreementOptions.dateParser}. */
export type SentenceDateParser = (sentence: string) => readonly SentenceDate[];
