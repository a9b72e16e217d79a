import { describe, expect, it } from "vitest";
import { checkAgreementText } from "../check.js";
import { withoutUntickedOptions } from "./tick-boxes.js";

describe("withoutUntickedOptions: a form's unticked option states nothing", () => {
  it("blanks an unticked option and the box of a ticked one, keeping every offset", () => {
    const text = "4. Teilnehmende\n[ ] alle Schülerinnen und Schüler\n[x] die Jahrgänge 5 und 6\n";
    const read = withoutUntickedOptions(text);
    expect(read).toHaveLength(text.length);
    expect(read.split("\n")).toEqual(["4. Teilnehmende", " ".repeat(33), "    die Jahrgänge 5 und 6", ""]);
  });

  it("reads box characters and several options on one line", () => {
    expect(withoutUntickedOptions("☒ für zwei Jahre   ☐ unbefristet   [  ] bis ____")).toBe(`  für zwei Jahre${" ".repeat(32)}`);
  });

  it("takes lines indented under an unticked option with it, and stops at the next option", () => {
    const text = "  [ ] alle Schülerinnen und Schüler\n      der Schule\n  [x] Klasse 7";
    expect(withoutUntickedOptions(text).split("\n")).toEqual([" ".repeat(35), " ".repeat(16), "      Klasse 7"]);
  });

  it("leaves a text without boxes as it is", () => {
    const text = "Die Vereinbarung gilt [bis auf Widerruf].";
    expect(withoutUntickedOptions(text)).toBe(text);
  });
});

describe("a form with tick boxes, read by the check", () => {
  const form = (pupils: string, term: string) =>
    [
      "Kooperationsvereinbarung zwischen der Realschule am Wall und dem Stadtarchiv Musterstadt im Rahmen von Bildungspartner NRW",
      "",
      "3. Zielgruppe",
      pupils,
      "",
      "4. Laufzeit",
      "Die Vereinbarung gilt ab 01.08.2026",
      "",
      term,
    ].join("\n");

  it("reads the ticked target group, not the unticked one", () => {
    const report = checkAgreementText(form("[ ] alle Schülerinnen und Schüler der Schule\n[x] nur Schülerinnen und Schüler der Jahrgänge 5 und 6", "[x] für zwei Jahre"), { asOf: "2026-06-01" });
    expect(report.findings.find((f) => f.id === "open-to-all-pupils")?.status).toBe("missing");
  });

  it("reads a ticked term under the term's heading", () => {
    const report = checkAgreementText(form("[x] alle Schülerinnen und Schüler der Schule", "[x] für zwei Jahre   [ ] unbefristet"), { asOf: "2026-06-01" });
    expect(report.findings.find((f) => f.id === "min-duration")?.status).toBe("found");
    expect(report.findings.find((f) => f.id === "open-to-all-pupils")?.status).toBe("found");
  });
});
