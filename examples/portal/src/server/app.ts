import { checkAgreementText, redactReport } from "@bildungspartner/agreement";
import { chronoDateParser } from "@bildungspartner/agreement/chrono";
import { AgreementError, extractText } from "@bildungspartner/agreement/extract";
import { categories, evaluate, formatMessage, parseApplication, type CategoryId, type Decision } from "@bildungspartner/core";
import { validateForm, type FormResult } from "@bildungspartner/forms";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from "fastify";
import type { DirectoryQuery } from "../shared/directory.js";
import { compareWithForm } from "../shared/mismatches.js";
import { apiError, messages, type ApiErrorCode } from "./errors.js";
import { issueText, offeringsOfEntry } from "./offerings.js";
import type { NewRegistration, StoredFile, Store } from "./store.js";
import { agreementFileType, mediaTypes } from "./upload.js";

/** Size limits of requests. */
export const requestLimits = {
  /** Application JSON, as a JSON body or as the multipart field `application`. */
  jsonBytes: 100 * 1024,
  /** The uploaded agreement file. */
  uploadBytes: 10 * 1024 * 1024,
} as const;

/** Options of {@link buildApp}. */
export interface AppOptions {
  store: Store;
  /** Folder of the built browser pages to serve; none in API-only use. */
  clientDir?: string;
  logger?: FastifyServerOptions["logger"];
}

/** An error answer the handlers throw; the error handler turns it into `{ error: { code, message } }`. */
class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const categoryIds = new Set<string>(categories.map((c) => c.id));

/** A complete registration that may be stored has every field the directory shows; this says so to the types. */
function completeApplication(value: unknown): NewRegistration["application"] {
  const { application } = parseApplication(value);
  const { school, partners, agreement } = application;
  if (!school?.name || !school.type || !agreement?.startDate || !partners?.length || partners.some((p) => !p.name || !p.category)) {
    throw new Error("validateForm accepted an application without the directory's fields");
  }
  return application as NewRegistration["application"];
}

/**
 * In submit mode `validateForm` accepts only a Decision the portal stores: `eligible`, or `needs-review`
 * (only Soll-Kriterien not met: Bildungspartner NRW decides); this says so to the types.
 */
function storableDecision(decision: Decision): NewRegistration["decision"] {
  if (decision.status === "eligible" || decision.status === "needs-review") return decision as NewRegistration["decision"];
  throw new Error(`validateForm accepted a registration with status ${decision.status}`);
}

/** The parts of a multipart registration: the application's JSON text and at most one file. */
async function readMultipart(request: FastifyRequest): Promise<{ body: unknown; file?: { fileName: string; bytes: Buffer } }> {
  let body: unknown;
  let file: { fileName: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === "file") {
      if (part.fieldname !== "agreement" || file) {
        part.file.resume();
        throw new HttpError(400, "bad_multipart", messages.badMultipart);
      }
      file = { fileName: part.filename, bytes: await part.toBuffer() };
    } else {
      if (part.fieldname !== "application" || body !== undefined) throw new HttpError(400, "bad_multipart", messages.badMultipart);
      if (part.valueTruncated) throw new HttpError(413, "body_too_large", formatMessage(messages.bodyTooLarge, { max: requestLimits.jsonBytes / 1024 }));
      // A plain text field holds JSON text; a field sent as application/json arrives parsed.
      body = typeof part.value === "string" ? parseJson(part.value) : part.value;
    }
  }
  if (body === undefined) throw new HttpError(400, "bad_multipart", messages.badMultipart);
  return file ? { body, file } : { body };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "malformed_json", messages.malformedJson);
  }
}

/** The German half of the agreement package's "Deutsch / English" messages. */
const german = (message: string) => message.split(" / ")[0] ?? message;

/** Reads the uploaded agreement and compares it with the form; refuses files of the wrong type. */
async function readAgreement(file: { fileName: string; bytes: Buffer }, application: unknown, form: FormResult): Promise<StoredFile> {
  const type = agreementFileType(file.fileName, file.bytes);
  if (!type) throw new HttpError(415, "unsupported_file_type", messages.unsupportedFileType);
  let text: string;
  let pages;
  try {
    ({ text, pages } = await extractText(new Uint8Array(file.bytes), { type }));
  } catch (error) {
    if (!(error instanceof AgreementError)) throw error;
    throw new HttpError(400, "unreadable_agreement", `${messages.unreadableAgreement} (${german(error.message)})`);
  }
  const parsed = parseApplication(application).application;
  // The form's school and partner names help find the parties in the text.
  // On the server chrono-node reads dates the package's own patterns do not know; the browser goes without.
  const report = checkAgreementText(text, { lang: "de", pages, application: parsed, dateParser: chronoDateParser });
  const mismatches = compareWithForm(parsed, form.decision, report);
  // Stored for the reviewer: findings and mismatches; the passages about persons stay in the file only.
  return { fileName: file.fileName, mediaType: mediaTypes[type], bytes: file.bytes, report: { findings: redactReport(report).findings, mismatches } };
}

function directoryQuery(query: Record<string, unknown>): DirectoryQuery {
  const result: DirectoryQuery = {};
  const invalid = (detail: string) => new HttpError(400, "invalid_query", formatMessage(messages.invalidQuery, { detail }));
  const { category, q, year } = query;
  if (category !== undefined && category !== "") {
    if (typeof category !== "string" || !categoryIds.has(category)) throw invalid("unbekannte Kategorie");
    result.category = category as CategoryId;
  }
  if (q !== undefined && q !== "") {
    if (typeof q !== "string" || q.length > 200) throw invalid("Suchtext höchstens 200 Zeichen");
    result.q = q;
  }
  if (year !== undefined && year !== "") {
    if (typeof year !== "string" || !/^\d{4}$/.test(year)) throw invalid("Jahr mit vier Ziffern");
    result.year = Number(year);
  }
  return result;
}

const securityHeaders = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

/** Maps framework errors (body too large, bad JSON, wrong media type, file too large) to German answers. */
function sendError(error: Error & { statusCode?: number; code?: string }, request: FastifyRequest, reply: FastifyReply) {
  const answer = (status: number, code: ApiErrorCode, message: string) => reply.code(status).send(apiError(code, message));
  if (error instanceof HttpError) return answer(error.statusCode, error.code, error.message);
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return answer(413, "body_too_large", formatMessage(messages.bodyTooLarge, { max: requestLimits.jsonBytes / 1024 }));
    case "FST_REQ_FILE_TOO_LARGE":
      return answer(413, "file_too_large", formatMessage(messages.fileTooLarge, { max: requestLimits.uploadBytes / 1024 / 1024 }));
    case "FST_PARTS_LIMIT":
    case "FST_FILES_LIMIT":
    case "FST_FIELDS_LIMIT":
      // More parts than a registration has: a malformed form, not a large one.
      return answer(400, "bad_multipart", messages.badMultipart);
    case "FST_INVALID_JSON_FIELD_ERROR":
      return answer(400, "malformed_json", messages.malformedJson);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return answer(415, "unsupported_media_type", messages.unsupportedMediaType);
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    // Bad JSON, an empty body, a broken multipart stream: the request is malformed.
    const code = error.code?.startsWith("FST_ERR_CTP") ? "malformed_json" : "bad_multipart";
    return answer(400, code, code === "malformed_json" ? messages.malformedJson : messages.badMultipart);
  }
  request.log.error(error);
  return answer(500, "internal_error", messages.internalError);
}

/**
 * The portal's HTTP server: the API, and the built pages when `clientDir` is given. Every answer is
 * decided again here, from the request alone: the browser's checks are a convenience, not a guarantee.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: requestLimits.jsonBytes,
    // Errors the router raises before any route runs: in the API's own shape, never echoing the URL.
    frameworkErrors: (error: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply) => {
      if (error.code === "FST_ERR_MAX_PARAM_LENGTH") return reply.code(404).send(apiError("not_found", messages.notFound));
      return reply.code(400).send(apiError("bad_url", messages.badUrl));
    },
  });
  // JSON and multipart only: a text/plain body is refused with 415, not read as a string.
  app.removeContentTypeParser("text/plain");
  await app.register(fastifyMultipart, {
    limits: { fileSize: requestLimits.uploadBytes, fieldSize: requestLimits.jsonBytes, files: 1, fields: 1, parts: 2, headerPairs: 50 },
  });
  app.setErrorHandler(sendError);
  app.addHook("onSend", async (request, reply) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith("/api/")) reply.header("cache-control", "no-store");
  });

  app.post("/api/check", async (request) => {
    if (request.isMultipart() || request.body === undefined) throw new HttpError(400, "malformed_json", messages.malformedJson);
    return evaluate(request.body, { lang: "de" });
  });

  app.post("/api/registrations", async (request, reply) => {
    let body: unknown;
    let file: { fileName: string; bytes: Buffer } | undefined;
    if (request.isMultipart()) {
      ({ body, file } = await readMultipart(request));
    } else if (request.body === undefined) {
      throw new HttpError(400, "malformed_json", messages.malformedJson);
    } else {
      body = request.body;
    }
    const form = validateForm(body, { lang: "de", mode: "submit" });
    if (form.decision.status === "invalid") {
      return reply.code(400).send({
        ...apiError("invalid_application", messages.invalidApplication),
        decision: form.decision,
        fieldErrors: form.fieldErrors,
      });
    }
    if (!form.valid) return reply.code(422).send({ decision: form.decision, fieldErrors: form.fieldErrors, formErrors: form.formErrors });
    const agreement = file ? await readAgreement(file, body, form) : undefined;
    const registration: NewRegistration = { application: completeApplication(body), decision: storableDecision(form.decision) };
    if (agreement) registration.agreement = agreement;
    const id = store.register(registration);
    const answer: Record<string, unknown> = { id, decision: form.decision };
    if (agreement) answer.agreement = agreement.report;
    return reply.code(201).header("location", `/api/registrations/${id}`).send(answer);
  });

  app.get("/api/registrations", async (request) => store.list(directoryQuery(request.query as Record<string, unknown>)));

  app.get<{ Params: { id: string } }>("/api/registrations/:id", async (request) => {
    const entry = store.get(request.params.id);
    if (!entry) throw new HttpError(404, "not_found", messages.notFound);
    return entry;
  });

  // What the registered partnership may use (core's offerings), with optional ?flyers=&purpose=&projectStarted=.
  app.get<{ Params: { id: string } }>("/api/registrations/:id/offerings", async (request, reply) => {
    const entry = store.get(request.params.id);
    if (!entry) throw new HttpError(404, "not_found", messages.notFound);
    const report = offeringsOfEntry(entry, request.query as Record<string, unknown>);
    if (report.issues.length > 0) {
      return reply.code(400).send({ ...apiError("invalid_query", formatMessage(messages.invalidQuery, { detail: issueText(report.issues) })), issues: report.issues });
    }
    return report;
  });

  if (options.clientDir) {
    await app.register(fastifyStatic, {
      root: options.clientDir,
      redirect: true,
      cacheControl: false,
      // Vite puts a content hash in every asset name: they never change, so caches may keep them.
      setHeaders: (res, path) => {
        res.header("cache-control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    reply.code(404);
    if (request.url.startsWith("/api/")) return reply.send(apiError("not_found", messages.notFound));
    return reply.type("text/html; charset=utf-8").send(notFoundPage);
  });
  return app;
}

const notFoundPage = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Seite nicht gefunden</title>
<h1>Seite nicht gefunden</h1><p><a href="/">Zur Registrierung</a> · <a href="/verzeichnis/">Zum Verzeichnis</a></p></html>`;
