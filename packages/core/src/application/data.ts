// Read key by key, so bundles leave out what no code reads (the files' comments).
import * as categoriesFile from "../../data/categories.json";
import * as roleMailboxesFile from "../../data/role-mailboxes.json";
import * as schoolTypesFile from "../../data/school-types.json";
import type { LocalizedText } from "../lang.js";
import type { CategoryId, CriterionId, SchoolTypeId } from "../generated/vocabulary.js";

export { categoryIds, schoolTypeIds, type CategoryId, type SchoolTypeId } from "../generated/vocabulary.js";

/**
 * What the third-partner condition asks of a local (not supra-regional) partner of a category that is
 * not a municipal institution: `needed` (a further, municipal partner must take part), `review`
 * (whether it must is a policy question: without a municipal partner the programme office decides)
 * or `not-needed`. A supra-regional partner always needs one (the FAQ's example).
 */
export type ThirdPartnerNeed = "needed" | "review" | "not-needed";

/**
 * Whether a partner of a category that is not a municipal institution needs a further, municipal
 * partner (the FAQ's „Besonderheit“), why, and the public page the answer rests on.
 */
export interface ThirdPartnerReading {
  /** `true` (needed), `false` (not needed) or `"review"` (the programme office decides); see {@link thirdPartnerNeed}. */
  readonly needed: boolean | "review";
  readonly reason: LocalizedText;
  readonly source: { readonly url: string; readonly quote?: string };
}

/**
 * What the evaluators and the form read of a partner category: its id, labels, whether it is in the
 * programme and whether a non-municipal partner of it needs a municipal one; every {@link Category} is one.
 */
export interface CategoryReading {
  readonly id: CategoryId;
  readonly inProgramme: boolean;
  readonly label: LocalizedText;
  readonly thirdPartner: Pick<ThirdPartnerReading, "needed">;
}

/** A partner category with its labels; `inProgramme` is false for institutions outside the programme's list. */
export interface Category extends CategoryReading {
  /** The reading of the third-partner condition for a non-municipal partner of this category. */
  readonly thirdPartner: ThirdPartnerReading;
}

/** A school type with its labels. Whether it may register is the rule `kindergarten-excluded`'s business. */
export interface SchoolType {
  readonly id: SchoolTypeId;
  readonly label: LocalizedText;
}

/** An official mailbox domain whose addresses belong to an institution, e.g. `<Schulnummer>@schule.nrw.de`. */
export interface OfficialMailboxDomain {
  readonly domain: string;
  readonly localPartDigits: number;
  readonly label: LocalizedText;
}

/** The partner categories, in the order of the FAQ, from `data/categories.json`. */
export const categories: readonly Category[] = categoriesFile.categories as readonly Category[];

/** The school types, from `data/school-types.json`. */
export const schoolTypes: readonly SchoolType[] = schoolTypesFile.schoolTypes as readonly SchoolType[];

/** A list of role-mailbox words and official mailbox domains, as `data/role-mailboxes.json` holds it. */
export interface RoleMailboxList {
  readonly localParts: readonly string[];
  /** Role words that are also surnames: with another name part, the address is a person's (`anna.post@`). */
  readonly alsoSurnames: readonly string[];
  readonly officialDomains: readonly OfficialMailboxDomain[];
}

/**
 * The data lists of a rule set (`data/*.json` beside its rules): what the evaluators read of them
 * follows the rule set in force, so a changed list acts without a new release of core.
 */
export interface DataLists {
  readonly categories: readonly Category[];
  readonly schoolTypes: readonly SchoolType[];
  readonly roleMailboxes: RoleMailboxList;
}

/** Role mailbox words and official mailbox domains, from `data/role-mailboxes.json`. */
export const roleMailboxes: RoleMailboxList = { localParts: roleMailboxesFile.localParts, alsoSurnames: roleMailboxesFile.alsoSurnames, officialDomains: roleMailboxesFile.officialDomains };

/**
 * `compute` of a data list, made once per list (a rule set's lists are read by every evaluation);
 * the shipped list's at once, and for a call without a list.
 */
export function perList<L extends object, R>(shipped: L, compute: (list: L) => R): (list: L | undefined) => R {
  const shippedResult = compute(shipped);
  const results = new WeakMap<L, R>();
  return (list) => {
    if (list === undefined || list === shipped) return shippedResult;
    let result = results.get(list);
    if (result === undefined) {
      result = compute(list);
      results.set(list, result);
    }
    return result;
  };
}

/** A category's third-partner reading as one of `needed`, `review` or `not-needed`. */
export function thirdPartnerNeed(reading: Pick<ThirdPartnerReading, "needed">): ThirdPartnerNeed {
  return reading.needed === "review" ? "review" : reading.needed ? "needed" : "not-needed";
}

/**
 * The eligibility criterion that tells a school from a kindergarten or day-care centre: not met, no
 * later answer can make the application registrable (the offerings and the form's next fields read it).
 */
export const kindergartenCriterion: CriterionId = "kindergarten-excluded";
