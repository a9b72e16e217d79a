import type { LocalizedText } from "@bildungspartner/core";
import { lintRuleFolder, ruleProblemMessage } from "@bildungspartner/core/rules";
import { located, problemText, readRuleFolder } from "./rule-directory.js";

/** One problem the linter found, with the file as the user can open it. */
export interface LintProblem {
  /** The file, relative to the current folder when inside it. */
  readonly file: string;
  /** Dotted JSON path inside the file; `""` for the whole file. */
  readonly path: string;
  /** Stable code of the problem. */
  readonly code: string;
  /** The values the message names. */
  readonly params: Readonly<Record<string, string | number>>;
  /** What is wrong, German then English, as the terminal shows it. */
  readonly message: string;
  /** What is wrong in each language, for programs that show one. */
  readonly messages: LocalizedText;
}

/** What `rules lint` found in a folder. */
export interface LintReport {
  readonly dir: string;
  readonly problems: readonly LintProblem[];
  /** How many rule files and example cases were checked, and whether the FAQ quotes were. */
  readonly checked: { readonly rules: number; readonly cases: number; readonly faqQuotes: boolean };
}

/**
 * Lints a folder of either kind from disk: an offerings folder alone; a criteria folder together with
 * the offerings folder inside it (`offerings/`) and the data lists beside it, in one report. Core's
 * {@link lintRuleFolder} does the checking; the CLI reads the files and names them as on disk.
 */
export async function lintRuleDirectory(dir: string, faqText?: string): Promise<LintReport> {
  const read = await readRuleFolder(dir);
  const report = lintRuleFolder(read.files, { unreadable: read.unreadable, ...(faqText === undefined ? {} : { faqText }) });
  return {
    dir,
    problems: report.problems.map((problem) => ({
      file: read.display(problem.file),
      path: problem.path,
      code: problem.code,
      params: problem.params,
      message: problemText(problem),
      messages: { de: ruleProblemMessage(problem, "de"), en: ruleProblemMessage(problem, "en") },
    })),
    checked: { rules: report.rules, cases: report.cases, faqQuotes: report.faqQuotes },
  };
}

/** One problem as a compiler prints it: `file:path: message` (`file: message` for the whole file). */
export function formatLintProblem(problem: LintProblem): string {
  return located(problem.file, problem.path, problem.message);
}
