import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { vi } from "vitest";

/** A message the test SMTP server received: its envelope recipients, subject and decoded text. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** An SMTP server in this process, on 127.0.0.1 (any free port), that keeps what it receives. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL` or `smtpMailer`. */
  url: string;
  received: ReceivedMail[];
  /** Waits until `count` messages have arrived in all; returns them. */
  waitFor(count: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** Quoted-printable (RFC 2045) as nodemailer writes non-ASCII text, decoded to a string. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i]!));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The subject and text of a raw single-part message, as nodemailer sends a text-only mail. */
function parse(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4).replace(/\r\n$/, "");
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, "im").exec(head)?.[1] ?? "";
  const subject = header("Subject").replace(/=\?UTF-8\?Q\?(.*?)\?=\s*/gi, (_, word: string) => decodeQuotedPrintable(word.replace(/_/g, " ")));
  const text = /quoted-printable/i.test(header("Content-Transfer-Encoding")) ? decodeQuotedPrintable(body) : body;
  return { subject, text: text.replace(/\r\n/g, "\n") };
}

/** Starts an SMTP server without authentication or TLS, as a local relay in a test. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), ...parse(Buffer.concat(chunks).toString("utf8")) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count) {
      await vi.waitFor(
        () => {
          if (received.length < count) throw new Error(`${received.length} of ${count} messages received`);
        },
        { timeout: 15_000, interval: 20 },
      );
      return received.slice(0, count);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
