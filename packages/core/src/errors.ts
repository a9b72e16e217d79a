import { format, type Lang, type LocalizedText, type MessageParams } from "./localized.js";
import { ruleProblemMessage, type RuleProblem } from "./tooling/rule-problems.js";

/**
 * Codes of the errors core throws. Errors are thrown only for programmer mistakes
 * (a broken rule file, an unknown option); bad application input is reported as data.
 */
export type BildungspartnerErrorCode =
  | "RULE_FILE_INVALID"
  | "RULE_SET_INVALID"
  | "INVALID_OPTION"
  | "NO_RULE_SET_IN_FORCE";

/** What an error of the SDK is made of besides its code and message templates. */
export interface BildungspartnerErrorOptions {
  /** Values for the templates' `{name}` placeholders; also kept on the error as data. */
  readonly params?: MessageParams;
  readonly cause?: unknown;
}

/**
 * The base of every error the SDK's packages throw (core's errors, `AgreementError`). `code` is
 * stable, `params` are the values the message names, and {@link BildungspartnerError.messageIn}
 * renders the message in German or English; `message` is the German one.
 */
export class BildungspartnerError<C extends string = BildungspartnerErrorCode> extends Error {
  /** Stable machine-readable code. */
  readonly code: C;
  /** The values the message names, as data. */
  readonly params: MessageParams;
  readonly #templates: LocalizedText;

  constructor(code: C, templates: LocalizedText, options: BildungspartnerErrorOptions = {}) {
    super(format(templates.de, options.params), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "BildungspartnerError";
    this.code = code;
    this.params = options.params ?? {};
    this.#templates = templates;
  }

  /** The message in the given language. */
  messageIn(lang: Lang): string {
    return format(this.#templates[lang], this.params);
  }
}

/**
 * Thrown when a rule file, an example-case file or a `ruleset.json` does not fit its schema: the
 * first of the problems the linter would list for it ({@link RuleProblem}), with its file, JSON
 * path, problem code and params. `message` is the German message behind `file:path: `;
 * `messageIn("en")` the English one.
 */
export class RuleFileError extends BildungspartnerError {
  /** The file as given to the loader, e.g. `min-duration.json`. */
  readonly file: string;
  /** Dotted JSON path of the problem inside the file (`""` for the whole file). */
  readonly path: string;
  /** The problem as data. */
  readonly problem: RuleProblem;

  constructor(problem: RuleProblem) {
    const where = `${problem.file}:${problem.path || "(Datei)"}: `;
    const message = (lang: Lang) => where + ruleProblemMessage(problem, lang);
    // The messages are rendered already; the templates must not fill placeholders a second time.
    super("RULE_FILE_INVALID", { de: message("de"), en: message("en") }, { params: problem.params });
    this.name = "RuleFileError";
    this.file = problem.file;
    this.path = problem.path;
    this.problem = problem;
  }

  /** The problem's message without file and path, in the given language (German by default). */
  detailIn(lang: Lang = "de"): string {
    return ruleProblemMessage(this.problem, lang);
  }
}
