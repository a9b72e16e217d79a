import { describe, expect, it, vi } from "vitest";
import { eligibleApplication } from "../../test/fixtures.js";
import { contactAddresses, decisionMail, sendInBackground, submissionMail, type Mailer } from "./mail.js";

describe("the portal's messages", () => {
  it("go to each contact address once", () => {
    const application = eligibleApplication(1);
    application.contacts!.push({ side: "partner", partner: 0, name: "Bernd Meyer", email: "bernd.meyer@musterstadt.de" });
    expect(contactAddresses(application)).toEqual(["anna.schmidt@gymnasium-stadtpark.de", "bernd.meyer@musterstadt.de"]);
  });

  it("carry the status link at submission, and the outcome with the reason at the decision, German first", () => {
    const application = eligibleApplication(1);
    const submitted = submissionMail(application, "https://portal.example/status/#id=1&token=abc");
    expect(submitted.subject).toBe("Registrierung eingereicht: Gymnasium am Stadtpark 1 / Registration submitted");
    expect(submitted.text).toContain("\nhttps://portal.example/status/#id=1&token=abc\n");
    expect(submitted.text.indexOf("Guten Tag")).toBeLessThan(submitted.text.indexOf("has been submitted"));

    const rejected = decisionMail(application, "rejected", "Die Unterschrift des Partners fehlt.");
    expect(rejected.subject).toBe("Nicht registriert: Gymnasium am Stadtpark 1 / Not registered");
    expect(rejected.text).toContain("Begründung:\nDie Unterschrift des Partners fehlt.");
    const registered = decisionMail(application, "registered", "");
    expect(registered.subject).toBe("Registriert: Gymnasium am Stadtpark 1 / Registered");
    expect(registered.text).not.toContain("Begründung");
  });

  it("are sent in the background; a failure is logged by its code, never with addresses", async () => {
    const failing: Mailer = { send: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED to anna.schmidt@…"), { code: "ECONNECTION" })), close: () => {} };
    const warn = vi.fn();
    sendInBackground(failing, { warn }, { to: ["anna.schmidt@gymnasium-stadtpark.de"], subject: "s", text: "t" });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith({ code: "ECONNECTION" }, "mail: not sent"));

    const send = vi.fn(() => Promise.resolve());
    sendInBackground({ send, close: () => {} }, { warn }, { to: [], subject: "s", text: "t" });
    sendInBackground(undefined, { warn }, { to: ["a@b.de"], subject: "s", text: "t" });
    expect(send).not.toHaveBeenCalled();
  });
});
