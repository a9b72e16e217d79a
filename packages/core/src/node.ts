/**
 * Rule folders on disk, for Node: read a policy maker's changed folder (or an unpacked Werkstatt
 * export) into core's folder map, and load it as `bildungspartner rules lint` checks it. Kept apart
 * from the other entries, which run in browsers and never import `node:fs`.
 *
 * @packageDocumentation
 */
export { loadRuleSetFromFolder, readRuleFolder } from "./tooling/read-rule-folder.js";
export type { RuleFolderOnDisk } from "./tooling/read-rule-folder.js";
export type { InvalidRuleSet, LoadedRuleSet, RuleFolderRead } from "./tooling/load-rule-set.js";
