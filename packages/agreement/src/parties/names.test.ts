import { describe, expect, it } from "vitest";
import { sameInstitutionName, samePersonName } from "./names.js";

describe("sameInstitutionName: one institution, however a text or a form writes it", () => {
  it.each([
    ["der Städtischen Gesamtschule Nord", "Städtische Gesamtschule Nord"],
    ["dem Städtischen Gymnasium am Hafen", "Städtisches Gymnasium am Hafen"],
    ["Städt. Realschule Süd", "Städtische Realschule Süd"],
    ["StRS Süd", "Städtische Realschule Süd"],
    ["KGS Lindenweg", "Katholische Grundschule Lindenweg"],
    ["GGS Am Markt", "Gemeinschaftsgrundschule Am Markt"],
    ["Gesamtschule Nord", "Städtische Gesamtschule Nord Musterstadt"],
    ["Stadtarchivs Musterstadt", "Stadtarchiv Musterstadt"],
    ["„Haus der Geschichte“", "Haus der Geschichte"],
    ["Heimat- und Geschichtsverein Musterdorf e. V.", "Heimat und Geschichtsverein Musterdorf e.V."],
    ["STADTBÜCHEREI MUSTERSTADT", "Stadtbuecherei Musterstadt"],
  ])("%j is %j", (a, b) => {
    expect(sameInstitutionName(a, b)).toBe(true);
    expect(sameInstitutionName(b, a)).toBe(true);
  });

  it.each([
    ["Gymnasium am Hafen", "Gymnasium Nord"],
    ["Stadtarchiv Musterstadt", "Stadtbücherei Musterstadt"],
    ["Gymnasium", "Gymnasium am Hafen"],
    ["Realschule Süd", "Gesamtschule Süd"],
    ["", "Gymnasium am Hafen"],
  ])("%j is not %j", (a, b) => {
    expect(sameInstitutionName(a, b)).toBe(false);
  });
});

describe("samePersonName: one person, however a contact line writes the name", () => {
  it.each([
    ["Frau Dr. Lena Vogt", "Lena Vogt"],
    ["Vogt, Lena", "Lena Vogt"],
    ["OStR Lena Vogt", "Lena Vogt"],
    ["L. Vogt", "Lena Vogt"],
    ["Herr Jörg Weiß", "Joerg Weiss"],
    ["Frau Vogt", "Lena Vogt"],
  ])("%j is %j", (a, b) => {
    expect(samePersonName(a, b)).toBe(true);
    expect(samePersonName(b, a)).toBe(true);
  });

  it.each([
    ["Lena Vogt", "Lena Fink"],
    ["Lena Vogt", "Mara Vogt"],
    ["", "Lena Vogt"],
  ])("%j is not %j", (a, b) => {
    expect(samePersonName(a, b)).toBe(false);
  });
});
