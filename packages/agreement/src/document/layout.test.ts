import { describe, expect, it } from "vitest";
import { headerRow, readLayout, sectionAt, tablePlace, type Block } from "./layout.js";
import { makeDoc, type Doc } from "./text.js";

const read = (text: string) => {
  const doc = makeDoc(text);
  return { doc, layout: readLayout(doc) };
};
const cellsOf = (doc: Doc, block: Block) => block.rows.map((row) => row.cells.map((cell) => doc.text.slice(cell.start, cell.end)));

describe("readLayout", () => {
  it("reads `| … |` rows as one table, skips the rule row and keeps empty cells in place", () => {
    const { doc, layout } = read("Ansprechpersonen\n\n| Seite | Name | E-Mail |\n|---|---|---|\n| Schule | Anna Roth | a.roth@x.de |\n| Museum |  | info@museum.de |\n");
    const table = layout.blocks.find((b) => b.kind === "table")!;
    expect(cellsOf(doc, table)).toEqual([
      ["Seite", "Name", "E-Mail"],
      ["Schule", "Anna Roth", "a.roth@x.de"],
      ["Museum", "", "info@museum.de"],
    ]);
    expect(headerRow(doc, table)).toBe(table.rows[0]);
  });

  it("reads parts set apart by tabs or three spaces as cells, in text as wide gaps survive normalisation", () => {
    const { doc, layout } = read("Für die Schule:      Für das Archiv:\ngez. Anna Roth\tgez. Ben Kurz\nEin Satz mit  zwei Leerzeichen.");
    const [table, paragraph] = layout.blocks;
    expect(cellsOf(doc, table!)).toEqual([
      ["Für die Schule:", "Für das Archiv:"],
      ["gez. Anna Roth", "gez. Ben Kurz"],
    ]);
    expect(paragraph?.kind).toBe("paragraph");
  });

  it("opens sections at numbered, capitalised, annex and topic headings, and names their topic", () => {
    const { doc, layout } = read(
      [
        "KOOPERATIONSVEREINBARUNG",
        "§ 3 Laufzeit und Kündigung",
        "Die Vereinbarung gilt zwei Jahre.",
        "4. Ansprechpersonen",
        "Siehe Anlage 1.",
        "Unterschrift Schulleitung: ________",
        "Präambel",
        "Anlage 1: Ansprechpersonen",
        "Frau Roth",
      ].join("\n"),
    );
    const headings = layout.blocks.filter((b) => b.kind === "heading").map((b) => [doc.text.slice(b.start, b.end), b.topic, b.annex]);
    expect(headings).toEqual([
      ["KOOPERATIONSVEREINBARUNG", undefined, false],
      ["§ 3 Laufzeit und Kündigung", "term", false],
      ["4. Ansprechpersonen", "contacts", false],
      ["Anlage 1: Ansprechpersonen", "contacts", true],
    ]);
    const at = (words: string) => sectionAt(layout, doc.text.indexOf(words));
    expect(at("zwei Jahre")?.topic).toBe("term");
    expect(at("Frau Roth")).toMatchObject({ topic: "contacts", inAnnex: true });
    expect(at("Präambel")).toMatchObject({ topic: "contacts", inAnnex: false });
    expect(layout.annexMentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(["Anlage"]);
  });

  it("does not take a numbered clause or a sentence for a heading", () => {
    const { layout } = read("1. Die Station führt in jedem Halbjahr mit jeder Klasse einen Lerngang durch und berät die Lehrkräfte.\nAnlage 1 enthält die Ansprechpersonen.");
    expect(layout.blocks.map((b) => b.kind)).toEqual(["paragraph"]);
  });

  it("tells the table row and cell of an offset", () => {
    const { doc, layout } = read("| Schule | Anna Roth | a.roth@x.de |\n| Archiv | Ben Kurz | b.kurz@y.de |");
    const pos = doc.text.indexOf("b.kurz");
    expect(tablePlace(layout, 1, pos)).toMatchObject({ row: 1, cell: 2 });
    expect(tablePlace(layout, 1, doc.text.indexOf("| Ben"))?.cell).toBe(-1);
  });

  it("is one pass: every line belongs to at most one block", () => {
    const text = "Titel\n\n| a | b |\n| c | d |\nText\n\nANLAGE\nx   y\n";
    const { layout } = read(text);
    const lines = layout.blocks.flatMap((b) => Array.from({ length: b.lastLine - b.firstLine + 1 }, (_, k) => b.firstLine + k));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
