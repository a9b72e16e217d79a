import type { Application, Decision } from "@bildungspartner/core";

/** What became of a registration sent to the server. */
export type SubmitOutcome =
  | { kind: "submitted"; id: string; decision: Decision; statusUrl: string }
  | { kind: "refused"; decision: Decision; fieldErrors: Record<string, string[]>; formErrors: string[] }
  | { kind: "error"; message: string; fieldErrors: Record<string, string[]> };

const offline = "Der Server ist nicht erreichbar. Ihre Angaben bleiben erhalten; bitte versuchen Sie es gleich noch einmal.";

/**
 * Sends the submission: JSON, or a multipart form with the agreement file as `agreement` (the server
 * refuses a submission without it) and the school's „Begründung“ as `justification` when there is one.
 * The server decides again from what it receives; its answer is the one that counts.
 */
export async function submitRegistration(application: Application, file: File | undefined, justification = ""): Promise<SubmitOutcome> {
  let response: Response;
  try {
    if (file) {
      const form = new FormData();
      form.append("application", JSON.stringify(application));
      form.append("agreement", file, file.name);
      if (justification.trim() !== "") form.append("justification", justification);
      response = await fetch("/api/registrations", { method: "POST", body: form });
    } else {
      response = await fetch("/api/registrations", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(application),
      });
    }
  } catch {
    return { kind: "error", message: offline, fieldErrors: {} };
  }
  const body = (await response.json().catch(() => ({}))) as {
    id?: string;
    decision?: Decision;
    statusUrl?: string;
    fieldErrors?: Record<string, string[]>;
    formErrors?: string[];
    error?: { message?: string };
  };
  if (response.status === 201 && body.id && body.decision && body.statusUrl) return { kind: "submitted", id: body.id, decision: body.decision, statusUrl: body.statusUrl };
  if (response.status === 422 && body.decision) {
    return { kind: "refused", decision: body.decision, fieldErrors: body.fieldErrors ?? {}, formErrors: body.formErrors ?? [] };
  }
  return {
    kind: "error",
    message: body.error?.message ?? `Die Registrierung ist fehlgeschlagen (HTTP ${response.status}). Bitte versuchen Sie es später erneut.`,
    fieldErrors: body.fieldErrors ?? {},
  };
}
