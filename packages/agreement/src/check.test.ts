import { BildungspartnerError, evaluate, parseApplication, shippedRuleSets } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { agreement, goodParts } from "../test/agreements.js";
import { chronoDateParser } from "./chrono.js";
import { AgreementError, agreementLimits, checkAgreementText, findingIds, type FindingId } from "./index.js";

const statusOf = (text: string, id: FindingId) => checkAgreementText(text).findings.find((f) => f.id === id)!.status;

describe("checkAgreementText: the report", () => {
  it("lists one finding per id, always in the same order, for a good agreement all found", () => {
    const report = checkAgreementText(agreement());
    expect(report.findings.map((f) => [f.id, f.status])).toEqual(findingIds.map((id) => [id, "found"]));
  });

  it("gives facts the core accepts as they are, and the Decision the core's evaluate gives for them", async () => {
    for (const text of [agreement(), agreement({ term: "Laufzeit: ein Jahr.", contacts: "" }), "", "x@y.de"]) {
      const report = checkAgreementText(text, { asOf: "2026-01-15" });
      expect(parseApplication(report.facts).issues).toEqual([]);
      const fromFacts = await evaluate(report.facts, { asOf: "2026-01-15" });
      // The facts leave out the addresses (and a length's nominal dates) that the decision judged.
      const comparable = (decision: typeof fromFacts) => decision.criteria.filter((c) => c.id !== "personal-email" && c.id !== "min-duration");
      expect(comparable(report.decision)).toEqual(comparable(fromFacts));
    }
  });

  it("says in every finding what the decision says about its criterion (one truth)", () => {
    const verdict = { found: "met", missing: "not-met", unclear: "unknown" } as const;
    for (const text of [agreement(), agreement({ term: "Die Laufzeit beträgt zwei Jahre.", signatures: "" }), agreement({ contacts: "Für die Schule: Frau Anna Müller, info@gymnasium-am-see.de" }), ""]) {
      const report = checkAgreementText(text);
      for (const finding of report.findings) {
        const status = report.decision.criteria.find((c) => c.id === finding.id)!.status;
        if (finding.status === "missing") expect(["not-met", "unknown"]).toContain(status);
        else expect(status).toBe(verdict[finding.status]);
      }
    }
  });

  it("answers in German by default and in English on request", () => {
    expect(checkAgreementText(agreement()).findings[0]!.message).toBe("Bildungspartner NRW wird erwähnt.");
    const english = checkAgreementText(agreement(), { lang: "en" });
    expect(english.findings[0]!.message).toBe("Bildungspartner NRW is mentioned.");
    expect(english.decision.criteria[0]!.title).toBe("Written cooperation agreement");
  });

  it("points every evidence at the text it quotes", () => {
    const text = agreement();
    for (const finding of checkAgreementText(text).findings) {
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const e of finding.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("names the page of evidence when pages are given", () => {
    const page1 = agreement({ signatures: "" });
    const text = `${page1}\n\n${goodParts.signatures}`;
    const pages = [
      { number: 1, start: 0, end: page1.length },
      { number: 2, start: page1.length + 2, end: text.length },
    ];
    const report = checkAgreementText(text, { pages });
    expect(report.findings.find((f) => f.id === "programme-mentioned")!.evidence[0]!.page).toBe(1);
    expect(report.findings.find((f) => f.id === "signed-by-all")!.evidence[0]!.page).toBe(2);
  });

  it("keeps e-mail addresses out of messages and facts: they appear only in evidence", () => {
    const report = checkAgreementText(agreement());
    const { findings, facts, decision } = report;
    expect(JSON.stringify({ messages: findings.map((f) => f.message), facts, decision })).not.toContain("@");
    expect(JSON.stringify(findings.map((f) => f.evidence))).toContain("anna.mueller@gymnasium-am-see.de");
  });

  it("refuses text over the size limit with a clear German and English error", () => {
    const text = "a".repeat(agreementLimits.maxTextLength + 1);
    expect(() => checkAgreementText(text)).toThrow(AgreementError);
    let error: AgreementError | undefined;
    try {
      checkAgreementText(text, { lang: "en" });
    } catch (caught) {
      error = caught as AgreementError;
    }
    expect(error).toBeInstanceOf(BildungspartnerError);
    expect(error).toMatchObject({ code: "TEXT_TOO_LONG", params: { length: 2_000_001, max: agreementLimits.maxTextLength } });
    expect(error?.message).toMatch(/^Der Text ist zu lang: 2000001 Zeichen, höchstens 2000000/);
    expect(error?.messageIn("en")).toMatch(/^The text is too long: 2000001 characters, at most 2000000/);
    expect(() => checkAgreementText("a".repeat(agreementLimits.maxTextLength))).not.toThrow();
  });

  it("rejects an unknown language as a programmer mistake", () => {
    expect(() => checkAgreementText("", { lang: "fr" as "de" })).toThrow(BildungspartnerError);
  });

  it("says in the requested language that a text must be a string", () => {
    expect(() => checkAgreementText(42 as unknown as string)).toThrow(new TypeError("Der Text muss eine Zeichenkette sein."));
    expect(() => checkAgreementText(42 as unknown as string, { lang: "en" })).toThrow(new TypeError("The text must be a string."));
  });
});

describe("programme-mentioned", () => {
  it.each([
    ["Bildungspartner NRW", "found"],
    ["Bildungspartner-NRW", "found"],
    ["Bildungs-\npartner NRW", "found"],
    ["Bildungspartner\nNRW", "found"],
    ["Bildungspartner NRW – Archiv und Schule", "found"],
    ["eine Bildungspartnerschaft im Rahmen der Landesinitiative NRW", "found"],
    ["eine Bildungspartnerschaft", "unclear"],
    ["Initiative Archiv und Schule", "unclear"],
    ["eine Kooperation", "missing"],
  ] as const)("%j → %s", (title, expected) => {
    expect(statusOf(agreement({ title }), "programme-mentioned")).toBe(expected);
  });

  it("names the sub-initiative", () => {
    const finding = checkAgreementText(agreement({ title: "Bildungspartner NRW – Gedenkstätte und Schule" })).findings[0]!;
    expect(finding.message).toBe("Bildungspartner NRW wird erwähnt (Initiative „Gedenkstätte und Schule“).");
  });
});

describe("min-duration, through the core's two-year rule", () => {
  it.each([
    ["Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027.", "found"],
    ["Die Vereinbarung gilt vom 01.08.2025 bis zum 30.07.2027.", "missing"],
    ["Die Vereinbarung läuft vom 1. August 2025 bis 31. Juli 2027.", "found"],
    ["Laufzeit: 01.08.2025 – 31.07.2027", "found"],
    ["Zeitraum: 01.08.2025 – 31.07.2027", "found"],
    ["Die Vereinbarung beginnt am 01.02.2025 und endet am 31.01.2027.", "found"],
    ["Die Vereinbarung gilt ab dem 01.08.2025. Sie endet am 31.07.2026.", "missing"],
    ["Die Vereinbarung wird für die Dauer von drei Jahren geschlossen.", "found"],
    ["Die Vereinbarung ist auf zwei Jahre angelegt.", "found"],
    ["Die Laufzeit beträgt zwei Jahre ab Unterzeichnung.", "found"],
    ["Laufzeit: zwei Schuljahre", "found"],
    ["Laufzeit: 18 Monate", "missing"],
    ["Die Vereinbarung hat eine zweijährige Laufzeit.", "found"],
    ["Die Kooperation gilt für die Schuljahre 2025/26 und 2026/27.", "found"],
    ["Die Kooperation gilt für das Schuljahr 2025/26.", "missing"],
    ["Die Vereinbarung ist unbefristet.", "found"],
    ["Die Vereinbarung wird auf unbestimmte Zeit geschlossen.", "found"],
    // a term that renews itself until notice: the core's reading „verlaengert-sich-selbst“ counts it
    ["Die Vereinbarung wird für ein Jahr geschlossen und verlängert sich jeweils um ein weiteres Jahr.", "found"],
    ["Die Vereinbarung gilt ein Jahr; sie verlängert sich automatisch, wenn niemand kündigt.", "found"],
    // a length after „läuft“, „gilt“, „dauert“ with the signing date (15.06.2025) as its start
    ["Die Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und läuft zwei Jahre.", "found"],
    ["Die Vereinbarung gilt für ein Jahr und verlängert sich nicht automatisch.", "missing"],
    ["Die Partner streben eine langfristige Zusammenarbeit an.", "unclear"],
    ["Die Vereinbarung tritt am 01.08.2025 in Kraft.", "missing"],
    // the signing date under the signatures (15.06.2025) is the start
    ["Die Vereinbarung gilt ab Unterzeichnung bis zum 31.07.2027.", "found"],
    ["Laufzeit: 01.08.2025 bis 31.07.2027. Die Vereinbarung gilt für ein Schuljahr.", "unclear"],
    ["Sie kann mit einer Frist von drei Monaten gekündigt werden.", "missing"],
    ["Die Partner treffen sich alle zwei Jahre.", "missing"],
    ["Die Projektwoche findet vom 10.11.2025 bis zum 14.11.2027 statt.", "missing"],
    ["", "missing"],
  ] as const)("%j → %s", (term, expected) => {
    expect(statusOf(agreement({ term }), "min-duration")).toBe(expected);
  });

  it("puts the dates it read into the facts, and no invented dates for a length without a start", () => {
    const facts = (term: string) => checkAgreementText(agreement({ term })).facts.agreement;
    expect(facts("Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027.")).toMatchObject({ startDate: "2025-08-01", endDate: "2027-07-31" });
    expect(facts("Die Vereinbarung gilt ab dem 01.08.2025 für zwei Jahre.")).toMatchObject({ startDate: "2025-08-01", endDate: "2027-07-31" });
    expect(facts("Die Kooperation gilt für die Schuljahre 2025/26 bis 2027/28.")).toMatchObject({ startDate: "2025-08-01", endDate: "2028-07-31" });
    expect(facts("Die Vereinbarung ist unbefristet.")).toMatchObject({ indefinite: true });
    const lengthOnly = facts("Die Vereinbarung gilt für drei Jahre.");
    expect(lengthOnly).not.toHaveProperty("startDate");
    expect(lengthOnly).not.toHaveProperty("endDate");
  });

  it("takes its threshold from the rule set: a stricter rule set turns two years into too short", () => {
    const shipped = shippedRuleSets()[0]!;
    const stricter = {
      ...shipped,
      rules: shipped.rules.map((rule) =>
        rule.id !== "min-duration"
          ? rule
          : { ...rule, conditions: { any: [{ fact: "agreement.coversMonths" as const, operator: "greaterThanInclusive" as const, value: 36 }] } },
      ),
    };
    const text = agreement({ term: "Die Vereinbarung ist auf zwei Jahre angelegt." });
    const finding = checkAgreementText(text, { ruleSets: [stricter] }).findings[1]!;
    expect(finding.status).toBe("missing");
    expect(finding.message).toContain("mindestens 36 Monate");
  });
});

describe("named-contacts and personal-email, through the core's mailbox rule", () => {
  const contacts = (text: string) => {
    const report = checkAgreementText(agreement({ contacts: `§ 3 Ansprechpersonen\n${text}` }));
    return [report.findings[2]!.status, report.findings[3]!.status];
  };
  it.each([
    ["Für die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de", "found", "found"],
    ["Ansprechpartnerin der Schule:\nAnna Müller\nE-Mail: anna.mueller@gymnasium-am-see.de\n\nAnsprechpartner des Stadtarchivs:\nJonas Weber\nE-Mail: jonas.weber@seestadt.de", "found", "found"],
    ["Schule | Anna Müller | anna.mueller@gymnasium-am-see.de\nStadtarchiv | Jonas Weber | jonas.weber@seestadt.de", "found", "found"],
    ["Für die Schule: Frau Anna Müller, info@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de", "found", "missing"],
    ["Für die Schule: Frau Anna Müller, 123456@schule.nrw.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de", "found", "missing"],
    ["Für die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, stadtarchiv@seestadt.de", "found", "missing"],
    // a side without any contact: whether its contact has a personal address the text cannot show
    ["Für die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de", "missing", "unclear"],
    ["Für die Schule: Frau Anna Müller\nFür das Stadtarchiv: Herr Jonas Weber", "found", "missing"],
    ["Ansprechpartner sind die Schulleitung (sekretariat@gymnasium-am-see.de) und das Stadtarchiv (archiv@seestadt.de).", "missing", "missing"],
    // no label says whose person each is, but each address's domain names one party
    ["Anna Müller, anna.mueller@gymnasium-am-see.de\nJonas Weber, jonas.weber@seestadt.de", "found", "found"],
    // whose side each person is stays open; each address bears its person's name, which the core judges without the side
    ["Anna Müller, anna.mueller@web.de\nJonas Weber, jonas.weber@web.de", "unclear", "found"],
    ["Die Ansprechpersonen werden später benannt.", "missing", "missing"],
    // personal = the address bears its person's name, whatever its words: „kreis“ is a role word
    ["Für die Schule: Herr Thomas Kreis, thomas.kreis@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de", "found", "found"],
    ["Für die Schule: Frau Anna Müller, fachbereich.jugend@seestadt.de\nFür das Stadtarchiv: Herr Jonas Weber, jonas.weber@seestadt.de", "found", "missing"],
  ] as const)("%j → %s / %s", (text, named, email) => {
    expect(contacts(text)).toEqual([named, email]);
  });

  it("leaves an address whose person the text does not name open, and says why", () => {
    const report = checkAgreementText(
      agreement({ contacts: "§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de\nFür das Stadtarchiv: j.weber@seestadt.de" }),
    );
    expect(report.findings[3]).toMatchObject({ status: "unclear", message: expect.stringMatching(/^Die Adressen sind keine Funktionspostfächer\. Ob jede persönlich ist/) });
  });

  it("ignores addresses outside contact passages, such as a letterhead's info@", () => {
    const parties = `${goodParts.parties}\nTelefon 0123 4567, info@gymnasium-am-see.de`;
    expect(checkAgreementText(agreement({ parties })).findings[3]!.status).toBe("found");
  });

  it("puts the contacts' names, never their addresses, into the facts", () => {
    expect(checkAgreementText(agreement()).facts.contacts).toEqual([
      { side: "school", name: "Anna Müller" },
      { side: "partner", partner: 0, name: "Jonas Weber" },
    ]);
  });
});

describe("open-to-all-pupils", () => {
  it.each([
    ["Das Angebot steht allen Schülerinnen und Schülern offen.", "found"],
    ["Die Angebote stehen sämtlichen Schüler*innen offen.", "found"],
    ["Alle Schüler:innen können teilnehmen.", "found"],
    ["Das Angebot richtet sich an die gesamte Schülerschaft.", "found"],
    ["Das Angebot richtet sich ausschließlich an die Klasse 7b.", "missing"],
    ["Teilnehmen können nur Schülerinnen und Schüler des Leistungskurses Geschichte.", "missing"],
    ["Das Angebot steht nicht allen Schülerinnen und Schülern offen.", "missing"],
    ["Das Angebot richtet sich an die Jahrgangsstufen 5 und 6.", "unclear"],
    ["Das Angebot steht allen Schülerinnen und Schülern offen, ist aber der Klasse 5a vorbehalten.", "unclear"],
    ["Das Stadtarchiv bietet Führungen an.", "missing"],
  ] as const)("%j → %s", (offer, expected) => {
    expect(statusOf(agreement({ offer }), "open-to-all-pupils")).toBe(expected);
  });
});

describe("signed-by-all", () => {
  it.each([
    [goodParts.signatures, "found"],
    ["Seestadt, 15.06.2025\ngez. Anna Müller, Schulleiterin\ngez. Jonas Weber, Leiter des Stadtarchivs", "found"],
    // blank fields, no name, no date: nothing shows a signing
    ["Ort, Datum: ____________\n\nUnterschrift Schulleitung: ____________\n\nUnterschrift Archivleitung: ____________", "unclear"],
    ["Seestadt, den 15.06.2025\nAnna Müller\nSchulleiterin", "missing"],
    ["Für die Schule:\n______________________\nAnna Müller", "missing"],
    ["______________________\n\n______________________", "unclear"],
    // no signature block at all: only the signed copy can tell
    ["", "unclear"],
  ] as const)("%j → %s", (signatures, expected) => {
    expect(statusOf(agreement({ signatures }), "signed-by-all")).toBe(expected);
  });

  it("does not credit the sides of contact lines just above a signature heading (PDF text has no blank lines)", () => {
    const signatures = "§ 4 Unterschriften\nSeestadt, 15.06.2025\n______________________\nAnna Müller, Schulleiterin";
    const text = agreement({ signatures }).replace(/\n\n/g, "\n");
    expect(statusOf(text, "signed-by-all")).toBe("missing");
  });

  it("reads a good agreement without any blank line, as PDF extraction gives it, as all found", () => {
    const report = checkAgreementText(agreement().replace(/\n\n/g, "\n"));
    expect(report.findings.map((f) => f.status)).toEqual(findingIds.map(() => "found"));
  });

  it("needs a signature of every partner when there are two", () => {
    const parties = `${goodParts.parties}\n\nsowie\n\ndem Heimatverein Seestadt e. V.`;
    const both = `${goodParts.signatures}\n\n______________________\nIda Brenner, Für den Heimatverein`;
    expect(statusOf(agreement({ parties }), "signed-by-all")).toBe("missing");
    expect(statusOf(agreement({ parties, signatures: both }), "signed-by-all")).toBe("found");
    // the Heimatverein's field holds its label and a line only, while the others name their signers
    expect(statusOf(agreement({ parties, signatures: `${goodParts.signatures}\n\n______________________\nFür den Heimatverein` }), "signed-by-all")).toBe("missing");
  });
});

describe("terms in school years, open ends and the signing", () => {
  const term = (text: string, signatures = goodParts.signatures) => {
    const report = checkAgreementText(agreement({ term: `§ 2 Laufzeit\n${text}`, signatures }), { asOf: "2026-01-15" });
    return { status: report.findings[1]!.status, facts: report.facts.agreement };
  };

  it.each([
    ["Die Kooperation beginnt am 01.08.2025 und gilt bis zum Ende des Schuljahres 2026/27.", "found", { startDate: "2025-08-01", endDate: "2027-07-31" }],
    ["Sie beginnt mit dem Schuljahr 2025/26 und ist auf zwei Jahre angelegt.", "found", { startDate: "2025-08-01", endDate: "2027-07-31" }],
    ["Mit Beginn des Schuljahres 2026/27 gilt sie für vier Jahre.", "found", { startDate: "2026-08-01" }],
    ["Die Zusammenarbeit erstreckt sich auf die Schuljahre 2025/26, 2026/27 und 2027/28.", "found", { startDate: "2025-08-01", endDate: "2028-07-31" }],
    ["Die Vereinbarung gilt ab dem 01.02.2026 bis auf Widerruf.", "found", { startDate: "2026-02-01", indefinite: true }],
    ["Die Vereinbarung ist nicht befristet.", "found", { indefinite: true }],
    ["Die Partnerschaft wird auf unbestimmte Zeit eingegangen.", "found", { indefinite: true }],
    ["Sie gilt bis zum Ende des Schuljahres 2025/26 und beginnt am 01.02.2026.", "missing", { startDate: "2026-02-01", endDate: "2026-07-31" }],
    ["Die Vereinbarung gilt für ein Schuljahr und verlängert sich automatisch um ein weiteres Schuljahr.", "found", { renewsAutomatically: true }],
    ["Die Vereinbarung gilt bis zum 31.07.2027.", "unclear", { endDate: "2027-07-31" }],
    ["Beginn: 01.08.2025; Ende: 31.07.2027", "found", { startDate: "2025-08-01", endDate: "2027-07-31" }],
    ["Die Zusammenarbeit beginnt zum Schuljahresbeginn 2026/27 und endet mit dem Schuljahr 2027/28.", "found", { startDate: "2026-08-01", endDate: "2028-07-31" }],
    ["Sie gilt vom Schuljahr 2026/2027 bis einschließlich Schuljahr 2027/2028.", "found", { startDate: "2026-08-01", endDate: "2028-07-31" }],
    ["Die Vereinbarung gilt ab dem 01.09.2025 und endet mit Ablauf des 31. August 2027.", "found", { startDate: "2025-09-01", endDate: "2027-08-31" }],
  ] as const)("%j → %s", (text, status, facts) => {
    const result = term(text);
    expect(result.status).toBe(status);
    expect(result.facts).toMatchObject(facts);
  });

  it("starts a term that starts with the signing on the date under the signatures, and leaves it open without one", () => {
    const text = "Die Vereinbarung tritt mit ihrer Unterzeichnung in Kraft und gilt bis zum Ende des Schuljahres 2027/28.";
    expect(term(text)).toMatchObject({ status: "found", facts: { startDate: "2025-06-15", endDate: "2028-07-31" } });
    const unsigned = "Für die Schule:\n______________________\nAnna Müller\n\nFür das Stadtarchiv:\n______________________\nJonas Weber";
    expect(term(text, unsigned)).toMatchObject({ status: "unclear", facts: { endDate: "2028-07-31" } });
  });

  it("reads dates in forms the package's own patterns do not know through a date parser given as an option", () => {
    // day-first dates with slashes or dashes, as some word processors write them
    const text = agreement({ term: "§ 2 Laufzeit\nDie Vereinbarung gilt vom 01/09/2025 bis 31-08-2027." });
    expect(checkAgreementText(text).findings[1]!.status).toBe("missing");
    const report = checkAgreementText(text, { dateParser: chronoDateParser });
    expect(report.findings[1]!.status).toBe("found");
    expect(report.facts.agreement).toMatchObject({ startDate: "2025-09-01", endDate: "2027-08-31" });
  });

  it("guards chrono-node: „für zwei Jahre“ is no date two years ahead, and a date needs a written year", () => {
    expect(chronoDateParser("Die Partner planen für zwei Jahre.")).toEqual([]);
    expect(chronoDateParser("Sie beginnt am 1. August.")).toEqual([]);
    expect(chronoDateParser("vom 1.8.2025 bis 31.7.2027")).toEqual([{ index: 4, text: "1.8.2025 bis 31.7.2027", start: "2025-08-01", end: "2027-07-31" }]);
    const report = checkAgreementText(agreement({ term: "§ 2 Laufzeit\nDie Vereinbarung gilt für zwei Jahre." }), { dateParser: chronoDateParser });
    expect(report.facts.agreement).not.toHaveProperty("startDate");
  });

  it("gives a date parser only a few short sentences, however long the text, and takes only dates with digits", () => {
    const seen: number[] = [];
    const parse = (sentence: string) => {
      seen.push(sentence.length);
      return [{ index: 0, text: "nächsten Montag", start: "2025-08-04" }];
    };
    const text = agreement({ term: "§ 2 Laufzeit\nDie Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027. ".repeat(500) });
    expect(checkAgreementText(text, { dateParser: parse }).findings[1]!.status).toBe("found");
    expect(seen.length).toBeLessThanOrEqual(12);
    expect(Math.max(...seen)).toBeLessThanOrEqual(400);
    expect(() => checkAgreementText("", { dateParser: "chrono" as never })).toThrow(BildungspartnerError);
  });
});

describe("contact lines in the forms agreements use", () => {
  const contacts = (text: string) => {
    const report = checkAgreementText(agreement({ contacts: `§ 3 Ansprechpersonen\n${text}` }));
    return { named: report.findings[2]!.status, email: report.findings[3]!.status, contacts: report.facts.contacts };
  };

  it.each([
    ["Schule: Vogt, Lena – lena.vogt@gymnasium-am-see.de\nStadtarchiv: Fink, Tobias – tobias.fink@seestadt.de", ["Lena Vogt", "Tobias Fink"]],
    ["Schule: OStR' Lena Vogt (lena.vogt@gymnasium-am-see.de)\nStadtarchiv: Dr. Tobias Fink (tobias.fink@seestadt.de)", ["Lena Vogt", "Tobias Fink"]],
    ["Ansprechpartnerin der Schule:\nFrau Lena Vogt\nE-Mail:\nlena.vogt@gymnasium-am-see.de\n\nAnsprechpartner des Stadtarchivs:\nHerr Tobias Fink\nE-Mail:\ntobias.fink@seestadt.de", ["Lena Vogt", "Tobias Fink"]],
    ["Schule: Frau Lena Vogt (lena.vogt@gymnasium-am-see.de) · Stadtarchiv: Herr Tobias Fink (tobias.fink@seestadt.de)", ["Lena Vogt", "Tobias Fink"]],
    ["Frau Lena Vogt (lena.vogt@gymnasium-am-see.de) für die Schule, Herr Tobias Fink (tobias.fink@seestadt.de) für das Stadtarchiv.", ["Lena Vogt", "Tobias Fink"]],
  ] as const)("%j", (text, names) => {
    const result = contacts(text);
    expect([result.named, result.email]).toEqual(["found", "found"]);
    expect(result.contacts?.map((c) => c.name)).toEqual(names);
  });

  it("adds deputies as further contacts of the same side, without replacing the named person", () => {
    const text =
      "Für die Schule: Frau Lena Vogt, lena.vogt@gymnasium-am-see.de; in Vertretung: Herr Max Kern, max.kern@gymnasium-am-see.de\nFür das Stadtarchiv: Herr Tobias Fink, tobias.fink@seestadt.de";
    expect(contacts(text).contacts).toEqual([
      { side: "school", name: "Lena Vogt" },
      { side: "school", name: "Max Kern" },
      { side: "partner", partner: 0, name: "Tobias Fink" },
    ]);
  });

  it("judges every address by the core's mailbox rule: plus tags and surnames like Post are personal, office mailboxes are not", () => {
    expect(contacts("Schule: Frau Lena Vogt, lena.vogt+kooperation@gymnasium-am-see.de\nStadtarchiv: Frau Anna Post, anna.post@seestadt.de").email).toBe("found");
    expect(contacts("Schule: Frau Lena Vogt, ogs@gymnasium-am-see.de\nStadtarchiv: Herr Tobias Fink, tobias.fink@seestadt.de").email).toBe("missing");
  });
});

describe("signatures to follow and signers named one below the other", () => {
  it.each([
    [`${goodParts.signatures}\n\nDie Unterschrift des Stadtarchivs wird nachgereicht.`, "missing"],
    ["Seestadt, 15.06.2025\n\ngez. Anna Müller, Schulleiterin\n\nFür das Stadtarchiv: Unterschrift folgt", "missing"],
    ["Seestadt, 15.06.2025\n\nDr. Anna Müller\nSchulleiterin\n\nJonas Weber\nLeiter des Stadtarchivs", "found"],
    [`${goodParts.signatures}\n\nEine Unterschrift wird nachgereicht.`, "unclear"],
    ["Seestadt, 15.06.2025\n\nDr. Anna Müller                    Jonas Weber\n(Schulleiterin)                   (Direktor)", "found"],
    // the contact persons Müller (school) and Weber (archive) sign by surname
    ["Seestadt, 15.06.2025\ngez. Müller                    gez. Weber", "found"],
  ] as const)("%j → %s", (signatures, expected) => {
    expect(statusOf(agreement({ signatures }), "signed-by-all")).toBe(expected);
  });

  it("says what a text cannot show and which party a finding concerns", () => {
    const found = checkAgreementText(agreement()).findings[5]!;
    expect(found.message).toMatch(/Tinte.*zeigt die Textebene nicht/);
    const pending = checkAgreementText(agreement({ signatures: `${goodParts.signatures}\n\nDie Unterschrift des Stadtarchivs wird nachgereicht.` })).findings[5]!;
    expect(pending.parties).toEqual([{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }]);
  });
});

describe("open to all in the words of primary schools and Berufskollegs", () => {
  it.each([
    ["Das Angebot steht allen Kindern der Schule offen.", "found"],
    ["Jede Klasse besucht das Archiv einmal im Jahr.", "found"],
    ["Eingeladen sind alle Klassen.", "found"],
    ["Die Angebote stehen Schülerinnen und Schülern aller Bildungsgänge offen.", "found"],
    ["Das Projekt ist ausschließlich für die Theater-AG vorgesehen.", "missing"],
    ["Teilnehmen kann ausschließlich der Jahrgang 9.", "missing"],
  ] as const)("%j → %s", (offer, expected) => {
    expect(statusOf(agreement({ offer }), "open-to-all-pupils")).toBe(expected);
  });
});

describe("hints from a form", () => {
  it("finds the parties by the form's names and says in each finding which party it concerns", () => {
    const parties = "Die StGS Seestadt und das Stadtarchiv Seestadt schließen diese Vereinbarung.";
    const application = { school: { name: "Städtische Gesamtschule Seestadt" }, partners: [{ name: "Stadtarchiv Seestadt" }] };
    const report = checkAgreementText(agreement({ parties, contacts: "§ 3 Ansprechpersonen\nFür die Schule: Frau Anna Müller, anna.mueller@gymnasium-am-see.de" }), { application });
    expect(report.facts.school).toEqual({ name: "StGS Seestadt" });
    expect(report.findings[2]).toMatchObject({ status: "missing", parties: [{ side: "partner", partner: 0, name: "Stadtarchiv Seestadt" }] });
  });

  it("refuses hints that are no object as a programmer mistake", () => {
    expect(() => checkAgreementText("", { application: "Gymnasium" as never })).toThrow(BildungspartnerError);
  });
});

describe("contact sections of several lines and labels that name a partner by its kind", () => {
  it("reads contacts listed under a heading far below it (an annex) and assigns each by the institution above it", () => {
    const contacts =
      "Anlage: Ansprechpersonen\n\nGymnasium am See\n   Lena Vogt, Fachlehrerin Geschichte\n   Telefon 0123 4567-1\n   Sprechstunde dienstags\n   E-Mail: lena.vogt@gymnasium-am-see.de\n\n" +
      "Stadtarchiv Seestadt\n   Tobias Fink, Archivpädagoge\n   Telefon 0123 4567-2\n   Sprechstunde nach Vereinbarung\n   E-Mail: tobias.fink@seestadt.de";
    const report = checkAgreementText(agreement({ contacts }));
    expect(report.findings[2]!.status).toBe("found");
    expect(report.facts.contacts?.map((c) => [c.side, c.name])).toEqual([["school", "Lena Vogt"], ["partner", "Tobias Fink"]]);
  });

  it("takes a label such as „Musikverein:“ for the one partner whose name has that head noun", () => {
    const parties = "zwischen\n\ndem Gymnasium am See,\ndem Stadtarchiv Seestadt\nund dem Blasmusik- und Spielmannszugverein Seestadt e. V.";
    const contacts =
      "§ 3 Ansprechpersonen\nGymnasium: Frau Lena Vogt, lena.vogt@gymnasium-am-see.de\nArchiv: Herr Tobias Fink, tobias.fink@seestadt.de\nMusikverein: Frau Ida Brenner, ida.brenner@spielmannszug-seestadt.de";
    const signatures = "Seestadt, den 15.06.2025\n\nFür die Schule: gez. Lena Vogt\nFür das Stadtarchiv: gez. Tobias Fink\nFür den Verein: gez. Ida Brenner";
    const report = checkAgreementText(agreement({ parties, contacts, signatures }));
    expect(report.facts.contacts?.map((c) => [c.side, c.partner, c.name])).toEqual([
      ["school", undefined, "Lena Vogt"],
      ["partner", 0, "Tobias Fink"],
      ["partner", 1, "Ida Brenner"],
    ]);
    expect(report.findings[2]!.status).toBe("found");
  });
});

describe("open to all, written without umlauts, and target groups in the plural", () => {
  it.each([
    ["Das Angebot steht allen Schuelerinnen und Schuelern der Schule offen.", "found"],
    ["Saemtliche Schueler der Schule koennen teilnehmen.", "found"],
    ["Die Workshops richten sich an Lernende der Oberstufe.", "unclear"],
    ["Die Projekte wenden sich an die Klassen 7 und 8.", "unclear"],
  ] as const)("%j → %s", (offer, status) => {
    expect(statusOf(agreement({ offer: `§ 1 Angebot\n${offer}` }), "open-to-all-pupils")).toBe(status);
  });
});

describe("blank fields of a form are no signature lines", () => {
  it("a form with empty fields and two unlabelled signature lines leaves the signatures to a person", () => {
    const parties =
      "1. Partner\n\nSchule:                 Gymnasium am See\nvertreten durch:        Frau Anna Müller\n\nPartner:                Stadtarchiv Seestadt\nvertreten durch:        ____________________\nTelefon:                ____________________";
    const signatures = "[ ] befristet bis ____________   [x] unbefristet\n\n7. Unterschriften\n\n\n____________________        ____________________\nOrt, Datum, Unterschrift    Ort, Datum, Unterschrift";
    expect(statusOf(agreement({ parties, signatures }), "signed-by-all")).toBe("unclear");
  });

  it("still reads „Unterschrift Schulleitung: ______“ as a line to sign on", () => {
    const signatures = "Seestadt, 15.06.2025\n\nUnterschrift Schulleitung: ____________________\n\nUnterschrift Archivleitung: ____________________";
    expect(statusOf(agreement({ signatures }), "signed-by-all")).toBe("found");
  });
});

describe("names with initials and particles", () => {
  it.each([
    ["Koordination Schule: L. Vogt, lena.vogt@gymnasium-am-see.de\nKoordination Stadtarchiv: T. Fink, tobias.fink@seestadt.de", ["L. Vogt", "T. Fink"]],
    ["Schule: H. J. Kramer, h.kramer@gymnasium-am-see.de\nStadtarchiv: E. zu Dohna, e.zudohna@seestadt.de", ["H. J. Kramer", "E. zu Dohna"]],
    ["Die Schule erreichen Sie über Frau van Loon (ivo.vanloon@gymnasium-am-see.de), das Stadtarchiv über Herrn de Boer (jan.deboer@seestadt.de).", ["van Loon", "de Boer"]],
  ] as const)("%j", (text, names) => {
    const report = checkAgreementText(agreement({ contacts: `§ 3 Ansprechpersonen\n${text}` }));
    expect(report.findings[2]!.status).toBe("found");
    expect(report.facts.contacts?.map((c) => c.name)).toEqual(names);
  });
});

describe("a signature to follow, said with „reicht … nach“ or „nachträglich“", () => {
  it.each([
    "Die Schule reicht ihre Unterschrift nach.",
    "Das Gymnasium am See unterzeichnet nachträglich.",
  ])("%j → missing", (sentence) => {
    const signatures = `Seestadt, 15.06.2025\n\n______________________\nJonas Weber, Leiter des Stadtarchivs\n\n${sentence}`;
    expect(statusOf(agreement({ signatures }), "signed-by-all")).toBe("missing");
  });
});

describe("contacts said to stand in an annex the text does not hold", () => {
  it("leaves named-contacts and personal-email to a person instead of calling them missing", () => {
    const report = checkAgreementText(agreement({ contacts: "§ 3 Ansprechpersonen\nDie Kontaktpersonen beider Seiten nennt ein gesondertes Blatt." }));
    expect([report.findings[2]!.status, report.findings[3]!.status]).toEqual(["unclear", "unclear"]);
  });

  it("still says missing when there is no contact section at all", () => {
    expect(statusOf(agreement({ contacts: "" }), "named-contacts")).toBe("missing");
  });
});
