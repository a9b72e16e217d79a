// Generated from rules/ and data/ by scripts/generate-runtime-data.ts (part of `pnpm build`): do not edit.
import rulesEligibleCategoryCases from "../../rules/eligible-category.cases.json";
import rulesEligibleCategory from "../../rules/eligible-category.json";
import rulesKindergartenExcludedCases from "../../rules/kindergarten-excluded.cases.json";
import rulesKindergartenExcluded from "../../rules/kindergarten-excluded.json";
import rulesMinDurationCases from "../../rules/min-duration.cases.json";
import rulesMinDuration from "../../rules/min-duration.json";
import rulesNamedContactsCases from "../../rules/named-contacts.cases.json";
import rulesNamedContacts from "../../rules/named-contacts.json";
import rulesOpenToAllPupilsCases from "../../rules/open-to-all-pupils.cases.json";
import rulesOpenToAllPupils from "../../rules/open-to-all-pupils.json";
import rulesPersonalEmailCases from "../../rules/personal-email.cases.json";
import rulesPersonalEmail from "../../rules/personal-email.json";
import rulesProgrammeMentionedCases from "../../rules/programme-mentioned.cases.json";
import rulesProgrammeMentioned from "../../rules/programme-mentioned.json";
import rulesRuleset from "../../rules/ruleset.json";
import rulesSignedByAllCases from "../../rules/signed-by-all.cases.json";
import rulesSignedByAll from "../../rules/signed-by-all.json";
import rulesThirdPartnerCases from "../../rules/third-partner.cases.json";
import rulesThirdPartner from "../../rules/third-partner.json";
import rulesWrittenAgreementCases from "../../rules/written-agreement.cases.json";
import rulesWrittenAgreement from "../../rules/written-agreement.json";
import rulesOfferingsAdviceAndMaterialsCases from "../../rules/offerings/advice-and-materials.cases.json";
import rulesOfferingsAdviceAndMaterials from "../../rules/offerings/advice-and-materials.json";
import rulesOfferingsArchiveFundingCases from "../../rules/offerings/archive-funding.cases.json";
import rulesOfferingsArchiveFunding from "../../rules/offerings/archive-funding.json";
import rulesOfferingsBiparcoursCases from "../../rules/offerings/biparcours.cases.json";
import rulesOfferingsBiparcours from "../../rules/offerings/biparcours.json";
import rulesOfferingsCompetitionCases from "../../rules/offerings/competition.cases.json";
import rulesOfferingsCompetition from "../../rules/offerings/competition.json";
import rulesOfferingsFlyersCases from "../../rules/offerings/flyers.cases.json";
import rulesOfferingsFlyers from "../../rules/offerings/flyers.json";
import rulesOfferingsKindergartenRegistrationCases from "../../rules/offerings/kindergarten-registration.cases.json";
import rulesOfferingsKindergartenRegistration from "../../rules/offerings/kindergarten-registration.json";
import rulesOfferingsLogoAndWebPresenceCases from "../../rules/offerings/logo-and-web-presence.cases.json";
import rulesOfferingsLogoAndWebPresence from "../../rules/offerings/logo-and-web-presence.json";
import rulesOfferingsNewsletterAndCongressCases from "../../rules/offerings/newsletter-and-congress.cases.json";
import rulesOfferingsNewsletterAndCongress from "../../rules/offerings/newsletter-and-congress.json";
import rulesOfferingsOnSiteTrainingCases from "../../rules/offerings/on-site-training.cases.json";
import rulesOfferingsOnSiteTraining from "../../rules/offerings/on-site-training.json";
import rulesOfferingsPartnerMatchingCases from "../../rules/offerings/partner-matching.cases.json";
import rulesOfferingsPartnerMatching from "../../rules/offerings/partner-matching.json";
import rulesOfferingsPermanentFundingCases from "../../rules/offerings/permanent-funding.cases.json";
import rulesOfferingsPermanentFunding from "../../rules/offerings/permanent-funding.json";
import rulesOfferingsRuleset from "../../rules/offerings/ruleset.json";
import rulesOfferingsTemplatesCases from "../../rules/offerings/templates.cases.json";
import rulesOfferingsTemplates from "../../rules/offerings/templates.json";
import dataCategories from "../../data/categories.json";
import dataRoleMailboxes from "../../data/role-mailboxes.json";
import dataSchoolTypes from "../../data/school-types.json";

/** The shipped criteria's files as parsed JSON, by file name inside `rules/`. */
export const shippedCriteriaFiles: Readonly<Record<string, unknown>> = {
  "eligible-category.json": rulesEligibleCategory,
  "kindergarten-excluded.json": rulesKindergartenExcluded,
  "min-duration.json": rulesMinDuration,
  "named-contacts.json": rulesNamedContacts,
  "open-to-all-pupils.json": rulesOpenToAllPupils,
  "personal-email.json": rulesPersonalEmail,
  "programme-mentioned.json": rulesProgrammeMentioned,
  "ruleset.json": rulesRuleset,
  "signed-by-all.json": rulesSignedByAll,
  "third-partner.json": rulesThirdPartner,
  "written-agreement.json": rulesWrittenAgreement,
};

/** The shipped offerings' files as parsed JSON, by file name inside `rules/offerings/`. */
export const shippedOfferingFiles: Readonly<Record<string, unknown>> = {
  "advice-and-materials.json": rulesOfferingsAdviceAndMaterials,
  "archive-funding.json": rulesOfferingsArchiveFunding,
  "biparcours.json": rulesOfferingsBiparcours,
  "competition.json": rulesOfferingsCompetition,
  "flyers.json": rulesOfferingsFlyers,
  "kindergarten-registration.json": rulesOfferingsKindergartenRegistration,
  "logo-and-web-presence.json": rulesOfferingsLogoAndWebPresence,
  "newsletter-and-congress.json": rulesOfferingsNewsletterAndCongress,
  "on-site-training.json": rulesOfferingsOnSiteTraining,
  "partner-matching.json": rulesOfferingsPartnerMatching,
  "permanent-funding.json": rulesOfferingsPermanentFunding,
  "ruleset.json": rulesOfferingsRuleset,
  "templates.json": rulesOfferingsTemplates,
};

/** The example cases shipped beside the rules, by their key in a folder map. */
export const shippedCaseFiles: Readonly<Record<string, unknown>> = {
  "rules/eligible-category.cases.json": rulesEligibleCategoryCases,
  "rules/kindergarten-excluded.cases.json": rulesKindergartenExcludedCases,
  "rules/min-duration.cases.json": rulesMinDurationCases,
  "rules/named-contacts.cases.json": rulesNamedContactsCases,
  "rules/open-to-all-pupils.cases.json": rulesOpenToAllPupilsCases,
  "rules/personal-email.cases.json": rulesPersonalEmailCases,
  "rules/programme-mentioned.cases.json": rulesProgrammeMentionedCases,
  "rules/signed-by-all.cases.json": rulesSignedByAllCases,
  "rules/third-partner.cases.json": rulesThirdPartnerCases,
  "rules/written-agreement.cases.json": rulesWrittenAgreementCases,
  "rules/offerings/advice-and-materials.cases.json": rulesOfferingsAdviceAndMaterialsCases,
  "rules/offerings/archive-funding.cases.json": rulesOfferingsArchiveFundingCases,
  "rules/offerings/biparcours.cases.json": rulesOfferingsBiparcoursCases,
  "rules/offerings/competition.cases.json": rulesOfferingsCompetitionCases,
  "rules/offerings/flyers.cases.json": rulesOfferingsFlyersCases,
  "rules/offerings/kindergarten-registration.cases.json": rulesOfferingsKindergartenRegistrationCases,
  "rules/offerings/logo-and-web-presence.cases.json": rulesOfferingsLogoAndWebPresenceCases,
  "rules/offerings/newsletter-and-congress.cases.json": rulesOfferingsNewsletterAndCongressCases,
  "rules/offerings/on-site-training.cases.json": rulesOfferingsOnSiteTrainingCases,
  "rules/offerings/partner-matching.cases.json": rulesOfferingsPartnerMatchingCases,
  "rules/offerings/permanent-funding.cases.json": rulesOfferingsPermanentFundingCases,
  "rules/offerings/templates.cases.json": rulesOfferingsTemplatesCases,
};

/** The shipped data lists, by their key in a folder map (`data/…`). */
export const shippedDataFiles: Readonly<Record<string, unknown>> = {
  "data/categories.json": dataCategories,
  "data/role-mailboxes.json": dataRoleMailboxes,
  "data/school-types.json": dataSchoolTypes,
};
