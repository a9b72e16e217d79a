import type { Application } from "@bildungspartner/core";
import { createTransport } from "nodemailer";

/** One message to the contacts of a submission. */
export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/** Sends the portal's messages; the portal sends none without one (`SMTP_URL` unset). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Options of {@link smtpMailer}. */
export interface SmtpOptions {
  /** `smtp://user:password@host:587` or `smtps://…` (nodemailer's connection URL). */
  url: string;
  /** The sender, e.g. `Bildungspartner NRW <portal@example.org>`. */
  from: string;
}

/** A mailer over SMTP (nodemailer). Its own logging stays off: it would print addresses. */
export function smtpMailer(options: SmtpOptions): Mailer {
  const transport = createTransport(options.url, { from: options.from });
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

/** The e-mail addresses of an application's contacts, each once. */
export const contactAddresses = (application: Application): string[] => [
  ...new Set((application.contacts ?? []).flatMap((contact) => (contact.email ? [contact.email] : []))),
];

const signature = "Bildungspartner NRW (Beispielportal)";

/** The message at submission: the status link, the only copy besides the confirmation page. */
export function submissionMail(application: Application, statusLink: string): Omit<MailMessage, "to"> {
  const school = application.school?.name ?? "";
  return {
    subject: `Registrierung eingereicht: ${school} / Registration submitted`,
    text: [
      "Guten Tag,",
      "",
      `die Bildungspartnerschaft von „${school}“ ist mit der unterzeichneten Vereinbarung bei Bildungspartner NRW eingereicht. Das Büro prüft sie; danach erscheint sie im öffentlichen Verzeichnis.`,
      "",
      "Den Stand sehen Sie jederzeit unter diesem persönlichen Link. Bitte geben Sie ihn nicht weiter:",
      statusLink,
      "",
      `— The partnership of “${school}” has been submitted to Bildungspartner NRW. Follow its status at the link above; please keep it to yourself.`,
      "",
      signature,
    ].join("\n"),
  };
}

/** The message at the office's decision, with its reason for the school when it gave one. */
export function decisionMail(application: Application, outcome: "registered" | "rejected", reason: string): Omit<MailMessage, "to"> {
  const school = application.school?.name ?? "";
  const registered = outcome === "registered";
  return {
    subject: registered ? `Registriert: ${school} / Registered` : `Nicht registriert: ${school} / Not registered`,
    text: [
      "Guten Tag,",
      "",
      registered
        ? `die Bildungspartnerschaft von „${school}“ ist registriert und steht im öffentlichen Verzeichnis von Bildungspartner NRW.`
        : `Bildungspartner NRW hat die Registrierung der Bildungspartnerschaft von „${school}“ nicht angenommen.`,
      ...(reason ? ["", "Begründung:", reason] : []),
      "",
      "Den Stand sehen Sie auch unter dem persönlichen Link aus der Bestätigung Ihrer Einreichung.",
      "",
      registered
        ? `— The partnership of “${school}” is registered and listed in the public directory.`
        : `— Bildungspartner NRW did not accept the registration of “${school}”${reason ? " (reason above, in German)" : ""}.`,
      "",
      signature,
    ].join("\n"),
  };
}

/** What {@link sendInBackground} logs with: the request's logger. */
interface WarningLog {
  warn(details: object, message: string): void;
}

/**
 * Sends without making the answer wait for the mail server. A failure is logged with its code only:
 * never the addresses or the text.
 */
export function sendInBackground(mailer: Mailer | undefined, log: WarningLog, message: MailMessage): void {
  if (!mailer || message.to.length === 0) return;
  mailer.send(message).catch((error: unknown) => {
    const code = error instanceof Error && "code" in error ? String(error.code) : "unknown";
    log.warn({ code }, "mail: not sent");
  });
}
