import { describe, expect, it } from "vitest";
import { dataListProblems } from "./rule-directory.js";

describe("data list checks", () => {
  it("want ids once, labels in both languages, a yes/no for the programme and a third-partner reading", () => {
    const thirdPartner = { needed: false, reason: { de: "Grund", en: "Reason" }, source: { url: "http://example.org/seite" } };
    const categories = {
      categories: [
        { id: "archive", inProgramme: true, label: { de: "Archiv", en: "Archive" }, thirdPartner },
        { id: "archive", inProgramme: "ja", label: { de: "Archiv 2", en: "" }, thirdPartner: { ...thirdPartner, needed: "nein" } },
        { id: "Zoo", inProgramme: true, label: { de: "Zoo" }, thirdPartner: { reason: { de: "Grund" }, source: { url: "ftp://x", quote: " " } } },
        { id: "museum", inProgramme: true, label: { de: "Museum", en: "Museum" } },
      ],
    };
    expect(dataListProblems({ categories }).map((p) => [p.path, p.detail.split(" / ")[1]])).toEqual([
      ["categories.1.id", "id used twice"],
      ["categories.1.label.en", "English text is missing"],
      ["categories.1.inProgramme", "true or false needed"],
      ["categories.1.thirdPartner.needed", "true or false needed"],
      ["categories.2.id", "id of a–z, 0–9 and - needed"],
      ["categories.2.label.en", "English text is missing"],
      ["categories.2.thirdPartner.needed", "true or false needed"],
      ["categories.2.thirdPartner.reason.en", "English text is missing"],
      ["categories.2.thirdPartner.source.url", "the source's http(s) address is needed"],
      ["categories.2.thirdPartner.source.quote", "empty quote: leave it out or quote verbatim"],
      ["categories.3.thirdPartner", "third-partner reading is missing"],
    ]);
    expect(dataListProblems({ schoolTypes: { schoolTypes: [{ id: "grundschule", label: { de: "Grundschule", en: "Primary school" } }] } })).toEqual([]);
    expect(dataListProblems({ schoolTypes: {} })).toEqual([
      { file: "../data/school-types.json", path: "schoolTypes", detail: "Liste fehlt / list is missing" },
    ]);
  });

  it("want role-mailbox words as they are compared, surnames among them, and well-formed official domains", () => {
    const roleMailboxes = {
      localParts: ["info", "Sekretariat", "büro", "info"],
      alsoSurnames: ["info", "post"],
      officialDomains: [{ domain: "schule nrw", localPartDigits: 6, label: { de: "x", en: "x" } }, { domain: "schule.nrw.de", localPartDigits: 0, label: { de: "x", en: "x" } }],
    };
    expect(dataListProblems({ roleMailboxes }).map((p) => p.path)).toEqual([
      "localParts.1",
      "localParts.2",
      "localParts.3",
      "alsoSurnames.1",
      "officialDomains.0.domain",
      "officialDomains.1.localPartDigits",
    ]);
    expect(dataListProblems({ roleMailboxes: { localParts: ["info"], officialDomains: [] } })).toEqual([
      { file: "../data/role-mailboxes.json", path: "alsoSurnames", detail: "Liste fehlt / list is missing" },
    ]);
  });
});
