import { describe, expect, it } from "vitest";
import { decodeEntities, htmlText } from "./docx-html.js";

describe("htmlText", () => {
  it("writes paragraphs and headings one per line, empty paragraphs as blank lines", () => {
    expect(htmlText("<h1>Kooperationsvereinbarung</h1><p>zwischen</p><p></p><p>der <strong>Schule</strong> und <em>dem</em> <a href=\"https://x.de/?a=1&amp;b=2\">Archiv</a></p>")).toBe(
      "Kooperationsvereinbarung\nzwischen\n\nder Schule und dem Archiv",
    );
  });

  it("writes a table's rows as | cell | cell | with a blank line around it, a cell's paragraphs joined by a space", () => {
    const html =
      "<p>Ansprechpersonen</p><table><tr><th><p>Seite</p></th><th><p>Name</p></th></tr>" +
      "<tr><td><p>Schule</p></td><td><p>Birte Wiechers</p><p>birte.wiechers@schule.de</p></td></tr>" +
      "<tr><td></td><td><p>Vertretung:<br />Jens Nolting</p></td></tr></table><p>Minden, 03.11.2025</p>";
    expect(htmlText(html)).toBe(
      "Ansprechpersonen\n\n| Seite | Name |\n| Schule | Birte Wiechers birte.wiechers@schule.de |\n|  | Vertretung: Jens Nolting |\n\nMinden, 03.11.2025",
    );
  });

  it("writes cells that hold as many lines each (paragraphs or line breaks), two or more, line by line: side-by-side signatures", () => {
    const html =
      "<table><tr><td><p>______________</p></td><td><p>______________</p></td></tr>" +
      "<tr><td><p>Anna Müller</p><p>Schulleiterin</p></td><td><p>Dr. Jonas Weber<br />Leiter des Stadtarchivs</p></td></tr></table>";
    expect(htmlText(html)).toBe("| ______________ | ______________ |\n| Anna Müller | Dr. Jonas Weber |\n| Schulleiterin | Leiter des Stadtarchivs |");
  });

  it("flattens a nested table into its cell and leaves out empty rows", () => {
    const html = "<table><tr><td><p>Schule</p></td><td><table><tr><td><p>A</p></td><td><p>B</p></td></tr></table></td></tr><tr><td></td><td></td></tr></table>";
    expect(htmlText(html)).toBe("| Schule | A B |");
  });

  it("writes list items one per line, with a dash or their number", () => {
    expect(htmlText("<ul><li>Führungen</li><li>Lesungen<ol><li>Herbst</li><li>Frühjahr</li></ol></li></ul><p>Ende</p>")).toBe(
      "- Führungen\n- Lesungen\n1. Herbst\n2. Frühjahr\nEnde",
    );
  });

  it("keeps runs of spaces and turns tabs into three spaces, as side-by-side parts are written", () => {
    expect(htmlText("<p>Für die Schule:\tFür das Museum:</p><p>gez. A      gez. B</p>")).toBe("Für die Schule:   Für das Museum:\ngez. A      gez. B");
  });

  it("reads tags whose attributes hold a '>' and an image without text", () => {
    expect(htmlText('<p><img src="data:image/png;base64,AAAA" alt="a > b" />Logo</p>')).toBe("Logo");
  });
});

describe("decodeEntities", () => {
  it("decodes the named entities mammoth writes and numeric ones, and leaves others alone", () => {
    expect(decodeEntities("&amp; &lt; &gt; &quot; &#39; &#x20AC; &#8222; &bogus; &#0;")).toBe("& < > \" ' € „ &bogus; &#0;");
  });
});
