import { describe, expect, it } from "vitest";
import { oncePerMessage } from "./summary.js";

describe("oncePerMessage", () => {
  it("keeps the first field of a repeated message and every other message", () => {
    const thirdPartner = "Mindestens ein Partner ist keine kommunale Einrichtung …";
    expect(
      oncePerMessage([
        { path: "partners.0.municipal", message: thirdPartner },
        { path: "partners.0.supraRegional", message: thirdPartner },
        { path: "contacts.0.email", message: "Bitte geben Sie eine E-Mail-Adresse an." },
        { path: "partners", message: thirdPartner },
        { path: "", message: "Bitte laden Sie die Vereinbarung hoch." },
      ]),
    ).toEqual([
      { path: "partners.0.municipal", message: thirdPartner },
      { path: "contacts.0.email", message: "Bitte geben Sie eine E-Mail-Adresse an." },
      { path: "", message: "Bitte laden Sie die Vereinbarung hoch." },
    ]);
  });
});
