import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "@bildungspartner/test-kit/browser";
import { pages } from "../src/shared/ui.js";

const exampleDir = fileURLToPath(new URL("../", import.meta.url));
const outputDir = join(exampleDir, "test-output");

let server: PreviewServer;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  server = await preview({ root: exampleDir, logLevel: "silent", preview: { host: "127.0.0.1", port: 0 } });
  baseUrl = server.resolvedUrls?.local[0] ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page of one library, with its console errors and uncaught errors collected. */
async function open(file: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE", timezoneId: "Europe/Berlin", ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(new URL(file, baseUrl).href);
  await page.getByRole("button", { name: "Prüfen und absenden" }).waitFor();
  return { page, problems };
}

/** What a field at `path` shows: its messages, wherever the library puts them. */
const at = (page: Page, path: string) => page.locator(`[data-path="${path}"]`);

/** Errors as each library styles them. */
const errorsOn = (page: Page) => page.locator(".message--error, .text-danger, .validation_error").filter({ hasText: /\S/ });

/** Answers a yes/no question: radio buttons on the hand-built pages, a checkbox in RJSF and JSON Forms. */
async function answer(page: Page, label: string, yes: boolean, nth = 0) {
  const group = page.getByRole("group", { name: label, exact: true });
  if ((await group.count()) > 0) {
    await group.nth(nth).getByLabel(yes ? "Ja" : "Nein", { exact: true }).check();
    return;
  }
  const box = page.getByLabel(label).nth(nth);
  // A checkbox left alone is unanswered; „Nein“ is ticked and unticked.
  await box.check();
  if (!yes) await box.uncheck();
}

const dates = { start: "01.08.2025", twoYears: "31.07.2027", oneYear: "31.07.2026" };

/** A complete application that meets every criterion (the end date chosen). */
async function fillComplete(page: Page, endDate = dates.twoYears) {
  await page.getByLabel("Art der Einrichtung").nth(0).selectOption({ label: "Gymnasium" });
  await page.getByLabel("Name der Schule").fill("Gymnasium am Stadtpark");
  await page.getByLabel("Schulnummer").fill("165432");
  await page.getByLabel("Name des Partners").fill("Stadtarchiv Musterstadt");
  await page.getByLabel("Art der Einrichtung").nth(1).selectOption({ label: "Archiv" });
  await answer(page, "Kommunale Einrichtung", true);
  await answer(page, "Schriftliche Vereinbarung", true);
  await page.getByLabel("Beginn der Vereinbarung").fill(dates.start);
  await answer(page, "Unbefristet", false);
  await page.getByLabel("Ende der Vereinbarung").fill(endDate);
  for (const question of ["Offen für alle Schülerinnen und Schüler", "Bildungspartner NRW wird erwähnt", "Von der Schule unterzeichnet", "Von allen Partnern unterzeichnet"]) {
    await answer(page, question, true);
  }
  await page.getByLabel("Name der Ansprechperson").nth(0).fill("Anna Schmidt");
  await page.getByLabel("E-Mail-Adresse").nth(0).fill("anna.schmidt@gymnasium-stadtpark.de");
  await page.getByLabel("Name der Ansprechperson").nth(1).fill("Bernd Meyer");
  await page.getByLabel("E-Mail-Adresse").nth(1).fill("bernd.meyer@musterstadt.de");
}

const submit = (page: Page) => page.getByRole("button", { name: "Prüfen und absenden" }).click();
const submitted = (page: Page) => page.locator("#absenden").getAttribute("data-submitted");

describe.each(pages)("$library ($file)", ({ file }) => {
  it("names a five-digit school number at the school-number field, in German, while typing", async () => {
    const { page, problems } = await open(file);
    await page.getByLabel("Schulnummer").fill("16543");
    await expect.poll(() => at(page, "school.schoolNumber").filter({ hasText: "Die Schulnummer muss aus genau sechs Ziffern bestehen." }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("shows a one-year term as a warning at the end date, and the application can still be sent", async () => {
    const { page, problems } = await open(file);
    await fillComplete(page, dates.oneYear);
    await expect.poll(() => at(page, "agreement.endDate").filter({ hasText: "sollte auf mindestens zwei Jahre angelegt sein" }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator("[data-status]").getAttribute("data-status")).toBe("needs-review");
    await submit(page);
    await expect.poll(() => submitted(page)).toBe("valid");
    expect(await errorsOn(page).count()).toBe(0);
    await page.screenshot({ path: join(outputDir, `${file.replace(".html", "")}-warning.png`), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("refuses a kindergarten with an error at the type of school", async () => {
    const { page } = await open(file);
    await fillComplete(page);
    await page.getByLabel("Art der Einrichtung").nth(0).selectOption({ label: "Kindergarten" });
    await expect.poll(() => at(page, "school.type").filter({ hasText: "Kindertageseinrichtungen können nicht als Bildungspartnerschaft registriert werden" }).count()).toBeGreaterThan(0);
    await submit(page);
    await expect.poll(() => submitted(page)).toBe("invalid");
  });

  it("accepts a complete application without any error, and passes axe", async () => {
    const { page, problems } = await open(file, { bypassCSP: true });
    await fillComplete(page);
    await submit(page);
    await expect.poll(() => submitted(page)).toBe("valid");
    expect(await page.locator("[data-status]").getAttribute("data-status")).toBe("eligible");
    expect(await errorsOn(page).count()).toBe(0);
    await page.getByLabel("Schulnummer").fill("16543");
    await expect.poll(() => errorsOn(page).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
