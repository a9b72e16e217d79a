import { shippedCriteriaFiles } from "../generated/shipped-files.js";
import { shippedOnce } from "../tooling/rule-loading.js";
import { criteriaSpec, type RuleSet } from "./rule-set.js";

/** The rule sets shipped in `packages/core/rules/`, validated on first use. */
export const shippedRuleSets: () => readonly RuleSet[] = /* @__PURE__ */ shippedOnce(criteriaSpec, shippedCriteriaFiles);
