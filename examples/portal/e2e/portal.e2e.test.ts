import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, FileChooser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "@bildungspartner/test-kit/browser";
import { agreementPdf } from "../test/agreement-pdf.js";
import { categories, schoolTypes, type Application } from "@bildungspartner/core";
import { agreementText, eligibleApplication, office, windows1252 } from "../test/fixtures.js";
import { startSmtpServer, type TestSmtpServer } from "../test/smtp.js";

const portalDir = fileURLToPath(new URL("../", import.meta.url));
const outputDir = join(portalDir, "test-output");

const desktop = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };
/** The narrowest phones: nothing may stick out sideways at these widths. */
const narrowWidths = [320, 375];

let server: ChildProcess;
let baseUrl: string;
let browser: Browser;
let dataDir: string;
let smtp: TestSmtpServer;

/** Starts the built server (`node dist/server/main.js`) as `npm run portal` does, and reads its URL. */
async function startPortal(databasePath: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(join(portalDir, "dist/server/main.js")) || !existsSync(join(portalDir, "dist/client/index.html"))) {
    throw new Error("Das Portal ist nicht gebaut: pnpm --filter @bildungspartner/example-portal run build");
  }
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: portalDir,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_PATH: databasePath,
      LOG_LEVEL: "warn",
      OFFICE_USER: office.user,
      OFFICE_PASSWORD_HASH: office.passwordHash,
      // Every test submits from 127.0.0.1; the limit per address has its own test.
      SUBMISSIONS_PER_HOUR: "1000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Der Server meldet keine Adresse:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => reject(new Error(`Der Server endete mit ${code}:\n${output}`)));
  });
  return { child, url };
}

/** A port free now, so that PUBLIC_URL can name the address before the server starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), "bildungspartner-e2e-"));
  // E-mail on, as an operator turns it on: SMTP_URL (a test SMTP server) and PUBLIC_URL for the links.
  smtp = await startSmtpServer();
  const port = await freePort();
  ({ child: server, url: baseUrl } = await startPortal(join(dataDir, "portal.sqlite"), {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SMTP_URL: smtp.url,
    MAIL_FROM: "Bildungspartner NRW <portal@example.org>",
  }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await smtp?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records every console error, uncaught error and refused request (CSP included). */
async function openPage(
  viewport: { width: number; height: number },
  options: { locale?: string; bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, locale: options.locale ?? "de-DE", timezoneId: "Europe/Berlin", bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("requestfailed", (request) => {
    // The directory cancels its search request when the filters change again: not a failure.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`requestfailed: ${request.url()}`);
  });
  return { context, page, problems };
}

/** The registration form in a fresh {@link openPage}, once its criteria panel shows all ten criteria. */
async function openForm(...args: Parameters<typeof openPage>): ReturnType<typeof openPage> {
  const opened = await openPage(...args);
  await opened.page.goto(baseUrl);
  await expect.poll(() => opened.page.locator(".criterion").count()).toBe(10);
  return opened;
}

/**
 * A screenshot of the whole page. The viewport grows to the page's height first, so that the sticky
 * criteria panel shows whole instead of stuck at one scroll position; then it is set back.
 */
async function shot(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
  await page.setViewportSize(viewport);
}

/** The page fits its viewport: nothing sticks out sideways (the usual phone-width failure). */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
    // The innermost elements whose content sticks out (a long word, a wide box), named so that a
    // failure says where to look; a box that scrolls by itself (a wide table) is its own business.
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible")
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} „${el.textContent?.slice(0, 30)}“`),
  }));
  expect(scroll, wide.join("; ")).toBeLessThanOrEqual(width);
}

/** The page fits the narrowest phones too (320 and 375 px); the viewport is set back afterwards. */
async function expectFitsNarrowPhones(page: Page) {
  const viewport = page.viewportSize()!;
  for (const width of narrowWidths) {
    await page.setViewportSize({ width, height: viewport.height });
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize(viewport);
}

/** Every input and select has a visible label. */
async function expectLabelledControls(page: Page) {
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")].filter((el) => (el.labels?.length ?? 0) === 0).map((el) => el.id || el.name),
  );
  expect(unlabelled).toEqual([]);
}

/** Picks an answer of a yes/no question (a radio group named by its question). */
const answer = (page: Page, question: string, choice: string) => page.getByRole("group", { name: question, exact: true }).getByLabel(choice, { exact: true }).check();

async function fillApplication(page: Page) {
  await page.getByRole("group", { name: "1. Schule" }).getByLabel("Art der Einrichtung").selectOption("gymnasium");
  await page.getByLabel("Name der Schule").fill("Gymnasium am Stadtpark 1");
  await page.getByLabel("Schulnummer").fill("165432");
  await page.getByLabel("Name des Partners").fill("Stadtarchiv Musterstadt 1");
  await page.getByRole("group", { name: "2. Außerschulische Partner" }).getByLabel("Art der Einrichtung").selectOption("archive");
  await answer(page, "Kommunale Einrichtung", "Ja");
  await answer(page, "Schriftliche Vereinbarung", "Ja");
  await page.getByLabel("Beginn der Vereinbarung").fill("01.08.2025");
  await answer(page, "Unbefristet", "Nein");
  await page.getByLabel("Ende der Vereinbarung").fill("31.07.2027");
  await answer(page, "Offen für alle Schülerinnen und Schüler", "Ja");
  await answer(page, "Bildungspartner NRW wird erwähnt", "Ja");
  await answer(page, "Von der Schule unterzeichnet", "Ja");
  await answer(page, "Von allen Partnern unterzeichnet", "Ja");
  await page.locator("#f-contacts-0-name").fill("Anna Schmidt");
  await page.locator("#f-contacts-0-email").fill("anna.schmidt@gymnasium-stadtpark.de");
  await page.locator("#f-contacts-1-name").fill("Bernd Meyer");
  await page.locator("#f-contacts-1-email").fill("bernd.meyer@musterstadt.de");
}

/** Signs in on the office page (`/buero/`) with the test credentials. */
async function signInToOffice(page: Page) {
  await page.getByLabel("Benutzername").fill(office.user);
  await page.getByLabel("Passwort").fill(office.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Abmelden" }).count()).toBe(1);
}

/** Confirms a final action in the page: its button, then „Ja, …“ in the question that appears. */
async function confirmAction(page: Page, label: string, confirmLabel: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("confirm-question");
  await page.getByRole("button", { name: confirmLabel, exact: true }).click();
}

/** Submits an application with its agreement (PDF) through the API; returns the status link. */
async function submitThroughApi(n: number, term?: string, application: Application = eligibleApplication(n)): Promise<string> {
  const form = new FormData();
  form.append("application", JSON.stringify(application));
  form.append("agreement", new Blob([await agreementPdf(agreementText(n, term))], { type: "application/pdf" }), `vereinbarung-${n}.pdf`);
  const response = await fetch(`${baseUrl}/api/registrations`, { method: "POST", body: form });
  expect(response.status).toBe(201);
  return ((await response.json()) as { statusUrl: string }).statusUrl;
}

/** Presses Tab until the element with this id (or this text) has the focus: the keyboard's way to a field. */
async function tabTo(page: Page, target: string) {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => [document.activeElement?.id ?? "", document.activeElement?.textContent?.trim() ?? ""]);
    if (at.includes(target)) return;
  }
  throw new Error(`Mit der Tabulatortaste nicht erreicht: ${target}`);
}

describe("the portal in chromium", () => {
  it("registers a partnership: live errors, criteria, agreement check, submit, directory", async () => {
    const { context, page, problems } = await openPage(desktop);
    await page.goto(baseUrl);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Bildungspartnerschaft registrieren");
    await expect.poll(() => page.locator(".criterion").count()).toBe(10);
    await expectLabelledControls(page);
    await shot(page, "1-registrierung-leer-desktop");

    // A German field error appears while typing, tied to the field, and goes once the value is right.
    const schoolNumber = page.getByLabel("Schulnummer");
    await schoolNumber.pressSequentially("1654");
    const error = page.locator("#f-school-schoolNumber-error");
    await expect.poll(() => error.textContent()).toBe("Fehler: Die Schulnummer muss aus genau sechs Ziffern bestehen.");
    expect(await schoolNumber.getAttribute("aria-invalid")).toBe("true");
    expect((await schoolNumber.getAttribute("aria-describedby"))?.split(" ")).toContain("f-school-schoolNumber-error");
    await shot(page, "2-registrierung-feldfehler-desktop");
    await schoolNumber.pressSequentially("32");
    await expect.poll(() => error.textContent()).toBe("");
    expect(await schoolNumber.getAttribute("aria-invalid")).toBeNull();
    expect(await schoolNumber.getAttribute("aria-describedby")).toBe("f-school-schoolNumber-hint");

    // The side panel decides live: a one-year term misses a Soll-Kriterium, so Bildungspartner NRW
    // reviews it; two years meet every criterion. Either way the next step is the signed agreement.
    await fillApplication(page);
    await page.getByLabel("Ende der Vereinbarung").fill("31.07.2026");
    await expect.poll(() => page.locator('[data-criterion="min-duration"]').getAttribute("class")).toContain("criterion--review");
    expect(await page.locator('[data-criterion="min-duration"] .criterion-level').textContent()).toBe("Soll-Kriterium");
    expect(await page.locator('[data-criterion="min-duration"] .criterion-message').textContent()).toMatch(/^Die Kooperationsvereinbarung sollte/);
    expect(await page.locator(".panel-status").textContent()).toContain("Prüfung durch Bildungspartner NRW: 9 von 10 erfüllt.");
    expect(await page.locator(".panel .next-steps li").count()).toBe(2);
    await shot(page, "2b-registrierung-pruefung-desktop");
    await page.getByLabel("Ende der Vereinbarung").fill("31.07.2027");
    await expect.poll(() => page.locator(".criterion--met").count()).toBe(10);
    expect(await page.locator(".panel-status").textContent()).toContain("Registrierbar: 10 von 10 erfüllt.");
    expect(await page.locator(".panel .next-steps li").first().textContent()).toContain("unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW ein");
    expect(await page.locator(".criterion-source").first().textContent()).toContain("schriftliche Kooperationsvereinbarung");

    // An agreement that says one year: findings with the passage highlighted, and the mismatch named.
    const oneYear = await agreementPdf(agreementText(1, "Die Laufzeit beträgt ein Jahr."));
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung-ein-jahr.pdf", mimeType: "application/pdf", buffer: Buffer.from(oneYear) });
    const mismatch = page.locator(".mismatch");
    await expect.poll(() => mismatch.count()).toBe(1);
    expect(await mismatch.textContent()).toContain("Langfristige Vereinbarung");
    const [formSide, textSide] = await mismatch.locator("dd").allTextContents();
    expect(formSide).toBe("01.08.2025 bis 31.07.2027");
    expect(textSide).toMatch(/^Die Laufzeit ist kürzer als die Mindestlaufzeit, auf die eine Vereinbarung angelegt sein sollte: 12 Monate; angelegt sein sollte sie auf mindestens 24 Monate/);
    expect(await mismatch.locator("mark").textContent()).toContain("ein Jahr");
    expect(await page.locator('[data-finding="min-duration"]').getAttribute("class")).toContain("finding--missing");
    await shot(page, "3-registrierung-abweichung-desktop");

    // The signed agreement as it should be: every finding found, no mismatch.
    const signed = await agreementPdf(agreementText(1));
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung.pdf", mimeType: "application/pdf", buffer: Buffer.from(signed) });
    await expect.poll(() => page.locator(".finding--found").count()).toBe(6);
    expect(await mismatch.count()).toBe(0);
    expect(await page.locator('[data-finding="min-duration"] mark').first().textContent()).toContain("01.08.2025 bis zum 31.07.2027");
    expect(await page.locator(".passage-page").first().textContent()).toBe("Seite 1: ");
    await shot(page, "4-registrierung-vereinbarung-desktop");

    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Registrierung eingereicht");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("success");
    await shot(page, "5-registrierung-eingereicht-desktop");

    // The private status link: submitted, not yet in the directory.
    await page.getByRole("link", { name: "Status ansehen" }).click();
    await page.waitForURL(/\/status\/#id=/);
    const statusUrl = page.url();
    const id = new URLSearchParams(new URL(statusUrl).hash.slice(1)).get("id")!;
    await expect.poll(() => page.locator(".status-facts").textContent()).toContain("Eingereicht – wird von Bildungspartner NRW geprüft");
    expect(await page.locator(".status-facts").textContent()).toMatch(/Eingereicht am\d{2}\.\d{2}\.\d{4}/);
    await shot(page, "5b-status-eingereicht-desktop");
    expect((await (await fetch(`${baseUrl}/api/registrations`)).json()) as unknown[]).toEqual([]);

    // The office signs in, reviews and registers it.
    await page.goto(`${baseUrl}/buero/`);
    await signInToOffice(page);
    await page.getByRole("button", { name: "Gymnasium am Stadtpark 1" }).click();
    await expect.poll(() => page.locator(".office-detail .criterion").count()).toBe(10);
    expect(await page.locator(".office-detail .finding--found").count()).toBe(6);
    expect(await page.locator(".office-detail").textContent()).toContain("Keine Abweichungen gefunden.");
    expect(await page.locator(".office-detail").textContent()).toContain("Anna Schmidt");
    await confirmAction(page, "Registrieren", "Ja, registrieren");
    await expect.poll(() => page.locator(".office-notice").textContent()).toBe("„Gymnasium am Stadtpark 1“ ist registriert und steht im Verzeichnis.");
    await page.goto(statusUrl);
    await expect.poll(() => page.locator(".status-facts dd strong").textContent()).toBe("Registriert");

    await page.goto(`${baseUrl}/verzeichnis/#eintrag-${id}`);
    const row = page.locator("tr.highlight");
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator(".school-name").textContent()).toBe("Gymnasium am Stadtpark 1");
    expect(await row.textContent()).toContain("Stadtarchiv Musterstadt 1");
    expect(await row.textContent()).toContain("Archiv");
    expect(await row.textContent()).toContain("01.08.2025");
    const pageText = await page.locator("body").innerText();
    for (const personal of ["Anna Schmidt", "Bernd Meyer", "@", "165432"]) expect(pageText).not.toContain(personal);
    await expectLabelledControls(page);
    await shot(page, "6-verzeichnis-desktop");

    // The partnership just registered sees what it may now use (core's offerings, through the API).
    const offerings = page.locator("section.offerings");
    await expect.poll(() => offerings.locator("li.offering").count()).toBe(12);
    expect(await offerings.locator("h2").textContent()).toBe("Angebote für Ihre Partnerschaft");
    expect(await offerings.locator('[data-offering="logo-and-web-presence"] h3').textContent()).toBe("Verfügbar: Logo und Darstellung im Web");
    expect(await offerings.locator('[data-offering="competition"]').textContent()).toContain("je 1.000 Euro");
    expect(await offerings.locator('[data-offering="permanent-funding"] h3').textContent()).toBe("Nicht verfügbar: Dauerhafte Projektmittel (kein Angebot)");
    expect(await offerings.locator('[data-offering="archive-funding"] h3').textContent()).toBe("Offen (Angabe fehlt): Förderprogramm „Archiv und Schule“");
    await shot(page, "6b-verzeichnis-angebote-desktop");

    // Answering the offerings' questions: a bad number of flyers is refused at its field, in German.
    const flyerField = page.getByLabel("Zahl der Flyer");
    await flyerField.fill("0");
    await page.getByRole("button", { name: "Angebote aktualisieren" }).click();
    await expect.poll(() => page.locator("#angebote-flyer-error").textContent()).toBe("Fehler: Bitte geben Sie die Zahl der Flyer als ganze Zahl von 1 bis 100.000 an, zum Beispiel 250.");
    expect(await flyerField.getAttribute("aria-invalid")).toBe("true");
    expect(await flyerField.getAttribute("aria-describedby")).toBe("angebote-flyer-hint angebote-flyer-error");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("angebote-flyer");
    await shot(page, "6c-verzeichnis-angebote-fehler-desktop");

    await flyerField.fill("250");
    await page.getByLabel("Wofür möchten Sie eine Förderung beantragen?").selectOption("project");
    await page.getByRole("group", { name: "Hat das Projekt schon begonnen?" }).getByLabel("Nein", { exact: true }).check();
    await page.getByRole("button", { name: "Angebote aktualisieren" }).click();
    await expect.poll(() => offerings.locator('[data-offering="flyers"] .next-steps li').first().textContent()).toContain("der gewünschten Stückzahl (250).");
    expect(await page.locator("#angebote-flyer-error").textContent()).toBe("");
    expect(await flyerField.getAttribute("aria-invalid")).toBeNull();
    expect(await offerings.locator('[data-offering="archive-funding"] h3').textContent()).toBe("Verfügbar: Förderprogramm „Archiv und Schule“");
    expect(await page.locator(".offerings-status").textContent()).toBe("Die Angebote zeigen jetzt Ihre Angaben.");
    await expectLabelledControls(page);
    await shot(page, "6d-verzeichnis-angebote-angaben-desktop");

    // Filters: by category and by name, as the address keeps them.
    await page.getByLabel("Art des Partners").selectOption("museum");
    await expect.poll(() => page.locator(".result-count").textContent()).toBe("0 Partnerschaften gefunden");
    await page.getByLabel("Art des Partners").selectOption("archive");
    await page.getByLabel("Name suchen").fill("STADTPARK");
    await expect.poll(() => page.locator(".result-count").textContent()).toBe("1 Partnerschaft gefunden");
    expect(page.url()).toContain("kategorie=archive");
    expect(page.url()).toContain("suche=STADTPARK");

    const api = (await (await fetch(`${baseUrl}/api/registrations`)).json()) as unknown[];
    expect(api).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is usable by keyboard: skip link first, then the fields in reading order", async () => {
    const { context, page, problems } = await openForm(desktop);
    const focused: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ""));
    }
    expect(focused.slice(0, 4)).toEqual(["Zum Inhalt springen", "Bildungspartner NRWBeispielportal", "Registrieren", "Verzeichnis"]);
    // A radio group is one tab stop; each field counted once.
    const fields = focused.filter((id, i) => id.startsWith("f-") && id !== focused[i - 1]);
    expect(fields.slice(0, 12)).toEqual([
      "f-school-type",
      "f-school-name",
      "f-school-schoolNumber",
      "f-partners-0-name",
      "f-partners-0-category",
      "f-partners-0-municipal",
      "f-agreement-written",
      "f-agreement-startDate",
      "f-agreement-indefinite",
      "f-agreement-endDate",
      "f-agreement-openToAllPupils",
      "f-agreement-mentionsProgramme",
    ]);
    // The focus is visible: the focused field has an outline.
    await page.locator("#f-school-name").focus();
    expect(await page.locator("#f-school-name").evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");

    // Submitting empty puts the focus on a summary whose links lead to the fields.
    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    const firstLink = page.locator(".error-summary a").first();
    expect(await firstLink.textContent()).toBe("Bitte wählen Sie bei „Art der Einrichtung“ eine Antwort aus.");
    expect(await page.locator(".error-summary a").filter({ hasText: "Ansprechperson der Schule" }).count()).toBe(2);
    await shot(page, "7-registrierung-absenden-ohne-angaben-desktop");
    await firstLink.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-school-type");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("adds a partner with its own contact, and removes both again", async () => {
    const { context, page, problems } = await openForm(desktop);
    await page.getByLabel("Name des Partners").fill("Stadtarchiv Musterstadt");
    await page.getByRole("button", { name: "Weiteren Partner hinzufügen" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-partners-1-name");
    await page.locator("#f-partners-1-name").fill("Kunstverein Musterstadt");
    const contactTitles = () => page.locator("#f-contacts .repeat-title").allTextContents();
    await expect.poll(contactTitles).toEqual([
      "Ansprechperson der Schule",
      "Ansprechperson von „Stadtarchiv Musterstadt“",
      "Ansprechperson von „Kunstverein Musterstadt“",
    ]);
    expect(await page.locator(".next-fields").textContent()).toContain("Art der Einrichtung (Partner 2)");

    await page.locator("#f-contacts-2-name").fill("Cem Kaya");
    await page.getByRole("button", { name: "Partner 1 entfernen" }).click();
    await expect.poll(contactTitles).toEqual(["Ansprechperson der Schule", "Ansprechperson von „Kunstverein Musterstadt“"]);
    // The remaining partner's contact kept its name and now points at partner 1.
    expect(await page.locator("#f-contacts-1-name").inputValue()).toBe("Cem Kaya");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Weiteren Partner hinzufügen");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("fits a phone-width screen", async () => {
    const { context, page, problems } = await openForm(phone);
    await page.getByLabel("Schulnummer").pressSequentially("12");
    await expect.poll(() => page.locator("#f-school-schoolNumber-error").textContent()).toContain("sechs Ziffern");
    await expectNoSidewaysScroll(page);
    await expectFitsNarrowPhones(page);
    await shot(page, "8-registrierung-telefon");

    // Findings and mismatches wrap on a phone too.
    await page.getByLabel("Schulnummer").fill("");
    await fillApplication(page);
    const oneYear = await agreementPdf(agreementText(1, "Die Laufzeit beträgt ein Jahr."));
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung-ein-jahr.pdf", mimeType: "application/pdf", buffer: Buffer.from(oneYear) });
    await expect.poll(() => page.locator(".mismatch").count()).toBe(1);
    await expectNoSidewaysScroll(page);
    await expectFitsNarrowPhones(page);
    await shot(page, "8-registrierung-vereinbarung-telefon");

    await page.goto(`${baseUrl}/verzeichnis/`);
    // The first test registered one partnership; the directory shows it as a card.
    await expect.poll(() => page.locator(".result-count").textContent()).toMatch(/^\d+ Partnerschaft/);
    await expectNoSidewaysScroll(page);
    await expectFitsNarrowPhones(page);
    await shot(page, "9-verzeichnis-telefon");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("can be filled, given its file and submitted by keyboard alone, with dates in German in an English browser", async () => {
    const { context, page, problems } = await openForm(desktop, { locale: "en-US" });
    // Listen for the file chooser before anything else: Playwright turns the interception on
    // asynchronously when the first listener is added, and a chooser that opens before that is
    // never reported (listening only as Space is pressed made this test fail now and then).
    const chooserOpened = new Promise<FileChooser>((resolve) => page.once("filechooser", resolve));
    const type = async (id: string, text: string) => {
      await tabTo(page, id);
      await page.keyboard.type(text);
    };
    /** A radio group: Space picks „Ja“ (the first), the arrow key moves to „Nein“ and picks it. */
    const choose = async (id: string, yes: boolean) => {
      await tabTo(page, id);
      await page.keyboard.press(yes ? "Space" : "ArrowRight");
    };
    await type("f-school-type", "Gymnasium");
    await type("f-school-name", "Gymnasium am Stadtpark 2");
    await type("f-school-schoolNumber", "165432");
    await type("f-partners-0-name", "Stadtarchiv Musterstadt 2");
    await type("f-partners-0-category", "Archiv");
    await choose("f-partners-0-municipal", true);
    await choose("f-agreement-written", true);
    await type("f-agreement-startDate", "01.08.2025");
    await choose("f-agreement-indefinite", false);
    await type("f-agreement-endDate", "31.07.2027");
    for (const id of ["f-agreement-openToAllPupils", "f-agreement-mentionsProgramme", "f-agreement-signedBySchool", "f-agreement-signedByPartners"]) await choose(id, true);
    await type("f-contacts-0-name", "Anna Schmidt");
    await type("f-contacts-0-email", "anna.schmidt@gymnasium-stadtpark.de");
    await type("f-contacts-1-name", "Bernd Meyer");
    await type("f-contacts-1-email", "bernd.meyer@musterstadt.de");
    await expect.poll(() => page.locator(".criterion--met").count()).toBe(10);
    expect(await page.locator("#f-agreement-startDate").inputValue()).toBe("01.08.2025");

    await tabTo(page, "f-agreement-file");
    await page.keyboard.press("Space");
    const chooser = await chooserOpened;
    await chooser.setFiles({ name: "vereinbarung.pdf", mimeType: "application/pdf", buffer: Buffer.from(await agreementPdf(agreementText(2))) });
    await expect.poll(() => page.locator(".finding--found").count()).toBe(6);
    await tabTo(page, "Registrierung absenden");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Registrierung eingereicht");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("passes axe-core's WCAG 2.1 A and AA rules on every page: form, directory, status, office", async () => {
    const { context, page, problems } = await openForm(desktop, { bypassCSP: true });
    expect(await axeViolations(page), "Formular leer").toEqual([]);
    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await axeViolations(page), "Formular mit Fehlern").toEqual([]);
    await fillApplication(page);
    const oneYear = await agreementPdf(agreementText(1, "Die Laufzeit beträgt ein Jahr."));
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung-ein-jahr.pdf", mimeType: "application/pdf", buffer: Buffer.from(oneYear) });
    await expect.poll(() => page.locator(".mismatch").count()).toBe(1);
    expect(await axeViolations(page), "Formular nach dem Hochladen").toEqual([]);

    await page.goto(`${baseUrl}/verzeichnis/`);
    await expect.poll(() => page.locator(".result-count").textContent()).toMatch(/^\d+ Partnerschaft/);
    expect(await axeViolations(page), "Verzeichnis").toEqual([]);

    const statusUrl = await submitThroughApi(3, "Die Laufzeit beträgt ein Jahr.");
    await page.goto(`${baseUrl}${statusUrl}`);
    await expect.poll(() => page.locator(".status-facts").count()).toBe(1);
    expect(await axeViolations(page), "Statusseite").toEqual([]);
    await shot(page, "10-status-desktop");
    await page.setViewportSize(phone);
    await expectNoSidewaysScroll(page);
    await expectFitsNarrowPhones(page);
    await page.setViewportSize(desktop);

    await page.goto(`${baseUrl}/buero/`);
    await expect.poll(() => page.getByLabel("Benutzername").count()).toBe(1);
    expect(await axeViolations(page), "Büro: Anmeldung").toEqual([]);
    await shot(page, "11-buero-anmeldung-desktop");
    await signInToOffice(page);
    await page.getByRole("button", { name: "Gymnasium am Stadtpark 3" }).click();
    await expect.poll(() => page.locator(".mismatch-table tbody tr").count()).toBe(1);
    expect(await page.locator(".mismatch-table tbody tr").textContent()).toContain("Langfristige Vereinbarung");
    expect(await page.locator(".mismatch-table mark").textContent()).toContain("ein Jahr");
    expect(await axeViolations(page), "Büro: Prüfung").toEqual([]);
    await shot(page, "12-buero-pruefung-desktop");
    await page.setViewportSize(phone);
    await expectNoSidewaysScroll(page);
    await expectFitsNarrowPhones(page);
    await shot(page, "12-buero-pruefung-telefon");
    await page.setViewportSize(desktop);
    await page.getByLabel("Notiz (intern, höchstens 2.000 Zeichen)").fill("Laufzeit nur ein Jahr");
    await page.getByLabel("Begründung für die Schule (höchstens 2.000 Zeichen)").fill("Die Vereinbarung läuft nur ein Jahr; bitte reichen Sie eine über zwei Jahre ein.");
    await page.getByRole("button", { name: "Ablehnen", exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("confirm-question");
    expect(await axeViolations(page), "Büro: Rückfrage vor dem Ablehnen").toEqual([]);
    await page.getByRole("button", { name: "Ja, ablehnen", exact: true }).click();
    await expect.poll(() => page.locator(".office-notice").textContent()).toBe("„Gymnasium am Stadtpark 3“ ist abgelehnt.");
    await page.getByLabel("Anzeigen").selectOption("rejected");
    await expect.poll(() => page.locator("#liste-titel").textContent()).toBe("Abgelehnt (1)");
    expect(await axeViolations(page), "Büro: Liste").toEqual([]);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => page.getByLabel("Benutzername").count()).toBe(1);

    // The school reads the office's reason, not its internal note.
    await page.goto(`${baseUrl}${statusUrl}`);
    await expect.poll(() => page.locator(".status-facts dd strong").textContent()).toBe("Abgelehnt");
    expect(await page.locator(".reason").textContent()).toBe("Die Vereinbarung läuft nur ein Jahr; bitte reichen Sie eine über zwei Jahre ein.");
    expect(await page.locator("main").textContent()).not.toContain("Laufzeit nur ein Jahr");
    expect(await axeViolations(page), "Statusseite mit Begründung").toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("asks a needs-review school for its Begründung, names the third-partner rule once, and tells it what comes after submission", async () => {
    const { context, page, problems } = await openForm(desktop, { bypassCSP: true });
    await fillApplication(page);
    await page.getByLabel("Name der Schule").fill("Gymnasium am Stadtpark 9");
    await page.getByLabel("Name des Partners").fill("TuS Musterstadt 9");
    await page.getByRole("group", { name: "2. Außerschulische Partner" }).getByLabel("Art der Einrichtung").selectOption("sports-club");
    await answer(page, "Kommunale Einrichtung", "Nein");
    // A supra-regional partner without a municipal one: a Muss-Kriterium, named at three fields, listed once.
    await answer(page, "Überregional tätig (Landes- oder Bundesverband)", "Ja");
    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    const summaryLines = await page.locator(".error-summary-list li").allTextContents();
    expect(summaryLines.filter((line) => line.includes("kein kommunaler Partner ist beteiligt"))).toHaveLength(1);

    // A local sports club: Bildungspartner NRW decides, and the school may say why.
    await answer(page, "Überregional tätig (Landes- oder Bundesverband)", "Nein");
    await expect.poll(() => page.locator(".panel-status").textContent()).toContain("Prüfung durch Bildungspartner NRW");
    const justification = page.getByLabel(/^Warum sollte die Kooperation trotzdem registriert werden/);
    await justification.fill("Der TuS ist der einzige Sportverein im Ort; die Stadt unterstützt die Kooperation.");
    expect(await axeViolations(page), "Formular mit Begründung").toEqual([]);
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung.pdf", mimeType: "application/pdf", buffer: Buffer.from(await agreementPdf(agreementText(9))) });
    await expect.poll(() => page.locator(".finding").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Registrierung eingereicht");
    const steps = await page.locator(".next-steps li").allTextContents();
    expect(steps.join(" ")).toContain("entscheidet Bildungspartner NRW über die Registrierung");
    expect(steps.join(" ")).not.toContain("Bitte reichen Sie");

    await page.goto(`${baseUrl}/buero/`);
    await signInToOffice(page);
    await page.getByRole("button", { name: "Gymnasium am Stadtpark 9" }).click();
    await expect.poll(() => page.locator(".justification").textContent()).toBe("Der TuS ist der einzige Sportverein im Ort; die Stadt unterstützt die Kooperation.");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the office every field of the application, flags the same school and partner twice, and asks before each final action", async () => {
    const application = eligibleApplication(8);
    application.partners!.push({ name: "TuS Musterstadt 8", category: "sports-club", municipal: false, supraRegional: false });
    application.contacts!.push({ side: "partner", partner: 1, name: "Jonas Kraft", email: "jonas.kraft@tus-musterstadt.de" });
    const firstStatus = await submitThroughApi(8, undefined, application);
    const secondStatus = await submitThroughApi(8, undefined, application);
    const idOf = (statusUrl: string) => new URLSearchParams(statusUrl.split("#")[1]).get("id")!;

    const { context, page, problems } = await openPage(desktop, { bypassCSP: true });
    await page.goto(`${baseUrl}/buero/`);
    await signInToOffice(page);
    await page.getByRole("button", { name: "Gymnasium am Stadtpark 8" }).last().click();
    await expect.poll(() => page.locator(".office-detail .criterion").count()).toBe(10);
    expect(page.url()).toContain(`#id=${idOf(secondStatus)}`);

    // Every answer of the application, as the school gave it, beside the findings.
    const shown = (path: string) => page.locator(`.application-facts [data-field="${path}"]`).textContent();
    const words = (value: unknown) => (value === true ? "ja" : value === false ? "nein" : String(value).replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3.$2.$1"));
    const leaves: [string, unknown][] = [];
    const walk = (value: unknown, path: string) => {
      if (value !== null && typeof value === "object") for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      else leaves.push([path, value]);
    };
    walk(application, "");
    const label = (path: string, value: unknown) =>
      path === "school.type" ? schoolTypes.find((t) => t.id === value)!.label.de : path.endsWith(".category") ? categories.find((c) => c.id === value)!.label.de : words(value);
    for (const [path, value] of leaves) {
      // Whose contact a row is stands in its term („Ansprechperson von …“), not as a value of its own.
      if (/^contacts\.\d+\.(side|partner)$/.test(path)) continue;
      expect(await shown(path), path).toBe(label(path, value));
    }
    expect(await shown("partners.0.supraRegional")).toBe("nicht gefragt (kommunal)");
    expect(await page.locator(".application-facts dt").filter({ hasText: "Ansprechperson von „TuS Musterstadt 8“" }).count()).toBe(1);

    // The same school number and partner once more: flagged, with a link that opens the other entry.
    const duplicate = page.locator(".duplicates");
    expect(await duplicate.textContent()).toContain("Mögliche Doppelung");
    await duplicate.getByRole("link").click();
    await expect.poll(() => page.url()).toContain(`#id=${idOf(firstStatus)}`);
    await expect.poll(() => page.locator(".duplicates a").getAttribute("href")).toBe(`#id=${idOf(secondStatus)}`);
    expect(await axeViolations(page), "Büro: Prüfung mit Doppelung").toEqual([]);
    await expectFitsNarrowPhones(page);
    await page.setViewportSize({ width: narrowWidths[0]!, height: 800 });
    await shot(page, "13-buero-antrag-doppelung-telefon");
    await page.setViewportSize(desktop);
    await shot(page, "13-buero-antrag-doppelung-desktop");

    // A final action asks first; „Abbrechen“ leaves everything as it was, with the focus back on the button.
    await page.getByRole("button", { name: "Registrieren", exact: true }).click();
    expect(await page.locator(".confirm-question").textContent()).toContain("„Gymnasium am Stadtpark 8“ registrieren?");
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Registrieren");
    expect(await page.locator(".confirm").count()).toBe(0);

    // The school tries to withdraw after the office has decided: the page says why it cannot.
    const school = await context.newPage();
    await school.goto(`${baseUrl}${firstStatus}`);
    await expect.poll(() => school.locator(".next-steps li").first().textContent()).toContain("Sie haben die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung eingereicht");
    await expectFitsNarrowPhones(school);
    await confirmAction(page, "Registrieren", "Ja, registrieren");
    await expect.poll(() => page.locator(".office-notice").textContent()).toBe("„Gymnasium am Stadtpark 8“ ist registriert und steht im Verzeichnis.");
    // With SMTP_URL, the contacts got the status link at submission and the office's decision.
    const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));
    const contact = application.contacts![0]!.email!;
    await expect.poll(() => mailsTo(contact).some((mail) => mail.text.includes(`${baseUrl}${firstStatus}`))).toBe(true);
    await expect.poll(() => mailsTo(contact).some((mail) => mail.subject.startsWith("Registriert: Gymnasium am Stadtpark 8"))).toBe(true);
    await confirmAction(school, "Einreichung zurückziehen", "Ja, zurückziehen");
    await expect.poll(() => school.locator(".field-error").textContent()).toBe(
      "Die Einreichung wurde nicht zurückgezogen: Über diese Registrierung ist bereits entschieden; sie kann nicht mehr geändert werden.",
    );
    await expect.poll(() => school.locator(".status-facts dd strong").textContent()).toBe("Registriert");
    expect(await axeViolations(school), "Statusseite: Zurückziehen abgelehnt").toEqual([]);
    await shot(school, "14-status-zurueckziehen-abgelehnt-desktop");
    // The decided entry, opened again: who decided stands beside the decision.
    await page.goto(`${baseUrl}/buero/#id=${idOf(firstStatus)}`);
    await expect.poll(() => page.locator(".office-detail").textContent()).toContain(`von ${office.user}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reads a Windows-1252 text agreement as the server stores it", async () => {
    const { context, page, problems } = await openForm(desktop);
    await fillApplication(page);
    await page.getByLabel("Name der Schule").fill("Gymnasium am Stadtpark 7");
    await page.getByLabel("Name des Partners").fill("Stadtarchiv Musterstadt 7");
    const bytes = windows1252(agreementText(7).join("\r\n"));
    await page.setInputFiles("#f-agreement-file", { name: "vereinbarung-windows.txt", mimeType: "text/plain", buffer: Buffer.from(bytes) });
    await expect.poll(() => page.locator(".upload-status").textContent()).toContain("6 von 6 Punkten gefunden");
    const inBrowser = await page.locator("[data-finding]").evaluateAll((items) => items.map((item) => [item.getAttribute("data-finding"), item.className]));
    // Umlauts and „…“ read right: the school's passage as Windows saved it.
    expect(await page.locator(".document-text").textContent()).toContain("– im Folgenden „Schule“ genannt –");

    await page.getByRole("button", { name: "Registrierung absenden" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Registrierung eingereicht");
    const statusLink = await page.getByRole("link", { name: "Status ansehen" }).getAttribute("href");
    const id = new URLSearchParams(statusLink!.split("#")[1]).get("id")!;
    const signIn = await fetch(`${baseUrl}/api/office/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify({ username: office.user, password: office.password }),
    });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const stored = (await (await fetch(`${baseUrl}/api/office/registrations/${id}`, { headers: { cookie } })).json()) as {
      agreement: { mediaType: string; report: { findings: { id: string; status: string }[] } };
    };
    expect(stored.agreement.mediaType).toBe("text/plain; charset=windows-1252");
    expect(stored.agreement.report.findings.map((f) => [f.id, `finding finding--${f.status}`])).toEqual(inBrowser);
    expect(problems).toEqual([]);
    await context.close();
  });
});
