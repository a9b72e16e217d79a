import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pages } from "./shared/pages.js";

const readme = readFileSync(new URL("../../../packages/forms/README.md", import.meta.url), "utf8");
const blocks = new Map([...readme.matchAll(/^## (.+)\n[\s\S]*?```tsx?\n([\s\S]*?)```/gm)].map((m) => [m[1]!, m[2]!]));

/** The marked region of a page's source: what the README shows of it. */
function region(id: string): string {
  const source = readFileSync(new URL(`./${id}/main.tsx`, import.meta.url), "utf8");
  const match = /\/\/ #region readme\n([\s\S]*?)\/\/ #endregion readme\n/.exec(source);
  if (match === null) throw new Error(`${id}: keine Region „readme“`);
  return match[1]!;
}

describe("the forms package's README", () => {
  it.each(pages)("shows the running code of the $library page", ({ id, library }) => {
    expect(blocks.get(library)).toBe(region(id));
  });
});
