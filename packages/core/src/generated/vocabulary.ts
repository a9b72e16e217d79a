// Generated from rules/ and data/ by scripts/generate-runtime-data.ts (part of `pnpm build`): do not edit.

/** Ids of the eligibility criteria, one rule file each, in the order of `rules/ruleset.json` (the order a person reads the FAQ). */
export type CriterionId =
  | "written-agreement"
  | "min-duration"
  | "named-contacts"
  | "personal-email"
  | "open-to-all-pupils"
  | "programme-mentioned"
  | "signed-by-all"
  | "eligible-category"
  | "third-partner"
  | "kindergarten-excluded";

/** Every {@link CriterionId}, in the order of its file. */
export const criterionIds: readonly [CriterionId, ...CriterionId[]] = [
  "written-agreement",
  "min-duration",
  "named-contacts",
  "personal-email",
  "open-to-all-pupils",
  "programme-mentioned",
  "signed-by-all",
  "eligible-category",
  "third-partner",
  "kindergarten-excluded",
];

/** Ids of the offerings, one rule file each in `rules/offerings/`, in the order of its `ruleset.json`: what is offered, then what is not. */
export type OfferingId =
  | "logo-and-web-presence"
  | "flyers"
  | "competition"
  | "biparcours"
  | "archive-funding"
  | "on-site-training"
  | "advice-and-materials"
  | "newsletter-and-congress"
  | "templates"
  | "permanent-funding"
  | "partner-matching"
  | "kindergarten-registration";

/** Every {@link OfferingId}, in the order of its file. */
export const offeringIds: readonly [OfferingId, ...OfferingId[]] = [
  "logo-and-web-presence",
  "flyers",
  "competition",
  "biparcours",
  "archive-funding",
  "on-site-training",
  "advice-and-materials",
  "newsletter-and-congress",
  "templates",
  "permanent-funding",
  "partner-matching",
  "kindergarten-registration",
];

/** Ids of the partner categories (`partners[].category`), in the order of `data/categories.json` (the FAQ's). */
export type CategoryId =
  | "archive"
  | "library"
  | "stage"
  | "memorial"
  | "media-centre"
  | "museum"
  | "music-school"
  | "environmental-education"
  | "science-education"
  | "sports-club"
  | "adult-education-centre"
  | "other";

/** Every {@link CategoryId}, in the order of its file. */
export const categoryIds: readonly [CategoryId, ...CategoryId[]] = [
  "archive",
  "library",
  "stage",
  "memorial",
  "media-centre",
  "museum",
  "music-school",
  "environmental-education",
  "science-education",
  "sports-club",
  "adult-education-centre",
  "other",
];

/** Ids of the school types (`school.type`) in `data/school-types.json`, including the excluded kindergarten and day-care centre. */
export type SchoolTypeId =
  | "grundschule"
  | "hauptschule"
  | "realschule"
  | "sekundarschule"
  | "gesamtschule"
  | "gemeinschaftsschule"
  | "primus-schule"
  | "gymnasium"
  | "foerderschule"
  | "freie-waldorfschule"
  | "weiterbildungskolleg"
  | "volksschule"
  | "berufskolleg"
  | "kindergarten"
  | "kita";

/** Every {@link SchoolTypeId}, in the order of its file. */
export const schoolTypeIds: readonly [SchoolTypeId, ...SchoolTypeId[]] = [
  "grundschule",
  "hauptschule",
  "realschule",
  "sekundarschule",
  "gesamtschule",
  "gemeinschaftsschule",
  "primus-schule",
  "gymnasium",
  "foerderschule",
  "freie-waldorfschule",
  "weiterbildungskolleg",
  "volksschule",
  "berufskolleg",
  "kindergarten",
  "kita",
];
