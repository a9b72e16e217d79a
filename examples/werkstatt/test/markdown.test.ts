import { describe, expect, it } from "vitest";
import { changeReport } from "../src/files.js";
import { inline, markdownBlocks } from "../src/markdown.js";

describe("the change report drawn from its Markdown", () => {
  it("reads headings, paragraphs, lists and tables, and leaves out comments and blank lines", () => {
    const report = changeReport(["rules/min-duration.json"], "# Regeländerung\n\n| a | b |\n|---|---:|\n| 1 | `x` |\n| 2 | |\n\nText\nweiter");
    expect(markdownBlocks(report)).toEqual([
      { kind: "paragraph", text: expect.stringContaining("**Prüfung:**") },
      { kind: "paragraph", text: expect.stringContaining("**Geänderte Dateien**") },
      { kind: "list", items: ["`rules/min-duration.json`"] },
      { kind: "heading", level: 1, text: "Regeländerung" },
      { kind: "table", head: ["a", "b"], rows: [["1", "`x`"], ["2", ""]] },
      { kind: "paragraph", text: "Text weiter" },
    ]);
  });

  it("makes code and bold parts elements and leaves markup in the text as text", () => {
    const parts = inline("**fett** und `code` und <b>kein HTML</b>") as Array<string | { type: string; props: { children: unknown } }>;
    expect(parts.filter((p) => typeof p !== "string").map((p) => [(p as { type: string }).type, (p as { props: { children: unknown } }).props.children])).toEqual([
      ["strong", "fett"],
      ["code", "code"],
    ]);
    expect(parts.at(-1)).toBe(" und <b>kein HTML</b>");
  });
});
