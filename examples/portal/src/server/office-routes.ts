import { formatMessage } from "@bildungspartner/core";
import { createReceipt } from "@bildungspartner/core/audit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { officeListStatuses, reviewTextMaxLength, type ReviewStatus } from "../shared/office.js";
import { foundOr404, HttpError, messages, safeMethods } from "./errors.js";
import { contactAddresses, decisionMail, sendInBackground, type Mailer } from "./mail.js";
import { officeAuth, officeLimits, type OfficeCredentials } from "./office-auth.js";
import type { Store } from "./store.js";

/** Options of {@link officeRoutes}. */
export interface OfficeRoutesOptions {
  store: Store;
  now: () => Date;
  office: OfficeCredentials | undefined;
  publicUrl: string | undefined;
  /** How a slowed-down sign-in waits (see `officeAuth`); a timer by default. */
  wait?: ((ms: number) => Promise<void>) | undefined;
  /** Tells the contacts of the office's decision; no e-mail without it. */
  mailer?: Mailer | undefined;
}

const cookieName = "bp_office";

/** The value of one cookie of the request. */
function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? "").split(";")) {
    const [key, ...value] = pair.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** The portal's own origin: `PUBLIC_URL`'s when set, else the one the request was served from. */
const ownOrigin = (request: FastifyRequest, publicUrl: string | undefined) => (publicUrl ? new URL(publicUrl).origin : `${request.protocol}://${request.host}`);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** ASCII fallback and RFC 5987 form of a download name, for `Content-Disposition`. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The programme office's API under `/api/office/`: sign-in, the review list and detail, the stored
 * agreement, the decision and erasure. Off (`503 office_disabled`) without any account; every route
 * but the sign-in needs a session (`401`); every state-changing request must come from the portal's
 * own origin (`403`).
 */
export async function officeRoutes(app: FastifyInstance, options: OfficeRoutesOptions): Promise<void> {
  const { store, now, office, publicUrl, wait } = options;
  const auth = officeAuth(store.office, now, { credentials: office, ...(wait ? { wait } : {}) });

  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/office/")) return;
    if (!auth.enabled()) throw new HttpError(503, "office_disabled", messages.officeDisabled);
    if (!safeMethods.has(request.method) && request.headers.origin !== ownOrigin(request, publicUrl)) {
      throw new HttpError(403, "bad_origin", messages.badOrigin);
    }
    const signingIn = request.url.split("?")[0] === "/api/office/session";
    if (!signingIn && !auth.valid(cookie(request, cookieName))) throw new HttpError(401, "unauthorized", messages.unauthorized);
  });

  // The office page asks whether it is signed in; the answer is 503 when the office area is off.
  app.get("/api/office/session", async (request) => ({ signedIn: auth.valid(cookie(request, cookieName)) }));

  app.post("/api/office/session", async (request, reply) => {
    const body = request.body;
    if (!isRecord(body) || typeof body.username !== "string" || typeof body.password !== "string" || body.username.length > 200 || body.password.length > 1000) {
      throw new HttpError(401, "bad_credentials", messages.badCredentials);
    }
    const result = await auth.signIn(body.username, body.password, request.ip);
    if (result.kind === "rate-limited") throw new HttpError(429, "too_many_attempts", messages.tooManyAttempts);
    if (result.kind === "refused") {
      request.log.warn("office: failed sign-in");
      throw new HttpError(401, "bad_credentials", messages.badCredentials);
    }
    const secure = request.protocol === "https" || publicUrl?.startsWith("https:") ? "; Secure" : "";
    const maxAge = officeLimits.sessionMs / 1000;
    return reply
      .code(204)
      .header("set-cookie", `${cookieName}=${result.session}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`)
      .send();
  });

  app.delete("/api/office/session", async (request, reply) => {
    auth.signOut(cookie(request, cookieName));
    return reply.code(204).header("set-cookie", `${cookieName}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`).send();
  });

  app.get<{ Querystring: { status?: unknown } }>("/api/office/registrations", async (request) => {
    const status = request.query.status ?? "submitted";
    if (typeof status !== "string" || !(officeListStatuses as readonly string[]).includes(status)) {
      throw new HttpError(400, "invalid_query", formatMessage(messages.invalidQuery, { detail: "Status submitted, registered oder rejected" }));
    }
    return store.reviewList(status as ReviewStatus);
  });

  app.get<{ Params: { id: string } }>("/api/office/registrations/:id", async (request) => foundOr404(store.reviewDetail(request.params.id)));

  app.get<{ Params: { id: string } }>("/api/office/registrations/:id/agreement", async (request, reply) => {
    const file = foundOr404(store.agreementContent(request.params.id));
    return reply
      .type(file.mediaType)
      .header("content-disposition", contentDisposition(file.fileName))
      .header("cache-control", "private, no-store")
      .send(file.bytes);
  });

  app.post<{ Params: { id: string } }>("/api/office/registrations/:id/decision", async (request) => {
    const body = request.body;
    const note = isRecord(body) ? (body.note ?? "") : undefined;
    const reason = isRecord(body) ? (body.reason ?? "") : undefined;
    const validText = (text: unknown): text is string => typeof text === "string" && text.length <= reviewTextMaxLength;
    if (!isRecord(body) || (body.outcome !== "registered" && body.outcome !== "rejected") || !validText(note) || !validText(reason)) {
      throw new HttpError(400, "invalid_review", messages.invalidReview);
    }
    const detail = foundOr404(store.reviewDetail(request.params.id));
    const at = now();
    const account = auth.account(cookie(request, cookieName));
    const schoolReason = reason.trim();
    const result = store.decide(detail.id, {
      outcome: body.outcome,
      note,
      reason: schoolReason,
      receipt: createReceipt(detail.application, { now: at }),
      at: at.toISOString(),
      ...(account ? { account } : {}),
    });
    if (result !== "changed") throw new HttpError(409, "not_submitted", messages.notSubmitted);
    sendInBackground(options.mailer, request.log, { to: contactAddresses(detail.application), ...decisionMail(detail.application, body.outcome, schoolReason) });
    return store.reviewDetail(detail.id);
  });

  app.delete<{ Params: { id: string } }>("/api/office/registrations/:id", async (request, reply) => {
    if (!store.erase(request.params.id, now().toISOString(), "office")) throw new HttpError(404, "not_found", messages.notFound);
    return reply.code(204).send();
  });
}
