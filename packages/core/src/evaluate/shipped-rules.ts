import eligibleCategory from "../../rules/eligible-category.json";
import kindergartenExcluded from "../../rules/kindergarten-excluded.json";
import minDuration from "../../rules/min-duration.json";
import namedContacts from "../../rules/named-contacts.json";
import openToAllPupils from "../../rules/open-to-all-pupils.json";
import personalEmail from "../../rules/personal-email.json";
import programmeMentioned from "../../rules/programme-mentioned.json";
import manifest from "../../rules/ruleset.json";
import signedByAll from "../../rules/signed-by-all.json";
import thirdPartner from "../../rules/third-partner.json";
import writtenAgreement from "../../rules/written-agreement.json";
import { shippedOnce } from "../tooling/rule-loading.js";
import { criteriaSpec, type RuleSet } from "./rule-set.js";

/** The shipped criteria's files as parsed JSON, by file name inside `rules/`. */
export const shippedCriteriaFiles: Readonly<Record<string, unknown>> = {
  "ruleset.json": manifest,
  "written-agreement.json": writtenAgreement,
  "min-duration.json": minDuration,
  "named-contacts.json": namedContacts,
  "personal-email.json": personalEmail,
  "open-to-all-pupils.json": openToAllPupils,
  "programme-mentioned.json": programmeMentioned,
  "signed-by-all.json": signedByAll,
  "eligible-category.json": eligibleCategory,
  "third-partner.json": thirdPartner,
  "kindergarten-excluded.json": kindergartenExcluded,
};

/** The rule sets shipped in `packages/core/rules/`, validated on first use. */
export const shippedRuleSets: () => readonly RuleSet[] = /* @__PURE__ */ shippedOnce(criteriaSpec, shippedCriteriaFiles);
