import { describe, expect, it } from "vitest";
import { findingParties, institutionPhrase, partyLabel, partyRefs, readParties, sideOfToken } from "./parties.js";
import { makeDoc } from "../document/text.js";

const read = (text: string, application?: Parameters<typeof readParties>[1]) => {
  const parties = readParties(makeDoc(text), application);
  return { assumed: parties.assumed, school: parties.school.name, partners: parties.partners.map((p) => p.name) };
};

describe("institutionPhrase: the noun phrase around an institution noun", () => {
  it.each([
    ["dem Städtischen Gymnasium am Hafen, Hafenstraße 3", "Städtischen Gymnasium am Hafen"],
    ["der Grundschule Am Mühlbach in Musterdorf", "Grundschule Am Mühlbach in Musterdorf"],
    ["dem Heimat- und Geschichtsverein Musterdorf e. V.", "Heimat- und Geschichtsverein Musterdorf e. V."],
    ["dem FC Musterdorf 1921 e. V.", "FC Musterdorf 1921 e. V."],
    ["die Kunsthalle Musterstadt arbeitet mit", "Kunsthalle Musterstadt"],
  ])("%j → %j", (text, name) => {
    expect(institutionPhrase(text)?.name).toBe(name);
  });

  it.each(["dem", "und sie arbeiten zusammen", "im Rahmen des Unterrichts", "Bibliotheksführerschein im zweiten Jahr"])(
    "%j names no institution",
    (text) => {
      expect(institutionPhrase(text)).toBeUndefined();
    },
  );
});

describe("readParties: the parties in the forms agreements name them", () => {
  it.each([
    [
      "blocks after „zwischen“",
      "Kooperationsvereinbarung\n\nzwischen\n\ndem Gymnasium Nordstadt\nNordring 5, 12345 Musterstadt\n– im Folgenden „Schule“ –\n\nund\n\nder Stadtbücherei Musterstadt\n– im Folgenden „Bücherei“ –\n\nPräambel\nDie Bücherei lädt ein.",
      "Gymnasium Nordstadt",
      ["Stadtbücherei Musterstadt"],
    ],
    [
      "one sentence after „Zwischen“, with addresses and short names",
      "Zwischen der Realschule Süd, Südweg 1, 12345 Musterstadt (im Folgenden: Schule) und dem Stadtmuseum Musterstadt, Markt 2, 12345 Musterstadt (im Folgenden: Museum) wird folgende Vereinbarung geschlossen.",
      "Realschule Süd",
      ["Stadtmuseum Musterstadt"],
    ],
    [
      "„Partner dieser Vereinbarung sind“ with three parties",
      "Partner dieser Vereinbarung sind die Gesamtschule Ost, der TuS Musterdorf 1905 e. V. und das Kreisarchiv Musterkreis.\n\n§ 1 Ziel",
      "Gesamtschule Ost",
      ["TuS Musterdorf 1905 e. V.", "Kreisarchiv Musterkreis"],
    ],
    [
      "a numbered list under „Vertragsparteien:“",
      "Vertragsparteien:\n(1) Berufskolleg am Wall, Wallstraße 9, 12345 Musterstadt\n(2) Volkshochschule Musterstadt, Markt 1, 12345 Musterstadt\n\nI. Gegenstand\nDie Volkshochschule öffnet ihre Kurse.",
      "Berufskolleg am Wall",
      ["Volkshochschule Musterstadt"],
    ],
    [
      "the subject of a sentence that concludes the agreement",
      "Kooperationsvereinbarung\n\nDie Katholische Grundschule Am Bach und die Musikschule der Stadt Musterstadt schließen im Rahmen von Bildungspartner NRW die folgende Vereinbarung.",
      "Katholische Grundschule Am Bach",
      ["Musikschule der Stadt Musterstadt"],
    ],
    [
      "a form with labels and dot leaders",
      "KOOPERATIONSVEREINBARUNG\n\nSchule .......... Sekundarschule Am Park, Musterstadt\nPartner ......... Naturschutzzentrum Musterkreis\nBeginn .......... 2026-08-01",
      "Sekundarschule Am Park",
      ["Naturschutzzentrum Musterkreis"],
    ],
    [
      "text from a PDF without blank lines, where a numbered section follows the opening",
      "Kooperationsvereinbarung\nzwischen der Förderschule Am Wald und dem Theater Musterstadt, Junges Theater\n1. Das Junge Theater probt mit der Schule.\n2. Die Stadtbücherei und die Schule lesen.",
      "Förderschule Am Wald",
      ["Theater Musterstadt"],
    ],
    [
      "no opening: the institutions named at the top and in the signature block",
      "Gymnasium Musterstadt (Schule)\nSV 09 Musterdorf e. V. (Verein)\n\nPräambel: Schule und Verein wollen Sport fördern.\n\nMusterstadt, 01.07.2025\n\nFür die Schule                Für den Verein",
      "Gymnasium Musterstadt",
      ["SV 09 Musterdorf e. V."],
    ],
  ])("%s", (_name, text, school, partners) => {
    expect(read(text)).toEqual({ assumed: false, school, partners });
  });

  it("assumes one school and one partner when no institution is named", () => {
    expect(read("Die Partner arbeiten zusammen. Sie treffen sich zweimal im Jahr.")).toEqual({ assumed: true, school: undefined, partners: [undefined] });
  });

  it("reads no more of a form's names than the core accepts, so untyped input stays bounded", () => {
    const partners = Array.from({ length: 5000 }, (_, i) => ({ name: `Unbekannte Einrichtung Nummer ${i} ${"x".repeat(300)}` }));
    const text = `Die Grundschule Am Bach und das Stadtarchiv Musterstadt schließen diese Vereinbarung.\n${"Ein Satz ohne Namen. ".repeat(5000)}`;
    expect(read(text, { partners } as never)).toEqual({ assumed: false, school: "Grundschule Am Bach", partners: ["Stadtarchiv Musterstadt"] });
  });

  it("finds the form's names in the text, declined or abbreviated, and keeps the form's order of partners", () => {
    const text = "Die StGS Nord arbeitet mit dem Stadtarchiv Musterstadt und dem Heimatverein Musterdorf zusammen.";
    const application = { school: { name: "Städtische Gesamtschule Nord" }, partners: [{ name: "Heimatverein Musterdorf" }, { name: "Stadtarchiv Musterstadt" }] };
    expect(read(text, application)).toEqual({ assumed: false, school: "StGS Nord", partners: ["Heimatverein Musterdorf", "Stadtarchiv Musterstadt"] });
  });
});

describe("readParties: parties in blocks without „zwischen“, and a town as a party", () => {
  it("reads blocks separated by blank lines that end with a comma, with „und“ on a line of its own", () => {
    const text =
      "Vereinbarung\n\nDie Realschule am Wall, Wallstraße 2, 12345 Musterstadt,\nvertreten durch die Schulleiterin,\n\nund\n\ndas Kreismuseum Musterstadt, Burgplatz 1, 12345 Musterstadt,\nvertreten durch den Museumsleiter,\n\nschließen folgende Vereinbarung:\n\n1. Ziel";
    expect(read(text)).toEqual({ assumed: false, school: "Realschule am Wall", partners: ["Kreismuseum Musterstadt"] });
  });

  it("takes „die Gemeinde Musterdorf“ for a partner when no institution is named in its block", () => {
    const text = "Die Gemeinde Musterdorf, vertreten durch den Bürgermeister,\n\nund\n\ndie Grundschule Musterdorf\n\nschließen folgende Vereinbarung:";
    expect(read(text)).toEqual({ assumed: false, school: "Grundschule Musterdorf", partners: ["Gemeinde Musterdorf"] });
  });
});

describe("readParties: parties in a title line, without „zwischen“", () => {
  it.each([
    [
      "names joined by „, und“, one with its Schulnummer",
      "Kooperationsvereinbarung\n\nGymnasium Am Wall, Bochum (Schulnummer 123456), und Stadtbibliothek Bochum\n\n§ 1 Ziele\nDie Partner arbeiten zusammen.",
      "Gymnasium Am Wall",
      ["Stadtbibliothek Bochum"],
    ],
    [
      "the title names them in the genitive",
      "Kooperationsvereinbarung der Marienschule Lünen und des Heimatmuseums Lünen\n\n1. Ziele\nDie Partner arbeiten zusammen.",
      "Marienschule Lünen",
      ["Heimatmuseums Lünen"],
    ],
    [
      "three parties over two lines",
      "Kooperationsvereinbarung\n\nGrundschule Am Bach, Heimatverein Lindlar e. V.\nund Kulturamt der Gemeinde Lindlar\n\nDie Partner arbeiten zusammen.",
      "Grundschule Am Bach",
      ["Heimatverein Lindlar e. V.", "Kulturamt der Gemeinde Lindlar"],
    ],
    [
      "a letterhead and „Kooperation mit dem …“",
      "GGS Lindenschule – Städtische Gemeinschaftsgrundschule\n\nKooperation mit dem Stadtmuseum Altenkirchen\n\nLiebe Eltern, unsere Schule und das Museum arbeiten zusammen.\n\nAnsprechpartner\nSchule: Frau Derya Aksoy\nMuseum: Herr Tim Overbeck",
      "GGS Lindenschule",
      ["Stadtmuseum Altenkirchen"],
    ],
  ])("%s", (_name, text, school, partners) => {
    expect(read(text)).toEqual({ assumed: false, school, partners });
  });

  it("does not take a prose line, a letterhead line or a list of attendees for a title line", () => {
    expect(read("Bericht\n\nsehr freuen: Unsere Schule und das Stadtmuseum im Alten Rathaus werden Partner.").assumed).toBe(true);
    expect(read("Stadtbibliothek Bocholt · Kinder- und Jugendbibliothek · Markt 9\n\nLiebe Eltern,").assumed).toBe(true);
    expect(read("Anwesend:\n- Lena Gröne, Stadt Ahlen, Fachbereich Schule, Sport und Kultur\n\nProtokoll").assumed).toBe(true);
  });
});

describe("readParties: towns and their offices, three parties kept", () => {
  it("reads a town that acts „für das Stadtarchiv“ as one party, the archive", () => {
    const text = "zwischen\n\nder Stadt Hemmerbach, vertreten durch den Bürgermeister,\nfür das Stadtarchiv Hemmerbach, Am Zehnthof 3\n– nachstehend „Stadtarchiv“ genannt –\n\nund\n\ndem Städtischen Gymnasium Hemmerbach\n\nPräambel";
    expect(read(text)).toEqual({ assumed: false, school: "Städtischen Gymnasium Hemmerbach", partners: ["Stadtarchiv Hemmerbach"] });
  });

  it("keeps a town's Kulturamt beside a theatre as a third party", () => {
    const text = "Kooperationsvereinbarung zwischen dem Gymnasium Am Wall, dem Theater Bochum und der Stadt Bochum – Kulturamt\n\nDie Partner arbeiten zusammen.";
    expect(read(text)).toEqual({ assumed: false, school: "Gymnasium Am Wall", partners: ["Theater Bochum", "Stadt Bochum – Kulturamt"] });
  });

  it("reads past „gemäß § 26 BGB“ in a party's entry", () => {
    const text = "Zwischen\n\nder Volkssternwarte Hohe Egge e. V., vertreten durch den Vorstand gemäß\n§ 26 BGB,\n\nund\n\nder Realschule Oerlinghusen, vertreten durch die Schulleiterin,\n\nwird folgender Vertrag geschlossen:";
    expect(read(text)).toEqual({ assumed: false, school: "Realschule Oerlinghusen", partners: ["Volkssternwarte Hohe Egge e. V."] });
  });
});

describe("readParties: names with „und“ inside, and a form's labelled entries", () => {
  it("keeps „und Kulturgeschichte Dortmund“ with a name that ends in a link phrase", () => {
    const text = "Kooperationsvereinbarung\n\nzwischen der Hauptschule Nordstadt, Nordring 12, 44145 Dortmund,\nund dem Museum für Kunst und Kulturgeschichte Dortmund\n\n§ 1 Ziel";
    expect(read(text)).toEqual({ assumed: false, school: "Hauptschule Nordstadt", partners: ["Museum für Kunst und Kulturgeschichte Dortmund"] });
  });

  it("reads a name without an institution noun after a form's „Partner:“ label", () => {
    const text = "Kooperationsvereinbarung\n\nSchule:        Gesamtschule Holzwickede, Opherdicker Straße 44\nPartner:       Naturschutzbund Kreisgruppe Unna e. V.\n\n1. Angebot";
    expect(read(text)).toEqual({ assumed: false, school: "Gesamtschule Holzwickede", partners: ["Naturschutzbund Kreisgruppe Unna e. V."] });
  });
});

describe("readParties: a sentence of parties under its title, and an agreement under a cover", () => {
  it("does not take the agreement's title line above the sentence for a party", () => {
    const text =
      "Kooperationsvereinbarung „Museum und Schule“\nDie Realschule am Wall, Wallstraße 2, 12345 Musterstadt, und das\nKreismuseum Musterstadt, Burgplatz 1, 12345 Musterstadt, schließen die folgende Vereinbarung.\n1. Gegenstand";
    expect(read(text)).toEqual({ assumed: false, school: "Realschule am Wall", partners: ["Kreismuseum Musterstadt"] });
  });

  it("reads the parties of an agreement attached to a council's minutes, however long the minutes", () => {
    const minutes = `Niederschrift über die Sitzung des Kulturausschusses\n\n${"TOP 1 Die Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n".repeat(40)}\ngez. Tenhagen, Vorsitzende\n\n`;
    const attached =
      "Anlage 2 zur Niederschrift\n\nKooperationsvereinbarung „Museum und Schule“\nDie Realschule am Wall, Musterstadt, und das Kreismuseum Musterstadt schließen die folgende Vereinbarung.\n1. Gegenstand\nDie Partner arbeiten zusammen.\n\ngez. Anna Müller      gez. Jonas Weber";
    expect(read(`${minutes}${attached}`)).toEqual({ assumed: false, school: "Realschule am Wall", partners: ["Kreismuseum Musterstadt"] });
  });
});

describe("readParties: a line under a party's name that describes it", () => {
  const blocks = "Hanna-Arendt-Berufskolleg Musterstadt\nBerufskolleg für Sozial- und Gesundheitswesen\nWallstraße 2, 12345 Musterstadt\n\nund\n\nFigurentheater Wundertüte e. V.\nFreies Theater für Puppen-, Objekt- und Figurenspiel\nFabrikstraße 4, 12345 Musterstadt";
  it.each([
    ["in blocks of lines, without „zwischen“", `Kooperationsvereinbarung\n\n${blocks}\n\n1. Ziele\nDie Partner arbeiten zusammen.`],
    ["after „zwischen“", `Kooperationsvereinbarung\n\nzwischen\n\n${blocks}\n\n1. Ziele\nDie Partner arbeiten zusammen.`],
  ])("is no party of its own: %s", (_name, text) => {
    expect(read(text)).toEqual({ assumed: false, school: "Hanna-Arendt-Berufskolleg Musterstadt", partners: ["Figurentheater Wundertüte e. V."] });
  });

  it("keeps parties listed one a line with their addresses", () => {
    const text =
      "Kooperationsvereinbarung\n\nzwischen\n\nPRIMUS-Schule Nettebruch – Lange Straße 71 – 41334 Nettebruch\nHeimatverein Nettebruch e. V. – Markt 1 – 41334 Nettebruch\nStadtmuseum Nettebruch im Haus Bey – An der Kirche 3 – 41334 Nettebruch\n\n1. Ziele";
    expect(read(text).partners).toHaveLength(2);
  });
});

describe("party references: one typed object per party, no string protocol", () => {
  const text = "Kooperationsvereinbarung zwischen der Realschule am Wall und dem Kreismuseum Musterstadt sowie dem Heimatverein Musterdorf e. V.";
  const parties = readParties(makeDoc(text));

  it("gives the school first, then each partner with its index", () => {
    expect(partyRefs(parties)).toEqual([{ kind: "school" }, { kind: "partner", index: 0 }, { kind: "partner", index: 1 }]);
  });

  it("gives the same object for the same party wherever it is read, so sets compare parties", () => {
    const [school, museum] = partyRefs(parties);
    expect(sideOfToken(parties, "Realschule")).toBe(school);
    expect(sideOfToken(parties, "Kreismuseum")).toBe(museum);
    expect(new Set([sideOfToken(parties, "Kreismuseum"), sideOfToken(parties, "Kreismuseums")]).size).toBe(1);
  });

  it("names a party in messages and findings by its reference", () => {
    const [, , club] = partyRefs(parties);
    expect(partyLabel(parties, club!, "de")).toBe("„Heimatverein Musterdorf e. V.“");
    expect(findingParties(parties, [club!])).toEqual([{ side: "partner", partner: 1, name: "Heimatverein Musterdorf e. V." }]);
  });
});
