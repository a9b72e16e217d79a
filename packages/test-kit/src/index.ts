/**
 * What the tests of several Bildungspartner packages share, so that no package imports another
 * package's `test/` folder. Private to the workspace: tests and benchmarks import these TypeScript
 * sources directly (vitest's alias in the root config, `exports` for the type checker).
 *
 * The hostile agreement files (zip bombs, encrypted and empty PDFs) are a separate entry,
 * `@bildungspartner/test-kit/hostile-files`, because they need `pdf-lib`, which the benchmarks that
 * bundle this entry do not install.
 * The browser tests' chromium and axe-core are another, `@bildungspartner/test-kit/browser`.
 *
 * @packageDocumentation
 */
export { application, random } from "./applications.js";
export { writeApplications } from "./write-applications.js";
export {
  anyApplication,
  breakers,
  criterionId,
  eligibleApplication,
  keyPaths,
  withoutPath,
  withValueAt,
} from "./arbitraries.js";
export type { Breaker, FullApplication } from "./arbitraries.js";
export { FAQ_ENV, faqFile, faqSkippedNotice, faqStandIn, faqText } from "./faq.js";
export { eligible, readCounted } from "./fixtures.js";
export { propertyRuns } from "./property-runs.js";
export { loadRuleCases, loadRuleSetDir, rulesDir } from "./rule-cases.js";
export { changedLists, listChangeApplications, patchedFolder, ruleSet200, testRuleSetDir, writeRuleFolder } from "./rule-set-versions.js";
export type { FolderPatch } from "./rule-set-versions.js";
export type { RuleCase } from "./rule-cases.js";
export { copyOfShippedRules, corePackage, editJson } from "./rule-folders.js";
export { anySituation, asOfDate, kindergartenApplication } from "./situation-arbitraries.js";
