import cEligibleCategoryCases from "../../rules/eligible-category.cases.json";
import cKindergartenExcludedCases from "../../rules/kindergarten-excluded.cases.json";
import cMinDurationCases from "../../rules/min-duration.cases.json";
import cNamedContactsCases from "../../rules/named-contacts.cases.json";
import cOpenToAllPupilsCases from "../../rules/open-to-all-pupils.cases.json";
import cPersonalEmailCases from "../../rules/personal-email.cases.json";
import cProgrammeMentionedCases from "../../rules/programme-mentioned.cases.json";
import cSignedByAllCases from "../../rules/signed-by-all.cases.json";
import cThirdPartnerCases from "../../rules/third-partner.cases.json";
import cWrittenAgreementCases from "../../rules/written-agreement.cases.json";
import oAdviceAndMaterialsCases from "../../rules/offerings/advice-and-materials.cases.json";
import oArchiveFundingCases from "../../rules/offerings/archive-funding.cases.json";
import oBiparcoursCases from "../../rules/offerings/biparcours.cases.json";
import oCompetitionCases from "../../rules/offerings/competition.cases.json";
import oFlyersCases from "../../rules/offerings/flyers.cases.json";
import oKindergartenRegistrationCases from "../../rules/offerings/kindergarten-registration.cases.json";
import oLogoAndWebPresenceCases from "../../rules/offerings/logo-and-web-presence.cases.json";
import oNewsletterAndCongressCases from "../../rules/offerings/newsletter-and-congress.cases.json";
import oOnSiteTrainingCases from "../../rules/offerings/on-site-training.cases.json";
import oPartnerMatchingCases from "../../rules/offerings/partner-matching.cases.json";
import oPermanentFundingCases from "../../rules/offerings/permanent-funding.cases.json";
import oTemplatesCases from "../../rules/offerings/templates.cases.json";
import categoriesFile from "../../data/categories.json";
import roleMailboxesFile from "../../data/role-mailboxes.json";
import schoolTypesFile from "../../data/school-types.json";
import type { RuleFolderFiles } from "./rule-problems.js";
import { shippedOfferingFiles } from "../offerings/shipped-offerings.js";
import { shippedCriteriaFiles } from "../evaluate/shipped-rules.js";

/** The example cases shipped beside the rules, by their key in a folder map. */
const shippedCases: RuleFolderFiles = {
  "rules/eligible-category.cases.json": cEligibleCategoryCases,
  "rules/kindergarten-excluded.cases.json": cKindergartenExcludedCases,
  "rules/min-duration.cases.json": cMinDurationCases,
  "rules/named-contacts.cases.json": cNamedContactsCases,
  "rules/open-to-all-pupils.cases.json": cOpenToAllPupilsCases,
  "rules/personal-email.cases.json": cPersonalEmailCases,
  "rules/programme-mentioned.cases.json": cProgrammeMentionedCases,
  "rules/signed-by-all.cases.json": cSignedByAllCases,
  "rules/third-partner.cases.json": cThirdPartnerCases,
  "rules/written-agreement.cases.json": cWrittenAgreementCases,
  "rules/offerings/advice-and-materials.cases.json": oAdviceAndMaterialsCases,
  "rules/offerings/archive-funding.cases.json": oArchiveFundingCases,
  "rules/offerings/biparcours.cases.json": oBiparcoursCases,
  "rules/offerings/competition.cases.json": oCompetitionCases,
  "rules/offerings/flyers.cases.json": oFlyersCases,
  "rules/offerings/kindergarten-registration.cases.json": oKindergartenRegistrationCases,
  "rules/offerings/logo-and-web-presence.cases.json": oLogoAndWebPresenceCases,
  "rules/offerings/newsletter-and-congress.cases.json": oNewsletterAndCongressCases,
  "rules/offerings/on-site-training.cases.json": oOnSiteTrainingCases,
  "rules/offerings/partner-matching.cases.json": oPartnerMatchingCases,
  "rules/offerings/permanent-funding.cases.json": oPermanentFundingCases,
  "rules/offerings/templates.cases.json": oTemplatesCases,
};

const inFolder = (folder: string, files: RuleFolderFiles) => Object.entries(files).map(([file, content]) => [`${folder}/${file}`, content] as const);

/**
 * The shipped rule files, example cases and data lists as a folder map (`rules/…`,
 * `rules/offerings/…`, `data/…`), fresh deep copies on each call, for tools that edit and re-check them.
 */
export function shippedRuleFolder(): RuleFolderFiles {
  return structuredClone({
    ...Object.fromEntries([...inFolder("rules", shippedCriteriaFiles), ...inFolder("rules/offerings", shippedOfferingFiles)]),
    ...shippedCases,
    "data/categories.json": categoriesFile,
    "data/school-types.json": schoolTypesFile,
    "data/role-mailboxes.json": roleMailboxesFile,
  }) as RuleFolderFiles;
}
