import { shippedOfferingFiles } from "../generated/shipped-files.js";
import { offeringsSpec, type OfferingRuleSet } from "./offering-rules.js";
import { shippedOnce } from "../tooling/rule-loading.js";

/** The offering rule sets shipped in `packages/core/rules/offerings/`, validated on first use. */
export const shippedOfferingRuleSets: () => readonly OfferingRuleSet[] = /* @__PURE__ */ shippedOnce(offeringsSpec, shippedOfferingFiles);
