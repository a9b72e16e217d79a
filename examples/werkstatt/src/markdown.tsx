import type { ComponentChildren } from "preact";

/*
 * The change report on the page: the Markdown of AENDERUNGEN.md read into blocks and drawn as
 * elements (never as HTML text), for the few forms the report uses: headings, paragraphs, lists,
 * tables, **bold** and `code`. The downloaded file stays Markdown.
 */

/** One block of the report. */
export type MarkdownBlock =
  | { readonly kind: "heading"; readonly level: number; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** The cells of a table line `| a | b |`. */
const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());

const isTableLine = (line: string) => line.trim().startsWith("|");
const isSeparator = (line: string) => /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(line.trim());

/** The report's Markdown as blocks; comments (`<!-- … -->`) and blank lines are left out. */
export function markdownBlocks(text: string): MarkdownBlock[] {
  const lines = text.split("\n");
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.trim() === "" || /^<!--.*-->$/.test(line.trim())) i += 1;
    else if (heading) {
      blocks.push({ kind: "heading", level: heading[1]!.length, text: heading[2]! });
      i += 1;
    } else if (line.startsWith("- ")) {
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith("- "); i++) items.push(lines[i]!.slice(2));
      blocks.push({ kind: "list", items });
    } else if (isTableLine(line) && isSeparator(lines[i + 1] ?? "")) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && isTableLine(lines[i]!); i++) rows.push(cells(lines[i]!));
      blocks.push({ kind: "table", head, rows });
    } else {
      const paragraph: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== "" && !/^(#{1,6}\s|- )/.test(lines[i]!) && !isTableLine(lines[i]!); i++) paragraph.push(lines[i]!);
      blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    }
  }
  return blocks;
}

/** A line's `code` and **bold** parts as elements, the rest as text. */
export function inline(text: string): ComponentChildren {
  return text.split(/(`[^`]+`|\*\*[^*]+\*\*)/).map((part, i) => {
    if (part.startsWith("`") && part.endsWith("`") && part.length > 1) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith("**") && part.endsWith("**") && part.length > 3) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}

/** Props: the Markdown, and the heading level its `#` becomes on the page. */
export interface MarkdownProps {
  readonly text: string;
  /** The page's heading level for a `#` heading (its `##` one below, and so on, at most 6). */
  readonly topLevel: number;
}

/** The report's Markdown drawn as elements. */
export function Markdown({ text, topLevel }: MarkdownProps) {
  return (
    <>
      {markdownBlocks(text).map((block, i) => {
        if (block.kind === "heading") {
          const Tag = `h${Math.min(6, topLevel + block.level - 1)}` as "h3";
          return <Tag key={i}>{inline(block.text)}</Tag>;
        }
        if (block.kind === "list")
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{inline(item)}</li>
              ))}
            </ul>
          );
        if (block.kind === "table")
          return (
            <table key={i}>
              <thead>
                <tr>
                  {block.head.map((cell, j) => (
                    <th key={j} scope="col">
                      {inline(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k}>{inline(cell)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        return <p key={i}>{inline(block.text)}</p>;
      })}
    </>
  );
}
