// Writes one section of docs/benchmarks.md, leaving the other benchmarks' sections as they are.
// Every benchmark script calls this with its own heading, so `pnpm bench` refreshes the whole file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
const intro = `# Benchmarks

Written by \`pnpm bench\` (each package's \`bench\` script). Every figure stands beside its baseline
from the same run on the same machine: the ratios are the claims, absolute times vary by machine.
`;

/**
 * Replaces (or appends) the section that starts with `## ${heading}` by `body`.
 * @param {string} heading
 * @param {string} body Markdown without the heading.
 */
export function writeBenchmarkSection(heading, body) {
  const current = existsSync(file) ? readFileSync(file, "utf8") : intro;
  const sections = current.split(/^(?=## )/m).map((section) => section.trim());
  const title = `## ${heading}`;
  const next = `${title}\n\n${body.trim()}`;
  const index = sections.findIndex((section) => section.split("\n", 1)[0] === title);
  if (index === -1) sections.push(next);
  else sections[index] = next;
  writeFileSync(file, `${sections.filter(Boolean).join("\n\n")}\n`);
}
