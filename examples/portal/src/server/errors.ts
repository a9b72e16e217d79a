/** Stable codes of the API's error answers: `{ "error": { "code", "message" } }`. */
export type ApiErrorCode =
  | "malformed_json"
  | "invalid_application"
  | "body_too_large"
  | "file_too_large"
  | "unsupported_media_type"
  | "unsupported_file_type"
  | "unreadable_agreement"
  | "bad_multipart"
  | "invalid_query"
  | "bad_url"
  | "not_found"
  | "agreement_required"
  | "bad_token"
  | "office_disabled"
  | "unauthorized"
  | "bad_credentials"
  | "too_many_attempts"
  | "bad_origin"
  | "invalid_review"
  | "not_submitted"
  | "agreement_too_large"
  | "busy"
  | "too_many_submissions"
  | "invalid_justification"
  | "internal_error";

/** The body of every error answer. Messages are German: the portal's users read them. */
export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

/** An error answer the handlers throw; the error handler turns it into `{ error: { code, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Headers of the answer, e.g. `retry-after` of a 429. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** The body of an error answer. */
export const apiError = (code: ApiErrorCode, message: string): ApiError => ({ error: { code, message } });

/** The German messages of the API, one place so that the client can show them as they come. */
export const messages = {
  malformedJson: "Die Anfrage enthält kein gültiges JSON.",
  bodyTooLarge: "Die Anfrage ist zu groß: höchstens {max} KB Antragsdaten sind erlaubt.",
  fileTooLarge: "Die Datei ist zu groß: höchstens {max} MB sind erlaubt.",
  unsupportedMediaType: "Bitte senden Sie den Antrag als JSON (application/json) oder als Formular mit Datei (multipart/form-data).",
  unsupportedFileType: "Dieser Dateityp wird nicht angenommen. Bitte laden Sie die Vereinbarung als PDF, Word-Datei (DOCX) oder Text (TXT) hoch.",
  unreadableAgreement: "Die Vereinbarung ließ sich nicht lesen. Bitte prüfen Sie die Datei oder laden Sie sie als PDF erneut hoch.",
  badMultipart:
    "Das Formular ist unvollständig oder falsch aufgebaut: erwartet werden das Feld „application“ (JSON), höchstens eine Datei „agreement“ und höchstens eine Begründung „justification“.",
  invalidJustification: "Die Begründung ist zu lang: höchstens {max} Zeichen sind erlaubt.",
  invalidApplication: "Der Antrag enthält ungültige Angaben. Bitte prüfen Sie die markierten Felder.",
  invalidQuery: "Ungültiger Filter: {detail}",
  notFound: "Nicht gefunden.",
  badUrl: "Die Adresse ist ungültig.",
  agreementRequired: "Bitte laden Sie die von allen Beteiligten unterzeichnete Vereinbarung hoch: ohne sie kann die Registrierung nicht eingereicht werden.",
  badToken: "Dieser Statuslink ist ungültig. Bitte verwenden Sie den vollständigen Link aus Ihrer Bestätigung.",
  officeDisabled:
    "Der Bereich für das Büro von Bildungspartner NRW ist nicht eingerichtet (es gibt kein Konto: OFFICE_USER und OFFICE_PASSWORD_HASH fehlen, und office-accounts hat keines angelegt).",
  unauthorized: "Bitte melden Sie sich an.",
  badCredentials: "Benutzername oder Passwort ist falsch.",
  tooManyAttempts: "Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in 15 Minuten erneut.",
  badOrigin: "Die Anfrage kommt nicht von dieser Seite und wird abgelehnt.",
  invalidReview:
    "Ungültige Entscheidung: erwartet werden „outcome“ („registered“ oder „rejected“), eine interne Notiz „note“ und eine Begründung für die Schule „reason“ (je höchstens 2.000 Zeichen).",
  notSubmitted: "Über diese Registrierung ist bereits entschieden; sie kann nicht mehr geändert werden.",
  busy: "Der Server prüft gerade viele Vereinbarungen. Ihre Angaben bleiben erhalten; bitte senden Sie sie in einer Minute erneut.",
  tooManySubmissions: "Von Ihrem Anschluss kamen in der letzten Stunde mehr als {max} Einreichungen. Bitte versuchen Sie es in einer Stunde erneut.",
  internalError: "Ein interner Fehler ist aufgetreten. Es wurde nichts gespeichert; bitte versuchen Sie es später erneut.",
} as const;

/** The looked-up value; where there is none, the 404 answer that every route taking an id gives. */
export function foundOr404<T>(value: T | undefined): T {
  if (value === undefined) throw new HttpError(404, "not_found", messages.notFound);
  return value;
}

/** Methods that change nothing: no Origin check before them, and no form message after them. */
export const safeMethods: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);
