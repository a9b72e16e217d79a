import { describe, expect, it } from "vitest";
import { bearsName, emailKind, isPersonalEmail, isRoleMailbox } from "./mailbox.js";

describe("isPersonalEmail: the address bears the contact's name", () => {
  it.each([
    ["anna.schmidt@gymnasium-bochum.de", "Anna Schmidt"],
    ["a.schmidt@bochum.de", "Anna Schmidt"],
    ["aschmidt@bochum.de", "Anna Schmidt"],
    ["schmidt@stadt-bochum.de", "Anna Schmidt"],
    ["anna@stadt-bochum.de", "Anna Schmidt"],
    ["anna_schmidt2@web.de", "Anna Schmidt"],
    ["Anna.Schmidt@Bochum.DE", "anna schmidt"],
    ["jonas.lang@schule.nrw.de", "Jonas Lang"],
    ["thomas.kreis@kreis-borken.de", "Thomas Kreis"],
    ["t.kreis@kreis-borken.de", "Dr. Thomas Kreis"],
    ["anna.post@stadt.de", "Anna Post"],
    ["post@stadt.de", "Anna Post"],
    ["info.mueller@verein.de", "Jan Müller"],
    ["jan.muller@verein.de", "Jan Müller"],
    ["hans.strauss@verein.de", "Hans Strauß"],
    ["c.yilmaz@verein.de", "Cem Yılmaz"],
    ["m.meyer-lang@verein.de", "Marie Meyer-Lang"],
    ["deniz.aydin+info@stadt.de", "Deniz Aydın"],
  ])("%s is personal for %s", (email, name) => {
    expect(isPersonalEmail(email, name)).toBe(true);
    expect(emailKind(email, name)).toBe("personal");
  });

  it.each([
    ["info@gymnasium-bochum.de", "Anna Schmidt", "role-mailbox"],
    ["sekretariat@schule.de", "Anna Schmidt", "role-mailbox"],
    ["info.stadtarchiv@stadt.de", "Anna Schmidt", "role-mailbox"],
    ["165432@schule.nrw.de", "Anna Schmidt", "role-mailbox"],
    ["stadtarchiv.bochum@bochum.de", "Anna Schmidt", "not-personal"],
    ["bernd.meyer@bochum.de", "Anna Schmidt", "not-personal"],
    ["fachbereich.jugend@bochum.de", "Anna Schmidt", "not-personal"],
    ["johanna.schmitz@bochum.de", "Anna Schmidt", "not-personal"],
    ["kreis@kreis-borken.de", "Thomas Kreis", "role-mailbox"],
    ["post@stadt.de", "Anna Schmidt", "role-mailbox"],
  ] as const)("%s is not personal for %s: %s", (email, name, kind) => {
    expect(emailKind(email, name)).toBe(kind);
    expect(isPersonalEmail(email, name)).toBe(false);
  });

  it("needs the name for an address that is no role mailbox, and never counts an official mailbox as personal", () => {
    expect(emailKind("anna.schmidt@bochum.de", undefined)).toBeNull();
    expect(emailKind("info@bochum.de", undefined)).toBe("role-mailbox");
    expect(isPersonalEmail("anna.schmidt@bochum.de")).toBe(false);
    expect(emailKind("123456@schule.nrw.de", "123456")).toBe("role-mailbox");
    expect(bearsName("@bochum.de", "Anna Schmidt")).toBe(false);
    expect(bearsName("a.s@bochum.de", "A S")).toBe(false); // one letter is no name
  });
});

describe("isRoleMailbox", () => {
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
    "büro@museum.de",
    "buero@museum.de",
    "archiv@bochum.de",
    "stadtbibliothek@bochum.de",
    "165432@schule.nrw.de",
    "123456@SCHULE.NRW.DE",
    "123@bochum.de",
  ])("%s is a role mailbox", (email) => {
    expect(isRoleMailbox(email)).toBe(true);
  });

  it("reads only the school-number pattern of schule.nrw.de as official", () => {
    expect(isRoleMailbox("12345@schule.nrw.de")).toBe(true); // digits only: made of no name at all
    expect(isRoleMailbox("a.schmidt@schule.nrw.de")).toBe(false);
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
    expect(isRoleMailbox("2.info@verein.de")).toBe(true);
    expect(isRoleMailbox("2b.info@verein.de")).toBe(false); // "b" is no role word
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
    expect(isRoleMailbox("anna.infoteam@verein.de")).toBe(false); // a name beside role words
    expect(isRoleMailbox("schulze@stadt.de")).toBe(false);
    expect(isRoleMailbox("kulturamtmann@stadt.de")).toBe(false);
  });

  it("ignores a plus tag: the mailbox is what stands before it", () => {
    expect(isRoleMailbox("deniz.aydin+bildung@stadt.de")).toBe(false);
    expect(isRoleMailbox("info+bildungspartner@stadt.de")).toBe(true);
  });

  it("calls an address a role mailbox only when it is made of role words alone", () => {
    expect(isRoleMailbox("anna.post@stadt.de")).toBe(false);
    expect(isRoleMailbox("a-post@stadt.de")).toBe(false);
    expect(isRoleMailbox("info.mueller@stadt.de")).toBe(false);
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
