/**
 * The `bildungspartner` command line, also usable as a library (e.g. in scripts and tests).
 *
 * @packageDocumentation
 */
export { run } from "./cli.js";
export { check, decideFile, exitCodeFor, textReport } from "./check.js";
export type { CheckOptions, FileDecision } from "./check.js";
export { ExitCode } from "./io.js";
export type { Io } from "./io.js";
