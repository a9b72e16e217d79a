import { describe, expect, it } from "vitest";
import { isPersonalEmail, isRoleMailbox } from "./mailbox.js";

describe("isPersonalEmail", () => {
  it.each([
    "anna.schmidt@gymnasium-bochum.de",
    "a.schmidt@bochum.de",
    "schmidt@stadt-bochum.de",
    "anna_schmidt2@web.de",
    "Anna.Schmidt@Bochum.DE",
    "jonas.lang@schule.nrw.de",
  ])("%s is personal", (email) => expect(isPersonalEmail(email)).toBe(true));

  it.each([
    "info@gymnasium-bochum.de",
    "INFO@gymnasium-bochum.de",
    "kontakt@stadtarchiv.de",
    "sekretariat@schule.de",
    "poststelle@bezreg.nrw.de",
    "verwaltung@musikschule.de",
    "office@verein.de",
    "info2@verein.de",
    "info.schule@bochum.de",
    "schulleitung-gym@bochum.de",
    "büro@museum.de",
    "buero@museum.de",
    "archiv@bochum.de",
    "stadtbibliothek@bochum.de",
    "165432@schule.nrw.de",
    "123456@SCHULE.NRW.DE",
    "123@bochum.de",
  ])("%s is a role mailbox", (email) => {
    expect(isRoleMailbox(email)).toBe(true);
    expect(isPersonalEmail(email)).toBe(false);
  });

  it("treats an address named after the institution as not personal", () => {
    expect(isPersonalEmail("stadtarchivbochum@bochum.de", "Stadtarchiv Bochum")).toBe(false);
    expect(isPersonalEmail("stadtarchiv.bochum@bochum.de", "Stadtarchiv Bochum")).toBe(false);
    expect(isPersonalEmail("kunstmuseum@bochum.de", "Kunstmuseum Bochum")).toBe(false);
    expect(isPersonalEmail("anna.bochum@bochum.de", "Stadtarchiv Bochum")).toBe(true);
  });

  it("reads only the school-number pattern of schule.nrw.de as official", () => {
    expect(isPersonalEmail("12345@schule.nrw.de")).toBe(false); // digits only: no person's name
    expect(isPersonalEmail("a.schmidt@schule.nrw.de")).toBe(true);
  });
});
