/**
 * Codes of the errors the SDK throws. Errors are thrown only for programmer mistakes
 * (a broken rule file, an unknown option); bad application input is reported as data.
 */
export type BildungspartnerErrorCode =
  | "RULE_FILE_INVALID"
  | "RULE_SET_INVALID"
  | "INVALID_OPTION"
  | "NO_RULE_SET_IN_FORCE";

/**
 * The error the SDK throws for programmer mistakes. `code` is stable; `message` is German first,
 * then English.
 */
export class BildungspartnerError extends Error {
  /** Stable machine-readable code. */
  readonly code: BildungspartnerErrorCode;

  constructor(code: BildungspartnerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BildungspartnerError";
    this.code = code;
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
    super("RULE_FILE_INVALID", `${file}:${path || "(Datei)"}: ${detail}`);
    this.name = "RuleFileError";
    this.file = file;
    this.path = path;
    this.detail = detail;
  }
}
