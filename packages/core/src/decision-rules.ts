import * as eligibleCategory from "../rules/eligible-category.json";
import * as kindergartenExcluded from "../rules/kindergarten-excluded.json";
import * as minDuration from "../rules/min-duration.json";
import * as namedContacts from "../rules/named-contacts.json";
import * as openToAllPupils from "../rules/open-to-all-pupils.json";
import * as personalEmail from "../rules/personal-email.json";
import * as programmeMentioned from "../rules/programme-mentioned.json";
import * as manifest from "../rules/ruleset.json";
import * as signedByAll from "../rules/signed-by-all.json";
import * as thirdPartner from "../rules/third-partner.json";
import * as writtenAgreement from "../rules/written-agreement.json";
import type { RuleFile } from "./rule-file.js";
import type { RuleSetNextSteps } from "./rule-set.js";

/** What a Decision reads of a rule: no description, interpretation or further sources. */
export type DecisionRule = Pick<RuleFile, "id" | "level" | "title" | "messages" | "source" | "conditions" | "readings">;

/** What a Decision reads of a rule set; every {@link RuleSet} is one. */
export interface DecisionRuleSet {
  readonly version: string;
  readonly validFrom: string;
  readonly rules: readonly DecisionRule[];
  readonly nextSteps: RuleSetNextSteps;
}

/*
 * Only the named keys of each rule file are read, one by one: bundlers (esbuild, Rollup) then leave
 * out the rest of the file, so a browser form carries no descriptions, interpretations or further
 * sources. The files are the shipped ones that `shippedRuleSets` validates; a test holds both equal.
 */
const rule = (
  id: unknown,
  level: unknown,
  title: unknown,
  messages: unknown,
  source: unknown,
  conditions: unknown,
  readings: unknown,
): DecisionRule => ({ id, level, title, messages, source, conditions, ...(readings === undefined ? {} : { readings }) }) as DecisionRule;

let shipped: readonly DecisionRuleSet[] | undefined;

/** The shipped rule sets as the evaluators read them by default: what a Decision needs, unvalidated (see above). */
export function shippedDecisionRuleSets(): readonly DecisionRuleSet[] {
  shipped ??= [
    {
      version: manifest.version,
      validFrom: manifest.validFrom,
      rules: [
        rule(writtenAgreement.id, writtenAgreement.level, writtenAgreement.title, writtenAgreement.messages, writtenAgreement.source, writtenAgreement.conditions, writtenAgreement.readings),
        rule(minDuration.id, minDuration.level, minDuration.title, minDuration.messages, minDuration.source, minDuration.conditions, minDuration.readings),
        rule(namedContacts.id, namedContacts.level, namedContacts.title, namedContacts.messages, namedContacts.source, namedContacts.conditions, namedContacts.readings),
        rule(personalEmail.id, personalEmail.level, personalEmail.title, personalEmail.messages, personalEmail.source, personalEmail.conditions, personalEmail.readings),
        rule(openToAllPupils.id, openToAllPupils.level, openToAllPupils.title, openToAllPupils.messages, openToAllPupils.source, openToAllPupils.conditions, openToAllPupils.readings),
        rule(programmeMentioned.id, programmeMentioned.level, programmeMentioned.title, programmeMentioned.messages, programmeMentioned.source, programmeMentioned.conditions, programmeMentioned.readings),
        rule(signedByAll.id, signedByAll.level, signedByAll.title, signedByAll.messages, signedByAll.source, signedByAll.conditions, undefined),
        rule(eligibleCategory.id, eligibleCategory.level, eligibleCategory.title, eligibleCategory.messages, eligibleCategory.source, eligibleCategory.conditions, eligibleCategory.readings),
        rule(thirdPartner.id, thirdPartner.level, thirdPartner.title, thirdPartner.messages, thirdPartner.source, thirdPartner.conditions, thirdPartner.readings),
        rule(kindergartenExcluded.id, kindergartenExcluded.level, kindergartenExcluded.title, kindergartenExcluded.messages, kindergartenExcluded.source, kindergartenExcluded.conditions, undefined),
      ],
      nextSteps: manifest.nextSteps as RuleSetNextSteps,
    },
  ];
  return shipped;
}
