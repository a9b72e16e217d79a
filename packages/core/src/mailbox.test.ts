import { describe, expect, it } from "vitest";
import { isNamedAfterInstitution, isPersonalEmail, isRoleMailbox } from "./mailbox.js";

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

describe("isRoleMailbox, edge cases", () => {
  it("treats an address without a local part or without @ as no person's", () => {
    expect(isRoleMailbox("@bochum.de")).toBe(true);
    expect(isRoleMailbox("anna.schmidt")).toBe(true);
  });

  it("reads the part after the last @ as the domain", () => {
    expect(isRoleMailbox("anna@x@schule.nrw.de")).toBe(false);
    expect(isRoleMailbox("a.b@165432@schule.nrw.de")).toBe(false);
  });

  it("finds a role word between separators and after digits, not inside a longer name", () => {
    expect(isRoleMailbox("2b.info@verein.de")).toBe(true);
    expect(isRoleMailbox("team_7@verein.de")).toBe(true);
    expect(isRoleMailbox("info+anna@verein.de")).toBe(true);
    expect(isRoleMailbox("informatik.mueller@verein.de")).toBe(false);
    expect(isRoleMailbox("anna.infoteamx@verein.de")).toBe(false);
  });

  it("reads compounds made only of role words as role words", () => {
    expect(isRoleMailbox("kulturamt@stadt.de")).toBe(true);
    expect(isRoleMailbox("ogs@grundschule.de")).toBe(true);
    expect(isRoleMailbox("info.stadtarchiv@stadt.de")).toBe(true);
    expect(isRoleMailbox("museumspaedagogik@stadt.de")).toBe(true);
    expect(isRoleMailbox("schulsekretariat@stadt.de")).toBe(true);
    expect(isRoleMailbox("anna.infoteam@verein.de")).toBe(true);
    expect(isRoleMailbox("schulze@stadt.de")).toBe(false);
    expect(isRoleMailbox("kulturamtmann@stadt.de")).toBe(false);
  });

  it("ignores a plus tag: the mailbox is what stands before it", () => {
    expect(isRoleMailbox("deniz.aydin+bildung@stadt.de")).toBe(false);
    expect(isRoleMailbox("info+bildungspartner@stadt.de")).toBe(true);
    expect(isPersonalEmail("deniz.aydin+info@stadt.de")).toBe(true);
  });

  it("reads a role word that is also a surname as a name beside another name part", () => {
    expect(isRoleMailbox("anna.post@stadt.de")).toBe(false);
    expect(isRoleMailbox("a-post@stadt.de")).toBe(false);
    expect(isRoleMailbox("post@stadt.de")).toBe(true);
    expect(isRoleMailbox("post.kasse@stadt.de")).toBe(true);
    expect(isRoleMailbox("info.post@stadt.de")).toBe(true);
  });

  it("joins the parts: a role word written with separators is still one", () => {
    expect(isRoleMailbox("stadt.archiv@bochum.de")).toBe(true);
    expect(isRoleMailbox("sport-verein@bochum.de")).toBe(true);
    expect(isRoleMailbox("natur-schutz@bochum.de")).toBe(true);
    expect(isRoleMailbox("geschaefts.stelle@bochum.de")).toBe(true);
    expect(isRoleMailbox("anna.stelle@bochum.de")).toBe(false);
    expect(isRoleMailbox("1.2@bochum.de")).toBe(true);
  });

  it("spells out umlauts and ß before comparing", () => {
    expect(isRoleMailbox("Bücherei@bochum.de")).toBe(true);
    expect(isRoleMailbox("gedenkstätte@bochum.de")).toBe(true);
    expect(isRoleMailbox("förderschule@bochum.de")).toBe(true);
    expect(isRoleMailbox("anna.strauß@bochum.de")).toBe(false);
  });
});

describe("isNamedAfterInstitution", () => {
  it("matches a word of three letters or more of the name, or all of it joined", () => {
    expect(isNamedAfterInstitution("vhs@bochum.de", "VHS Bochum")).toBe(true);
    expect(isNamedAfterInstitution("bochum@bochum.de", "VHS Bochum")).toBe(true);
    expect(isNamedAfterInstitution("vhsbochum@bochum.de", "VHS Bochum")).toBe(true);
    expect(isNamedAfterInstitution("vhs-bochum@bochum.de", "VHS Bochum")).toBe(true);
    expect(isNamedAfterInstitution("ab@bochum.de", "AB Bochum")).toBe(false);
    expect(isNamedAfterInstitution("anna.schmidt@bochum.de", "VHS Bochum")).toBe(false);
  });

  it("folds case and umlauts of the name and the address alike", () => {
    expect(isNamedAfterInstitution("buecherei.muenster@muenster.de", "Bücherei Münster")).toBe(true);
    expect(isNamedAfterInstitution("Bücherei@muenster.de", "BUECHEREI Münster")).toBe(true);
    expect(isNamedAfterInstitution("theater2@x.de", "Theater   am Ring")).toBe(true);
  });

  it("never matches an address without letters", () => {
    expect(isNamedAfterInstitution("123@bochum.de", "A B")).toBe(false);
    expect(isNamedAfterInstitution("1.2@bochum.de", "")).toBe(false);
  });

  it("answers the same for a name asked again, also after many other names", () => {
    for (let i = 0; i < 600; i++) isNamedAfterInstitution("x@y.de", `Verein ${i}`);
    expect(isNamedAfterInstitution("verein7@y.de", "Verein 7")).toBe(true);
    expect(isNamedAfterInstitution("museum@y.de", "Verein 7")).toBe(false);
  });
});
