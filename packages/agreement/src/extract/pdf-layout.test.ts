import { describe, expect, it } from "vitest";
import { findGutter, groupLines, layoutPage, layoutPages, removeRunningLines, type TextItem } from "./pdf-layout.js";

/** An item of a 10-point font whose characters are 5 points wide. */
const item = (str: string, x: number, y: number, size = 10): TextItem => ({ str, x, y, width: str.length * size * 0.5, height: size });
/** Items of one line: each string at its x. */
const line = (y: number, ...parts: Array<[number, string]>) => parts.map(([x, str]) => item(str, x, y));
const page = (items: TextItem[]) => ({ items, bottom: 0, top: 842 });
const text = (items: TextItem[]) => layoutPage(groupLines(items)).text;

describe("groupLines", () => {
  it("puts items of one baseline on a line, left to right, with a space where there is a gap and none inside a word", () => {
    const lines = groupLines([item("Welt", 60, 700), item("Hallo", 30, 700.8), item("Bildungs", 30, 686), item("partner", 70, 686), item("²", 67, 703, 6)]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([["Hallo Welt²"], ["Bildungspartner"]]);
  });

  it("splits a line into segments at gaps of two character widths or more", () => {
    const [only] = groupLines(line(700, [30, "Für die Schule:"], [200, "Für das Museum:"]));
    expect(only!.segments.map((s) => [s.x, s.text])).toEqual([
      [30, "Für die Schule:"],
      [200, "Für das Museum:"],
    ]);
  });

  it("drops whitespace items: the gaps say the same", () => {
    expect(groupLines([item("a", 30, 700), item("   ", 35, 700), item("b", 60, 700)])[0]!.segments.map((s) => s.text)).toEqual(["a", "b"]);
  });
});

describe("tables", () => {
  it("writes lines whose cells start at aligned positions as | rows", () => {
    const items = [
      ...line(700, [30, "Seite"], [120, "Name"], [260, "E-Mail"]),
      ...line(686, [30, "Schule"], [120, "Miriam Yilmaz"], [260, "m.yilmaz@schule.de"]),
      ...line(672, [30, "Museum"], [120, "Tobias Nowak"], [260, "tobias.nowak@lwl.org"]),
    ];
    expect(text(items)).toBe("| Seite | Name | E-Mail |\n| Schule | Miriam Yilmaz | m.yilmaz@schule.de |\n| Museum | Tobias Nowak | tobias.nowak@lwl.org |");
  });

  it("leaves an empty cell empty and fills a column the first row left empty", () => {
    const items = [...line(700, [120, "Name"], [260, "E-Mail"]), ...line(686, [30, "Schule"], [120, "Yilmaz"], [260, "m.y@s.de"]), ...line(672, [120, "Vertretung"])];
    expect(text(items)).toBe("|  | Name | E-Mail |\n| Schule | Yilmaz | m.y@s.de |\n|  | Vertretung |  |");
  });

  it("joins the wrapped lines of a row's cells when rows stand further apart than lines, the last row's too", () => {
    const items = [
      ...line(700, [30, "Förderschule am Weinberg,"], [260, "Weinbergstraße 8"]),
      ...line(688, [30, "Förderschwerpunkt Lernen"]),
      ...line(672.4, [30, "Biologische Station"], [260, "Nordholz 11"]),
      ...line(656.8, [30, "Minden-Lübbecke"], [260, "Minden"]),
      ...line(644.8, [30, "(Station)"]),
      ...line(630.8, [30, "Präambel"]),
    ];
    expect(text(items)).toBe(
      "| Förderschule am Weinberg, Förderschwerpunkt Lernen | Weinbergstraße 8 |\n| Biologische Station | Nordholz 11 |\n| Minden-Lübbecke (Station) | Minden |\nPräambel",
    );
  });

  it("writes a single line of side-by-side parts three spaces apart, and ends a table at a paragraph break", () => {
    const items = [
      ...line(700, [30, "Bochum, 15.06.2025"], [260, "Bochum, 15.06.2025"]),
      ...line(672, [30, "Für die Schule:"], [260, "Für das Archiv:"]),
      ...line(658, [30, "gez. Dr. Anna Müller"], [260, "gez. Hans Peters"]),
    ];
    expect(text(items)).toBe("Bochum, 15.06.2025   Bochum, 15.06.2025\n\n| Für die Schule: | Für das Archiv: |\n| gez. Dr. Anna Müller | gez. Hans Peters |");
  });

  it("does not take ordinary lines for a table", () => {
    const items = [...line(700, [30, "Schule: Frau Meyer"]), ...line(686, [30, "Archiv: Herr Brandt"])];
    expect(text(items)).toBe("Schule: Frau Meyer\nArchiv: Herr Brandt");
  });
});

describe("two-column pages", () => {
  // Each line a sentence of its own, so that no line wraps onto the next.
  const column = (x: number, words: string[]) => words.map((w, i) => item(`${w} lorem ipsum dolor sit amet.`, x, 780 - i * 14));
  const left = Array.from({ length: 14 }, (_, i) => `L${String.fromCharCode(97 + i)}`);
  const right = Array.from({ length: 14 }, (_, i) => `R${String.fromCharCode(97 + i)}`);

  it("finds the gutter that no line crosses and reads the left column before the right one", () => {
    const items = [...column(30, left), ...column(300, right)];
    expect(findGutter(groupLines(items))).toMatchObject({ start: expect.any(Number), end: expect.any(Number) });
    const read = layoutPage(groupLines(items));
    expect(read.columns).toBe(2);
    expect(read.text.split("\n").map((l) => l.slice(0, 2))).toEqual([...left, "", ...right]);
  });

  it("reads a title across both columns first and a closing line across them last", () => {
    const items = [item("Kooperationsvereinbarung zwischen der Schule und dem Archiv der Stadt", 30, 800), ...column(30, left), ...column(300, right), item("Beide Seiten unterzeichnen diese Vereinbarung am selben Tag in Bochum.", 30, 560)];
    const lines = layoutPage(groupLines(items)).text.split("\n");
    expect(lines[0]).toMatch(/^Kooperationsvereinbarung/u);
    expect(lines[lines.length - 1]).toMatch(/^Beide Seiten/u);
    expect(lines.indexOf("Ln lorem ipsum dolor sit amet.")).toBeGreaterThan(0);
    expect(lines.indexOf("Ln lorem ipsum dolor sit amet.")).toBeLessThan(lines.indexOf("Ra lorem ipsum dolor sit amet."));
  });

  it("keeps one column when most lines cross the middle, or when the left side is a table's short labels", () => {
    const full = left.map((w, i) => item(`${w} lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod`, 30, 780 - i * 14));
    expect(findGutter(groupLines([...full, ...column(300, right)]))).toBeUndefined();
    const labels = ["E-Mail", "Name", "Ende", "Beginn", "Leitung", "Schule", "Ort"].map((w, i) => item(w, 30, 780 - i * 14));
    expect(findGutter(groupLines([...labels, ...column(140, right)]))).toBeUndefined();
  });
});

describe("running headers and footers", () => {
  it("removes lines that repeat in the top or bottom band of two pages, digits masked, and page numbers there", () => {
    const pages = [1, 2].map((n) =>
      page([
        item(`Kooperationsvereinbarung Schule / Archiv - ${n} -`, 30, 810),
        item(`Text der Seite ${n}, der nicht wiederkehrt.`, 30, 700),
        item("Stand: Juni 2025", 30, 400),
        item(`Seite ${n} von 2`, 30, 30),
      ]),
    );
    expect(layoutPages(pages).map((p) => p.text)).toEqual(["Text der Seite 1, der nicht wiederkehrt.\n\nStand: Juni 2025", "Text der Seite 2, der nicht wiederkehrt.\n\nStand: Juni 2025"]);
  });

  it("keeps a line in the band that stands on one page only, and a repeated line outside the bands", () => {
    const pages = [page([item("Kooperationsvereinbarung", 30, 800), item("Stand: Juni 2025", 30, 400)]), page([item("§ 4 Laufzeit", 30, 800), item("Stand: Juni 2025", 30, 400)])];
    const lines = pages.map((p) => ({ lines: groupLines(p.items), bottom: p.bottom, top: p.top }));
    expect(removeRunningLines(lines).map((p) => p.map((l) => l.segments[0]!.text))).toEqual([
      ["Kooperationsvereinbarung", "Stand: Juni 2025"],
      ["§ 4 Laufzeit", "Stand: Juni 2025"],
    ]);
    expect(layoutPages([page([item("- 1 -", 30, 20), item("1/3", 30, 820), item("Nur Text", 30, 500)])])[0]!.text).toBe("Nur Text");
  });
});

describe("paragraphs", () => {
  it("puts a blank line where the gap between lines is clearly larger than the line pitch", () => {
    const items = [item("Eins", 30, 700), item("Zwei", 30, 686), item("Drei", 30, 672), item("Vier", 30, 644)];
    expect(text(items)).toBe("Eins\nZwei\nDrei\n\nVier");
  });

  it("stays linear on a page of many items", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => item(`w${i}`, 30 + (i % 40) * 13, 800 - Math.floor(i / 40) * 1.5));
    const started = performance.now();
    expect(layoutPages([page(items)])).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("running text wrapped by the column's width", () => {
  const words = "Ansprechpartner des Naturschutzzentrums ist Herr Max Vogel, erreichbar unter max.vogel@nabu-station.de, für die Schule Frau Ina Roth.";
  /** The sentence set in a column of `width` characters, one item per line. */
  const wrapped = (width: number, top: number) => {
    const lines: string[] = [];
    for (const word of words.split(" ")) {
      const last = lines[lines.length - 1];
      if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.map((line, i) => item(line, 30, top - i * 14));
  };

  it("joins the lines of a paragraph that the column wrapped, as a text file writes it", () => {
    const items = [item("Vereinbarung", 30, 800), ...wrapped(40, 760)];
    expect(layoutPage(groupLines(items)).text.split("\n")).toEqual(["Vereinbarung", "", words]);
  });

  it("keeps labels, sentence ends, new items and a page's head on their lines", () => {
    const lines = ["Ansprechpersonen:", "Herr Max Vogel, Leiter der Station", "1. Die Station bietet Führungen an.", "2. Die Schule stellt die Begleitung."];
    const items = [item("Städtisches Gymnasium Am Wall Bochum", 30, 800), item("Stadtarchiv Bochum Am Markt 1", 30, 786), ...lines.map((line, i) => item(line, 30, 740 - i * 14))];
    expect(layoutPage(groupLines(items)).text.split("\n")).toEqual(["Städtisches Gymnasium Am Wall Bochum", "Stadtarchiv Bochum Am Markt 1", "", ...lines]);
  });
});

describe("a form's rows at even steps", () => {
  it("stay one table although they stand farther apart than a paragraph's lines", () => {
    const rows = [
      ["Name der Schule", "Hauptschule Am Gerberbach"],
      ["Schulnummer", "187654"],
      ["Ansprechperson", "Herr Dennis Kowalczyk"],
      ["Telefon / E-Mail", "d.kowalczyk@hs-gerberbach.de"],
    ];
    const items = rows.flatMap(([label, value], i) => [item(label!, 30, 700 - i * 30), item(value!, 200, 700 - i * 30)]);
    const body = [item("Die Schule und der Verein arbeiten im Ganztag zusammen und treffen sich zweimal im Jahr.", 30, 800), item("Sie legen die Angebote gemeinsam fest.", 30, 786)];
    expect(layoutPage(groupLines([...body, ...items])).text.split("\n").slice(-4)).toEqual(rows.map(([label, value]) => `| ${label} | ${value} |`));
  });
});

describe("a ruled table whose rows its padding sets apart", () => {
  it("stays one table, each row's wrapped cells joined", () => {
    const header = ["Partner", "Name", "Funktion", "E-Mail"].map((w, k) => item(w, 30 + k * 120, 700));
    const row = (y: number, cells: string[], wrap: string[]) => [
      ...cells.map((w, k) => item(w, 30 + k * 120, y)),
      ...wrap.flatMap((w, k) => (w === "" ? [] : [item(w, 30 + k * 120, y - 12)])),
    ];
    const items = [
      item("Die Ansprechpersonen der Partner stehen in dieser Anlage und werden bei jedem Wechsel neu gemeldet.", 30, 760),
      item("Beide Seiten melden einen Wechsel unverzüglich.", 30, 746),
      ...header,
      ...row(670, ["Schule", "Andreas", "Lehrer", "a.nuehlen@bk.de"], ["", "Nühlen", "Mathematik", ""]),
      ...row(630, ["Archiv", "Milan", "Archivar", "m.stojanovic@kreis.de"], ["", "Stojanovic", "", ""]),
    ];
    expect(layoutPage(groupLines(items)).text.split("\n").slice(-3)).toEqual([
      "| Partner | Name | Funktion | E-Mail |",
      "| Schule | Andreas Nühlen | Lehrer Mathematik | a.nuehlen@bk.de |",
      "| Archiv | Milan Stojanovic | Archivar | m.stojanovic@kreis.de |",
    ]);
  });
});

describe("layoutPage: ruled tables", () => {
  it("keeps a row with an empty cell and a row after a wrapped cell in the table, across the cells' padding", () => {
    const items = [
      ...line(700, [50, "Für die Schule"], [300, "Für das Museum"]),
      ...line(670, [50, "Seestadt, 15.03.2027"], [300, "Ort, Datum:"]),
      ...line(640, [50, "Anna Müller, Schulleiterin"]),
      ...line(610, [50, "Unterschrift"], [300, "Unterschrift"]),
    ];
    expect(text(items)).toBe(
      "| Für die Schule | Für das Museum |\n| Seestadt, 15.03.2027 | Ort, Datum: |\n| Anna Müller, Schulleiterin |  |\n| Unterschrift | Unterschrift |",
    );
  });
});
