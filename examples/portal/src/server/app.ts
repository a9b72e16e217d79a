import { randomBytes } from "node:crypto";
import { categories, evaluate, isSubmittable, formatMessage, type Application, type CategoryId, type Decision } from "@bildungspartner/core";
import { createReceipt } from "@bildungspartner/core/audit";
import { validateForm, type FormResult } from "@bildungspartner/forms";
import fastifyMultipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { DirectoryQuery } from "../shared/directory.js";
import { compareWithForm, redactedReading } from "../shared/mismatches.js";
import { navigationPages } from "../shared/pages.js";
import { reviewTextMaxLength, type SubmissionStatusView } from "../shared/office.js";
import { agreementBudget, agreementPool, type AgreementBudget, type AgreementPool } from "./agreement-pool.js";
import { apiError, foundOr404, HttpError, messages, safeMethods, type ApiErrorCode } from "./errors.js";
import { contactAddresses, sendInBackground, submissionMail, type Mailer } from "./mail.js";
import { sameText, type OfficeCredentials } from "./office-auth.js";
import { officeRoutes } from "./office-routes.js";
import { windowCounter } from "./rate-limit.js";
import { startRetention } from "./retention.js";
import { issueText, offeringsOfEntry } from "./offerings.js";
import { sha256Hex, type NewRegistration, type StoredFile, type Store } from "./store.js";
import { agreementFileType, mediaTypeOf } from "./upload.js";

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
  /** Log level and, in tests, where the log goes; no logging without it. */
  logger?: { level: string; stream?: { write(line: string): void } };
  /** The clock of submissions, decisions, sessions and retention; the real one by default. */
  now?: () => Date;
  /** The office's sign-in; without it the office area is off and says so. */
  office?: OfficeCredentials;
  /** The portal's public address (e.g. `https://portal.example`); state-changing office requests must come from it. */
  publicUrl?: string;
  /** Days after which rejected and withdrawn submissions are erased; 90 by default. */
  retentionDays?: number;
  /**
   * Which proxies to trust for the client's address (`X-Forwarded-For`), as Fastify's `trustProxy`:
   * a number of hops, addresses or subnets; none by default, so that a client cannot choose its address.
   */
  trustProxy?: boolean | number | string | string[];
  /** Submissions (`POST /api/registrations`) per client address and hour; 20 by default. */
  submissionsPerHour?: number;
  /** How uploaded agreements are read (worker threads, time, memory, pages, paragraphs); `agreementBudget` by default. */
  agreementBudget?: Partial<AgreementBudget>;
  /** How a slowed-down office sign-in waits; a timer by default. */
  signInWait?: (ms: number) => Promise<void>;
  /** Sends the status link at submission and the office's decision to the contacts; no e-mail without it. */
  mailer?: Mailer;
}

/**
 * What the log shows of a request: method and path only. Query strings (status tokens), headers
 * (cookies) and bodies (names, e-mail addresses) never reach it.
 */
const logSerializers = {
  req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split("?")[0] }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
};

const categoryIds = new Set<string>(categories.map((c) => c.id));

/** A complete registration that may be stored has every field the directory shows; this says so to the types. */
function completeApplication(application: Application): NewRegistration["application"] {
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
  if (isSubmittable(decision.status)) return decision as NewRegistration["decision"];
  throw new Error(`validateForm accepted a registration with status ${decision.status}`);
}

/** The parts of a multipart registration: the application's JSON text, at most one file and the school's „Begründung“. */
async function readMultipart(request: FastifyRequest): Promise<{ body: unknown; file?: { fileName: string; bytes: Buffer }; justification?: string }> {
  let body: unknown;
  let file: { fileName: string; bytes: Buffer } | undefined;
  let justification: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === "file") {
      if (part.fieldname !== "agreement" || file) {
        part.file.resume();
        throw new HttpError(400, "bad_multipart", messages.badMultipart);
      }
      file = { fileName: part.filename, bytes: await part.toBuffer() };
    } else if (part.fieldname === "justification" && justification === undefined && typeof part.value === "string") {
      if (part.valueTruncated || part.value.length > reviewTextMaxLength) {
        throw new HttpError(400, "invalid_justification", formatMessage(messages.invalidJustification, { max: reviewTextMaxLength }));
      }
      justification = part.value.trim();
    } else {
      if (part.fieldname !== "application" || body !== undefined) throw new HttpError(400, "bad_multipart", messages.badMultipart);
      if (part.valueTruncated) throw new HttpError(413, "body_too_large", formatMessage(messages.bodyTooLarge, { max: requestLimits.jsonBytes / 1024 }));
      // A plain text field holds JSON text; a field sent as application/json arrives parsed.
      body = typeof part.value === "string" ? parseJson(part.value) : part.value;
    }
  }
  if (body === undefined) throw new HttpError(400, "bad_multipart", messages.badMultipart);
  return { body, ...(file ? { file } : {}), ...(justification ? { justification } : {}) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "malformed_json", messages.malformedJson);
  }
}

/**
 * Reads the uploaded agreement in the worker pool and compares it with the form as core read it;
 * refuses files of the wrong type, unreadable ones, ones over the budget, and any while too many wait.
 */
async function readAgreement(pool: AgreementPool, file: { fileName: string; bytes: Buffer }, form: FormResult): Promise<StoredFile> {
  const type = agreementFileType(file.fileName, file.bytes);
  if (!type) throw new HttpError(415, "unsupported_file_type", messages.unsupportedFileType);
  const parsed = form.checked.application;
  // The form's school and partner names help find the parties in the text.
  const outcome = await pool.read({ bytes: file.bytes, type, application: parsed });
  if (outcome.kind === "busy") throw new HttpError(429, "busy", messages.busy, { "retry-after": "60" });
  if (outcome.kind === "refused") {
    if (outcome.reason === "too-large") throw new HttpError(400, "agreement_too_large", outcome.message);
    throw new HttpError(400, "unreadable_agreement", `${messages.unreadableAgreement} (${outcome.message})`);
  }
  const { report } = outcome;
  const mismatches = compareWithForm(parsed, form.decision, report);
  // Stored for the reviewer: findings and mismatches; the passages about persons stay in the file only.
  return { fileName: file.fileName, mediaType: mediaTypeOf(type, file.bytes), bytes: file.bytes, report: redactedReading(report, mismatches) };
}

function directoryQuery(query: Record<string, unknown>): DirectoryQuery {
  const result: DirectoryQuery = {};
  const invalid = (detail: string) => new HttpError(400, "invalid_query", formatMessage(messages.invalidQuery, { detail }));
  const { category, q, year } = query;
  if (category !== undefined && category !== "") {
    if (typeof category !== "string" || !categoryIds.has(category)) throw invalid("unbekannte Art der Einrichtung");
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

/** A `..` path segment, literal or percent-encoded, between slashes (or backslashes, or their encodings). */
const dotSegment = /(?:^|\/|\\|%2f|%5c)(?:\.|%2e){2}(?:$|\/|\\|%2f|%5c)/i;

/** Trusts the `hops` proxies nearest to the server: the address the last of them saw is the client's. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

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
  if (error instanceof HttpError) {
    reply.headers(error.headers);
    return answer(error.statusCode, error.code, error.message);
  }
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
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 && !safeMethods.has(request.method)) {
    // Bad JSON, an empty body, a broken multipart stream: the request is malformed.
    const code = error.code?.startsWith("FST_ERR_CTP") ? "malformed_json" : "bad_multipart";
    return answer(400, code, code === "malformed_json" ? messages.malformedJson : messages.badMultipart);
  }
  // A page asked for with `..`, a dot file, a folder without its slash: a GET has no body to blame.
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return answer(404, "not_found", messages.notFound);
  request.log.error(error);
  return answer(500, "internal_error", messages.internalError);
}

/**
 * The portal's HTTP server: the API, and the built pages when `clientDir` is given. Every answer is
 * decided again here, from the request alone: the browser's checks are a convenience, not a guarantee.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const pool = agreementPool({ ...agreementBudget, ...options.agreementBudget });
  const submissions = windowCounter(60 * 60 * 1000, now);
  const submissionsPerHour = options.submissionsPerHour ?? 20;
  const app = Fastify({
    // A number of hops, as a function: Fastify's types leave the number out, its docs do not.
    trustProxy: typeof options.trustProxy === "number" ? trustHops(options.trustProxy) : (options.trustProxy ?? false),
    logger: options.logger ? { ...options.logger, serializers: logSerializers } : false,
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
    limits: { fileSize: requestLimits.uploadBytes, fieldSize: requestLimits.jsonBytes, files: 1, fields: 2, parts: 3, headerPairs: 50 },
  });
  app.setErrorHandler(sendError);
  // A path with a `..` segment (also as %2e%2e, or before an encoded slash) names nothing here: the
  // pages and the API have none. The same 404 as any unknown path, whatever the static server would make of it.
  app.addHook("onRequest", async (request, reply) => {
    if (dotSegment.test(request.url.split("?")[0]!)) return reply.callNotFound();
  });
  app.addHook("onClose", () => pool.close());
  app.addHook("onSend", async (request, reply) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith("/api/") && !reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });

  app.post("/api/check", async (request) => {
    if (request.isMultipart() || request.body === undefined) throw new HttpError(400, "malformed_json", messages.malformedJson);
    return evaluate(request.body, { lang: "de" });
  });

  app.post("/api/registrations", async (request, reply) => {
    // Counted before anything is read: a flood from one address costs it nothing but the count.
    if (submissions.add(request.ip) > submissionsPerHour) {
      throw new HttpError(429, "too_many_submissions", formatMessage(messages.tooManySubmissions, { max: submissionsPerHour }), { "retry-after": "3600" });
    }
    let body: unknown;
    let file: { fileName: string; bytes: Buffer } | undefined;
    let justification: string | undefined;
    if (request.isMultipart()) {
      ({ body, file, justification } = await readMultipart(request));
    } else if (request.body === undefined) {
      throw new HttpError(400, "malformed_json", messages.malformedJson);
    } else {
      body = request.body;
    }
    // Read and decided once (the form's `checked`); judged as submitted: the next steps say
    // what the submission leads to, not to submit. The agreement check and the stored entry take this reading.
    const form = validateForm(body, { lang: "de", mode: "submit", stage: "after-submission" });
    if (form.decision.status === "invalid") {
      return reply.code(400).send({
        ...apiError("invalid_application", messages.invalidApplication),
        decision: form.decision,
        fieldErrors: form.fieldErrors,
      });
    }
    if (!form.valid) return reply.code(422).send({ decision: form.decision, fieldErrors: form.fieldErrors, formErrors: form.formErrors });
    // Registration follows the submission of the signed agreement: no file, no submission.
    if (!file) throw new HttpError(400, "agreement_required", messages.agreementRequired);
    const agreement = await readAgreement(pool, file, form);
    const application = completeApplication(form.checked.application);
    const submittedAt = now();
    const statusToken = randomBytes(32).toString("base64url");
    const id = store.submit({
      application,
      decision: storableDecision(form.decision),
      agreement,
      tokenSha256: sha256Hex(statusToken),
      receipt: createReceipt(application, { now: submittedAt }),
      submittedAt: submittedAt.toISOString(),
      // Only a needs-review submission is asked why; an eligible one needs no reason.
      ...(justification && form.decision.status === "needs-review" ? { justification } : {}),
    });
    // The token travels in the link's fragment, which browsers never send to a server (nor to its log).
    const statusUrl = `/status/#id=${id}&token=${statusToken}`;
    // main.ts requires PUBLIC_URL with e-mail; the request's origin serves tests and API-only use.
    const statusLink = `${options.publicUrl ? new URL(options.publicUrl).origin : `${request.protocol}://${request.host}`}${statusUrl}`;
    sendInBackground(options.mailer, request.log, { to: contactAddresses(application), ...submissionMail(application, statusLink) });
    return reply
      .code(201)
      .header("location", `/api/registrations/${id}/status`)
      .send({ id, status: "submitted", decision: form.decision, agreement: agreement.report, statusToken, statusUrl });
  });

  /**
   * The submission a status link points at; the same 404 for an unknown id and a wrong token. The
   * status page sends the token in the `X-Status-Token` header (query strings end up in proxies'
   * logs); `?token=` still works for clients written against the first version of this API.
   */
  function linkedSubmission(request: FastifyRequest<{ Params: { id: string }; Querystring: { token?: unknown } }>) {
    const token = request.headers["x-status-token"] ?? request.query.token;
    const found = store.submissionStatus(request.params.id);
    const tokenOk = typeof token === "string" && token.length <= 100 && sameText(sha256Hex(token), found?.tokenSha256 ?? "");
    if (!found || !tokenOk) throw new HttpError(404, "bad_token", messages.badToken);
    return found;
  }

  // The school's private view of its submission; the token given at submission is the only key.
  app.get<{ Params: { id: string }; Querystring: { token?: unknown } }>("/api/registrations/:id/status", async (request) => {
    const found = linkedSubmission(request);
    const view: SubmissionStatusView = {
      id: found.id,
      status: found.review,
      decisionStatus: found.decisionStatus,
      school: found.schoolName,
      submittedAt: found.submittedAt,
      decidedAt: found.decidedAt,
      reason: found.reason,
      nextSteps: found.nextSteps,
    };
    return view;
  });

  // The school withdraws its submission while it waits for review; its data is erased after the retention period.
  app.post<{ Params: { id: string }; Querystring: { token?: unknown } }>("/api/registrations/:id/withdrawal", async (request, reply) => {
    const found = linkedSubmission(request);
    if (store.withdraw(found.id, now().toISOString()) !== "changed") throw new HttpError(409, "not_submitted", messages.notSubmitted);
    return reply.code(204).send();
  });

  await app.register(officeRoutes, { store, now, office: options.office, publicUrl: options.publicUrl, wait: options.signInWait, mailer: options.mailer });
  startRetention(app, store, now, options.retentionDays ?? 90);

  app.get("/api/registrations", async (request) => store.list(directoryQuery(request.query as Record<string, unknown>)));

  app.get<{ Params: { id: string } }>("/api/registrations/:id", async (request) => foundOr404(store.get(request.params.id)));

  // What the registered partnership may use (core's offerings), with optional ?flyers=&purpose=&projectStarted=.
  app.get<{ Params: { id: string } }>("/api/registrations/:id/offerings", async (request, reply) => {
    const report = offeringsOfEntry(foundOr404(store.get(request.params.id)), request.query as Record<string, unknown>);
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
<h1>Seite nicht gefunden</h1><p>${navigationPages.map((page) => `<a href="${page.path}">${page.nav}</a>`).join(" · ")}</p></html>`;
