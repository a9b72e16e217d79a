import advice from "../../rules/offerings/advice-and-materials.json";
import archiveFunding from "../../rules/offerings/archive-funding.json";
import biparcours from "../../rules/offerings/biparcours.json";
import competition from "../../rules/offerings/competition.json";
import flyers from "../../rules/offerings/flyers.json";
import kindergartenRegistration from "../../rules/offerings/kindergarten-registration.json";
import logo from "../../rules/offerings/logo-and-web-presence.json";
import newsletter from "../../rules/offerings/newsletter-and-congress.json";
import training from "../../rules/offerings/on-site-training.json";
import partnerMatching from "../../rules/offerings/partner-matching.json";
import permanentFunding from "../../rules/offerings/permanent-funding.json";
import manifest from "../../rules/offerings/ruleset.json";
import templates from "../../rules/offerings/templates.json";
import { offeringsSpec, type OfferingRuleSet } from "./offering-rules.js";
import { shippedOnce } from "../tooling/rule-loading.js";

/** The shipped offerings' files as parsed JSON, by file name inside `rules/offerings/`. */
export const shippedOfferingFiles: Readonly<Record<string, unknown>> = {
  "ruleset.json": manifest,
  "logo-and-web-presence.json": logo,
  "flyers.json": flyers,
  "competition.json": competition,
  "biparcours.json": biparcours,
  "archive-funding.json": archiveFunding,
  "on-site-training.json": training,
  "advice-and-materials.json": advice,
  "newsletter-and-congress.json": newsletter,
  "templates.json": templates,
  "permanent-funding.json": permanentFunding,
  "partner-matching.json": partnerMatching,
  "kindergarten-registration.json": kindergartenRegistration,
};

/** The offering rule sets shipped in `packages/core/rules/offerings/`, validated on first use. */
export const shippedOfferingRuleSets: () => readonly OfferingRuleSet[] = shippedOnce(offeringsSpec, shippedOfferingFiles);
