import { describe, expect, it } from "vitest";
import { agreement } from "../test/agreements.js";
import { checkAgreementText } from "./index.js";

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
