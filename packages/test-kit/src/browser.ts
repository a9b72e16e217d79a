/// <reference lib="dom" />
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

// What the browser tests share: Debian's chromium through playwright-core and axe-core's checks.
// A separate entry because only the browser tests install chromium; the other tests need none of this.

/** Where Debian's chromium package puts the browser (`.ci/run` installs it). */
export const chromiumPath = "/usr/bin/chromium";

/** Launch flags that work for Debian's chromium here (see shared TOOLCHAIN.md); no user data dir. */
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts Debian's chromium headless; fails with the command that installs it where it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} fehlt: apt-get install -y chromium`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The WCAG levels axe-core checks: 2.0 and 2.1, A and AA. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now, one line a violation (rule id and
 * the elements' selectors); empty where the page passes. Injects axe-core once per document.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axeSource });
  }
  return page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
  }, wcagTags);
}
