import { format, type Lang, type LocalizedText, type MessageParams } from "./localized.js";

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

/** Thrown when a rule file does not fit the rule-file schema; names the file and the JSON path. */
export class RuleFileError extends BildungspartnerError {
  /** The rule file's name as given to the loader, e.g. `min-duration.json`. */
  readonly file: string;
  /** Dotted JSON path of the problem inside the file (`""` for the whole file). */
  readonly path: string;
  /** The problem without file and path, German then English. */
  readonly detail: string;

  constructor(file: string, path: string, detail: string) {
    const where = `${file}:${path || "(Datei)"}: `;
    super("RULE_FILE_INVALID", { de: where + detail, en: where + detail });
    this.name = "RuleFileError";
    this.file = file;
    this.path = path;
    this.detail = detail;
  }
}
