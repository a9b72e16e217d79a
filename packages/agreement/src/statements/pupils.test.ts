import { describe, expect, it } from "vitest";
import { agreement } from "../../test/agreements.js";
import { checkAgreementText } from "../index.js";

const pupilsOf = (offer: string) => checkAgreementText(agreement({ offer: `§ 1 Angebot\n${offer}` })).findings.find((f) => f.id === "open-to-all-pupils")!.status;

describe("open-to-all-pupils: every learning group", () => {
  it.each([
    ["Alle Lerngruppen der PRIMUS-Schule, von Klasse 1 bis Klasse 10, sind an der Zusammenarbeit beteiligt.", "found"],
    ["Das Museum bietet jeder Lerngruppe einmal im Schuljahr einen Besuch an.", "found"],
    ["Nur die Lerngruppen der Klasse 5 nehmen teil.", "missing"],
  ] as const)("%j → %s", (offer, status) => {
    expect(pupilsOf(offer)).toBe(status);
  });
});

describe("open-to-all-pupils: named groups that may take part", () => {
  it.each([
    // named groups, others only by arrangement: neither open to all nor limited to them
    ["Teilnehmen können Klassen der Fachschule für Sozialpädagogik sowie der Berufsfachschule. Weitere Bildungsgänge können nach Absprache einbezogen werden.", "unclear"],
    ["Teilnehmen können alle Klassen der Schule.", "found"],
    ["Teilnehmen können nur die Klassen 5 und 6.", "missing"],
  ] as const)("%j → %s", (offer, status) => {
    expect(pupilsOf(offer)).toBe(status);
  });
});

describe("open-to-all-pupils: a target group that may be a part of the pupils", () => {
  it.each([
    // a part of the school that is no class or year: whether every pupil can join it is not said
    ["Die Werkstätten richten sich an die Kinder der Offenen Ganztagsschule.", "unclear"],
    // first a course, then others when places remain: open, not all
    ["Teilnehmen sollen in erster Linie die Schülerinnen und Schüler des Wahlpflichtkurses im Jahrgang 9; wenn Plätze frei bleiben, können auch andere mitkommen.", "unclear"],
    // a compound course name restricts as a course does
    ["Die Angebote richten sich ausschließlich an die Schülerinnen und Schüler des Literaturkurses der Q1.", "missing"],
    // other groups left out
    ["Die Angebote richten sich an die Schülerinnen und Schüler des Bildungsgangs Medien. Andere Bildungsgänge sind nicht einbezogen.", "missing"],
  ] as const)("%j → %s", (offer, status) => {
    expect(pupilsOf(offer)).toBe(status);
  });
});

describe("open-to-all-pupils: said two ways", () => {
  it("leaves open an offer for all beside one meant for a group", () => {
    expect(pupilsOf("Die Workshops sind für die Kunstkurse der Jahrgänge 8 bis 10 gedacht. Zu den offenen Ateliertagen sind alle Schülerinnen und Schüler eingeladen.")).toBe("unclear");
  });
});
