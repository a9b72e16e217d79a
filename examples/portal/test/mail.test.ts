import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../src/server/mail.js";
import { eligibleApplication, office } from "./fixtures.js";
import { decideAsOffice, officeCookie, startServer, submit, tempDir } from "./server.js";
import { startSmtpServer, type TestSmtpServer } from "./smtp.js";

const temp = tempDir();
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.stop();
  temp.remove();
});

const credentials = { user: office.user, passwordHash: office.passwordHash };
const contacts = ["anna.schmidt@gymnasium-stadtpark.de", "bernd.meyer@musterstadt.de"];

describe("e-mail with SMTP_URL", () => {
  it("sends the status link at submission and the decision with its reason to the contacts; the log names no one", async () => {
    const lines: string[] = [];
    const mailer = smtpMailer({ url: smtp.url, from: "Bildungspartner NRW <portal@example.org>" });
    const server = await startServer(`${temp.dir}/mail.sqlite`, { office: credentials, mailer, logger: { level: "info", stream: { write: (line) => lines.push(line) } } });
    try {
      const { id, statusToken } = await submit(server, eligibleApplication(1), 1);
      const [atSubmission] = await smtp.waitFor(1);
      expect(atSubmission!.to.sort()).toEqual(contacts);
      expect(atSubmission!.subject).toContain("Registrierung eingereicht: Gymnasium am Stadtpark 1");
      expect(atSubmission!.text).toContain(`${server.url}/status/#id=${id}&token=${statusToken}`);

      const reason = "Die Vereinbarung ist nur von der Schule unterzeichnet.";
      const decided = await decideAsOffice(server, id, await officeCookie(server), { outcome: "rejected", note: "intern: Rückruf am Montag", reason });
      expect(decided.status).toBe(200);
      const [, atDecision] = await smtp.waitFor(2);
      expect(atDecision!.to.sort()).toEqual(contacts);
      expect(atDecision!.subject).toContain("Nicht registriert: Gymnasium am Stadtpark 1");
      expect(atDecision!.text).toContain(`Begründung:\n${reason}`);
      // The internal note stays in the office; the token is never in the second message.
      expect(atDecision!.text).not.toContain("Rückruf");
      expect(atDecision!.text).not.toContain(statusToken);
    } finally {
      await server.stop();
      mailer.close();
    }
    const log = lines.join("");
    for (const secret of [...contacts, "Anna Schmidt", "Gymnasium am Stadtpark", "token="]) expect(log, secret).not.toContain(secret);
  });

  it("answers the submission without waiting for the mail server, and logs a failure by its code only", async () => {
    const lines: string[] = [];
    // A port nothing listens on: the connection is refused.
    const closed = await startSmtpServer();
    await closed.stop();
    const mailer = smtpMailer({ url: closed.url, from: "portal@example.org" });
    const server = await startServer(`${temp.dir}/mail-down.sqlite`, { mailer, logger: { level: "warn", stream: { write: (line) => lines.push(line) } } });
    try {
      await submit(server, eligibleApplication(2), 2);
      await expect.poll(() => lines.join(""), { timeout: 15_000 }).toContain("mail: not sent");
    } finally {
      await server.stop();
      mailer.close();
    }
    const log = lines.join("");
    expect(log).toMatch(/"code":"E[A-Z]+","msg":"mail: not sent"/);
    for (const secret of ["@", "Anna Schmidt", "Gymnasium am Stadtpark"]) expect(log, secret).not.toContain(secret);
  });
});
