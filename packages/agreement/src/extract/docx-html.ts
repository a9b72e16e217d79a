/**
 * The text of mammoth's HTML for a DOCX: one line per paragraph, heading and list item, a table's
 * rows as `| cell | cell |` with a blank line around the table. mammoth writes a small, regular
 * HTML (p, h1–h6, table/tr/td/th, ul/ol/li, strong, em, a, br, img, sup, sub, s, u); one pass over
 * it, without a parser.
 */

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the entities mammoth writes (&amp; &lt; &gt; &quot; and numeric ones); others stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/giu, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

const blockTags = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

/** The text of mammoth's HTML, as described above. */
export function htmlText(html: string): string {
  const lines: string[] = [];
  let inline = "";
  /** Nesting of tables; a table inside a cell is read into that cell. */
  let tableDepth = 0;
  /** The open row's cells, each as its paragraphs. */
  let row: string[][] | undefined;
  let cell: string[] | undefined;
  /** Per open list: its kind and the number of its next item. */
  const lists: Array<{ ordered: boolean; next: number }> = [];

  /** Set after a table's blank line, so that an empty paragraph after the table adds no second one. */
  let afterTable = false;
  // Runs of spaces stay (they set parts of a line apart, as side-by-side captions); a tab does the same work.
  const text = () => inline.replace(/\t+/gu, "   ").replace(/[\r\n]+/gu, " ").trimEnd();
  // A block's text: in a cell, one more part of the cell; elsewhere, one line (empty paragraphs keep the document's blank lines).
  const endBlock = (keepEmpty: boolean) => {
    const content = text();
    inline = "";
    if (cell) {
      if (content !== "") cell.push(content.trim());
    } else if (content.trim() !== "") {
      lines.push(content);
      afterTable = false;
    } else if (keepEmpty && !afterTable) lines.push("");
  };
  const blankLine = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
  };

  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    inline += decodeEntities(html.slice(i, open < 0 ? html.length : open));
    if (open < 0) break;
    // A tag ends at the first ">" outside quotes.
    let end = open + 1;
    let quote = "";
    for (; end < html.length; end++) {
      const char = html[end]!;
      if (quote !== "") {
        if (char === quote) quote = "";
      } else if (char === '"' || char === "'") quote = char;
      else if (char === ">") break;
    }
    const tag = html.slice(open + 1, end);
    i = end + 1;
    const closing = tag.startsWith("/");
    const name = /^\/?([a-z0-9]+)/iu.exec(tag)?.[1]?.toLowerCase() ?? "";
    if (name === "br") {
      // A line break inside a cell ends a part of the cell (see rowLines), elsewhere it ends a line.
      endBlock(!cell);
    } else if (blockTags.has(name)) {
      if (name === "li" && !closing) {
        endBlock(false);
        const list = lists[lists.length - 1];
        inline = list ? (list.ordered ? `${list.next++}. ` : "- ") : "";
      } else if (closing) endBlock(name !== "li");
      else endBlock(false);
    } else if (name === "ul" || name === "ol") {
      endBlock(false);
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", next: 1 });
    } else if (name === "table") {
      if (closing) {
        tableDepth = Math.max(0, tableDepth - 1);
        if (tableDepth === 0) {
          blankLine();
          afterTable = true;
        }
      } else {
        if (tableDepth === 0) {
          endBlock(false);
          blankLine();
        }
        tableDepth += 1;
      }
    } else if (name === "tr" && tableDepth === 1) {
      if (closing && row) {
        lines.push(...rowLines(row));
        row = undefined;
      } else if (!closing) row = [];
    } else if ((name === "td" || name === "th") && tableDepth === 1) {
      if (closing && cell) {
        endBlock(false);
        row?.push(cell);
        cell = undefined;
      } else if (!closing) {
        inline = "";
        cell = [];
      }
    } else if (cell && tableDepth > 1 && (name === "td" || name === "th")) {
      // A nested table's cells become words of the outer cell.
      endBlock(false);
    }
  }
  endBlock(false);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}

/**
 * A table row's lines. Cells that hold the same number of lines (paragraphs or line breaks), two
 * or more each, run side by side line by line (a name over a role under each signature line): one
 * row per line, as the columns read in print. Otherwise one row, a cell's lines joined by a space;
 * an empty row gives none.
 */
function rowLines(cells: readonly string[][]): string[] {
  const depth = cells[0]?.length ?? 0;
  if (cells.length >= 2 && depth >= 2 && cells.every((cell) => cell.length === depth)) {
    return Array.from({ length: depth }, (_, k) => `| ${cells.map((cell) => cell[k]).join(" | ")} |`);
  }
  const joined = cells.map((cell) => cell.join(" "));
  return joined.some((c) => c !== "") ? [`| ${joined.join(" | ")} |`] : [];
}
