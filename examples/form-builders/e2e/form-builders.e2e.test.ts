import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "@bildungspartner/test-kit/browser";
import { pages } from "../src/shared/pages.js";

const exampleDir = fileURLToPath(new URL("../", import.meta.url));
const outputDir = join(exampleDir, "test-output");

let server: PreviewServer;
let baseUrl: string;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  server = await preview({ root: exampleDir, logLevel: "silent", preview: { host: "127.0.0.1", port: 0 } });
  baseUrl = server.resolvedUrls?.local[0] ?? "";
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page of one library, with its console errors and uncaught errors collected. */
async function open(file: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "de-DE", timezoneId: "Europe/Berlin", ...options });
  contexts.push(context);
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

/** What the keyboard test types, by label and the how-manieth field of that label. */
const typed: Record<string, string[]> = {
  "Name der Schule": ["Gymnasium am Stadtpark"],
  Schulnummer: ["165432"],
  "Name des Partners": ["Stadtarchiv Musterstadt"],
  "Beginn der Vereinbarung": [dates.start],
  "Ende der Vereinbarung": [dates.twoYears],
  "Name der Ansprechperson": ["Anna Schmidt", "Bernd Meyer"],
  "E-Mail-Adresse": ["anna.schmidt@gymnasium-stadtpark.de", "bernd.meyer@musterstadt.de"],
};
const chosen: Record<string, string[]> = { "Art der Einrichtung": ["Gymnasium", "Archiv"] };
const answered: Record<string, boolean> = {
  "Kommunale Einrichtung": true,
  "Schriftliche Vereinbarung": true,
  Unbefristet: false,
  "Offen für alle Schülerinnen und Schüler": true,
  "Bildungspartner NRW wird erwähnt": true,
  "Von der Schule unterzeichnet": true,
  "Von allen Partnern unterzeichnet": true,
};

/** The focused element as the keyboard test needs it: kind, label (a radio's question), options. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | HTMLSelectElement | HTMLButtonElement | null;
    const clean = (text: string | null | undefined) => (text ?? "").replace(/\*/g, "").trim();
    const kind = el instanceof HTMLSelectElement ? "select" : el instanceof HTMLInputElement ? el.type : el instanceof HTMLButtonElement ? "button" : "other";
    const label = kind === "radio" ? clean(el?.closest("fieldset")?.querySelector("legend")?.textContent) : kind === "button" ? clean(el?.textContent) : clean((el as HTMLInputElement | null)?.labels?.[0]?.textContent);
    const options = el instanceof HTMLSelectElement ? [...el.options].map((o) => o.label) : [];
    return { kind, label, options, selected: el instanceof HTMLSelectElement ? el.selectedIndex : -1 };
  });

/** Fills the complete application and submits it with the keyboard alone: Tab, typing, arrows, space, Enter. */
async function fillByKeyboard(page: Page) {
  const seen = new Map<string, number>();
  const next = (label: string) => {
    const n = seen.get(label) ?? 0;
    seen.set(label, n + 1);
    return n;
  };
  for (let step = 0; step < 200; step++) {
    await page.keyboard.press("Tab");
    const { kind, label, options, selected } = await focused(page);
    if (kind === "button" && label === "Prüfen und absenden") {
      await page.keyboard.press("Enter");
      return;
    }
    if (kind === "text" && typed[label]) {
      const value = typed[label][next(label)];
      if (value !== undefined) await page.keyboard.type(value);
    } else if (kind === "select" && chosen[label]) {
      const target = options.indexOf(chosen[label][next(label)] ?? "");
      for (let i = selected; i < target; i++) await page.keyboard.press("ArrowDown");
    } else if (kind === "checkbox" && label in answered) {
      // Ticked and unticked is „Nein“; left alone is unanswered.
      await page.keyboard.press("Space");
      if (!answered[label]) await page.keyboard.press("Space");
    } else if (kind === "radio" && label in answered) {
      await page.keyboard.press(answered[label] ? "Space" : "ArrowRight");
    }
  }
  throw new Error("Die Schaltfläche „Prüfen und absenden“ ist mit der Tabulatortaste nicht erreichbar.");
}

const submit = (page: Page) => page.getByRole("button", { name: "Prüfen und absenden" }).click();
const submitted = (page: Page) => page.locator("#absenden").getAttribute("data-submitted");

describe.each(pages)("$library ($file)", ({ file }) => {
  it("names a five-digit school number and an impossible date at their fields, in German, while typing", async () => {
    const { page, problems } = await open(file);
    await page.getByLabel("Schulnummer").fill("16543");
    await expect.poll(() => at(page, "school.schoolNumber").filter({ hasText: "Die Schulnummer muss aus genau sechs Ziffern bestehen." }).count()).toBeGreaterThan(0);
    // The message asks for the format the page takes, not the application's own.
    await page.getByLabel("Beginn der Vereinbarung").fill("31.02.2027");
    await expect.poll(() => at(page, "agreement.startDate").filter({ hasText: "im Format TT.MM.JJJJ an." }).count()).toBeGreaterThan(0);
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

  it("can be filled and submitted with the keyboard alone", async () => {
    const { page, problems } = await open(file);
    await fillByKeyboard(page);
    await expect.poll(() => submitted(page)).toBe("valid");
    expect(await page.locator("[data-status]").getAttribute("data-status")).toBe("eligible");
    expect(await errorsOn(page).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
