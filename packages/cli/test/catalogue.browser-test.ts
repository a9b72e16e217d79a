/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categories, schoolTypes, shippedRuleSets } from "@bildungspartner/core";
import { run } from "../src/index.js";
import { decisionTable } from "@bildungspartner/core/rules";
import { bufferIo } from "./buffer-io.js";
import { launchChromium } from "@bildungspartner/test-kit/browser";

/** Where screenshots and the printed PDF go, for people to look at (gitignored). */
const results = fileURLToPath(new URL("../test-results/", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "bildungspartner-catalogue-"));
let browser: Browser;

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  const io = bufferIo();
  expect(await run(["rules", "catalogue", "--out", out], io)).toBe(0);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the rule catalogue in chromium", () => {
  it("shows every criterion in FAQ order with its table, source link and cases, and is saved as a screenshot", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    expect(await page.title()).toBe("Regelkatalog Bildungspartner NRW – Regelsatz 1.0.0");
    const rules = shippedRuleSets()[0]!.rules;
    expect(await page.locator("section.rule h2").allInnerTexts()).toEqual(rules.map((rule, i) => `${i + 1}. ${rule.title.de}`));
    expect(await page.locator("table.overview tbody tr").count()).toBe(rules.length);

    const minDuration = page.locator("#min-duration");
    const table = decisionTable(rules.find((rule) => rule.id === "min-duration")!.conditions, { categories, schoolTypes });
    expect(await minDuration.locator("table.decision tbody tr").count()).toBe(table!.rows.length);
    expect(await minDuration.locator("dl.meta").innerText()).toContain("Soll-Kriterium");
    // The readings for the programme office: every interpretation and the third partner per category.
    const readings = page.locator("#auslegungsfragen");
    expect(await readings.locator("h2").innerText()).toBe("Auslegungsfragen");
    expect(await readings.locator("table.readings").first().locator("tbody tr").count()).toBeGreaterThanOrEqual(rules.filter((rule) => rule.interpretation).length);
    expect(await readings.locator("table.readings").nth(1).innerText()).toContain("Sportverein");
    await readings.screenshot({ path: join(results, "catalogue-auslegungsfragen.png") });
    const cases = JSON.parse(readFileSync(fileURLToPath(new URL("../../core/rules/min-duration.cases.json", import.meta.url)), "utf8")) as { cases: unknown[] };
    expect(await minDuration.locator("table.cases tbody tr").count()).toBe(cases.cases.length);
    expect(await minDuration.locator("p.source a").getAttribute("href")).toMatch(/#:~:text=Langfristigkeit%20der%20Vereinbarung/);
    // The stylesheet loaded: the decision cells are centred.
    expect(await minDuration.locator("td.cell").first().evaluate((td) => getComputedStyle(td).textAlign)).toBe("center");

    await page.screenshot({ path: join(results, "catalogue.png") });
    await minDuration.screenshot({ path: join(results, "catalogue-min-duration.png") });
    expect(readFileSync(join(results, "catalogue.png")).subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  });

  it("prints each criterion on its own pages without the table of contents", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(out, "index.html")).href);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav").isVisible()).toBe(false);
    expect(await page.locator("#min-duration").evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
    const pdf = await page.pdf({ format: "A4", path: join(results, "catalogue.pdf") });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(shippedRuleSets()[0]!.rules.length);
    await page.close();
  });
});
