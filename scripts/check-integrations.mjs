// Integration tests from the packed tarballs (issue #26): the apps in examples/integrations (Vite with
// React, Next.js App Router) installed with plain npm as a user would, built with Vite, Next.js
// Turbopack and Next.js webpack, and run with no reader, only unpdf, only mammoth and both installed
// (Next.js builds once without a reader and once with both: see `builds`), each started and checked
// in chromium: the e-mail field's German message from @bildungspartner/forms, and a PDF and a DOCX
// read by @bildungspartner/agreement/extract (their words) or refused with MISSING_DEPENDENCY where
// their reader is missing. One npm install per app; the reader combinations move the readers' folders
// out of node_modules and back. Run after `pnpm build` with tsx (the test kit is TypeScript); prints
// one line per combination with its seconds, exits 1 on any failure.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "@bildungspartner/test-kit/browser";
import { deflated, documentXml, docx, textPdf } from "@bildungspartner/test-kit/hostile-files";
import { packPackages } from "./pack-packages.mjs";

const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** What the apps install from the tarballs: the packages a portal imports. */
const installed = ["@bildungspartner/core", "@bildungspartner/forms", "@bildungspartner/agreement"];
const readers = ["unpdf", "mammoth"];
const combinations = [[], ["unpdf"], ["mammoth"], ["unpdf", "mammoth"]];
const nextStart = (port) => ["next", "start", "--port", port, "--hostname", "127.0.0.1"];
// Vite bundles the readers into the page: every combination is built. Next.js reads uploads on the
// server, whose build leaves the readers to Node at run time: it is built without a reader and with
// both (an installed reader must not change the build), and the one-reader combinations start the
// build without a reader again, their reader moved in.
const everyCombination = () => true;
const noneAndBoth = (present) => present.length !== 1;
const builds = [
  { app: "vite", name: "Vite", out: "dist", build: ["vite", "build"], rebuild: everyCombination, start: (port) => ["vite", "preview", "--port", port, "--strictPort", "--host", "127.0.0.1"] },
  { app: "next", name: "Next.js Turbopack", out: ".next", build: ["next", "build"], rebuild: noneAndBoth, start: nextStart },
  { app: "next", name: "Next.js webpack", out: ".next", build: ["next", "build", "--webpack"], rebuild: noneAndBoth, start: nextStart },
];

// The words each file holds; a reader that works shows them, a missing one gives the error's code.
const words = ["Kooperationsvereinbarung", "Stadtarchiv"];
const agreementLines = ["Kooperationsvereinbarung", "zwischen der Musterschule und dem Stadtarchiv"];
const files = [
  { name: "vereinbarung.pdf", reader: "unpdf", mimeType: "application/pdf", buffer: Buffer.from(await textPdf(agreementLines)) },
  {
    name: "vereinbarung.docx",
    reader: "mammoth",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx(deflated("word/document.xml", documentXml(agreementLines.join("\n"))))),
  },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const work = mkdtempSync(join(tmpdir(), "integrations-"));
const packing = performance.now();
const { folder: tarballs, packed } = packPackages(installed);
console.log(`pnpm pack of ${packed.length} packages: ${seconds(packing)} s`);
const browser = await launchChromium();
let failures = 0;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
    server.on("error", reject);
  });
}

/** Moves each reader into node_modules or out of it, to the folder beside, as `present` says. */
function placeReaders(dir, present) {
  for (const name of readers) {
    const inside = join(dir, "node_modules", name);
    const aside = join(dir, "readers-aside", name);
    if (present.includes(name) && existsSync(aside)) renameSync(aside, inside);
    if (!present.includes(name) && existsSync(inside)) renameSync(inside, aside);
  }
}

/** Starts the built app, resolves to its URL once it answers; `stop` ends its process group. */
async function serve(dir, command) {
  const port = await freePort();
  const [bin, ...args] = command(port);
  const child = spawn(join(dir, "node_modules", ".bin", bin), args, { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already ended.
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    if (await fetch(url).then((response) => response.ok, () => false)) return { url, stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`${args.join(" ")} answered no request:\n${output}`);
}

/** The page's problems: the e-mail message missing, or a file's line not what its reader's presence says. */
async function check(url, present) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    await page.fill("#email", "keine-adresse");
    const message = await page.locator("#email-errors").textContent();
    if (!message.includes("keine gültige E-Mail-Adresse")) errors.push(`e-mail field: ${JSON.stringify(message)}`);
    await page.setInputFiles("#files", files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
    await page.waitForSelector(`#read[data-files="${files.length}"]`, { timeout: 60_000 });
    for (const file of files) {
      const shown = (await page.locator(`#read li[data-name="${file.name}"]`).textContent()) ?? "";
      const ok = present.includes(file.reader) ? words.every((word) => shown.includes(word)) : shown === "MISSING_DEPENDENCY";
      if (!ok) errors.push(`${file.name} (${file.reader} ${present.includes(file.reader) ? "installed" : "missing"}): ${JSON.stringify(shown.slice(0, 300))}`);
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page.close();
  }
  return errors;
}

try {
  for (const app of new Set(builds.map((b) => b.app))) {
    const dir = join(work, app);
    cpSync(join("examples", "integrations", app), dir, { recursive: true });
    cpSync(join("examples", "integrations", "check.jsx"), join(dir, app === "vite" ? "src" : "app", "check.jsx"));
    mkdirSync(join(dir, "readers-aside"));
    const since = performance.now();
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packed.map((p) => p.tarball)], { cwd: dir, stdio: "pipe", env });
    console.log(`${app}: npm install of ${packed.length} tarballs: ${seconds(since)} s`);
  }
  for (const build of builds) {
    const dir = join(work, build.app);
    for (const present of combinations) {
      const label = `${build.name}, ${present.length === 0 ? "no reader" : present.join(" + ")}`;
      const since = performance.now();
      placeReaders(dir, present);
      const rebuild = build.rebuild(present);
      let problems;
      let built = "";
      try {
        if (rebuild) {
          // Each build from scratch: a cache from another reader combination proves nothing about this one.
          rmSync(join(dir, build.out), { recursive: true, force: true });
          const [bin, ...args] = build.build;
          execFileSync(join(dir, "node_modules", ".bin", bin), args, { cwd: dir, env, stdio: "pipe", encoding: "utf8" });
          built = seconds(since);
        }
        const server = await serve(dir, build.start);
        try {
          problems = await check(server.url, present);
        } finally {
          server.stop();
        }
      } catch (error) {
        problems = [`${error.message}\n${error.stdout ?? ""}${error.stderr ?? ""}`.trim()];
      }
      failures += problems.length > 0 ? 1 : 0;
      const timing = built ? `${seconds(since)} s, build ${built} s` : rebuild ? `${seconds(since)} s` : `${seconds(since)} s, the build without a reader`;
      console.log(`${problems.length === 0 ? "ok" : "FAILED"}  ${label} (${timing})`);
      for (const problem of problems) console.error(`    ${problem.replaceAll("\n", "\n    ")}`);
    }
    placeReaders(dir, readers);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(tarballs, { recursive: true, force: true });
}
console.log(`integrations: ${builds.length * combinations.length - failures} of ${builds.length * combinations.length} combinations passed, ${seconds(started)} s in all`);
process.exitCode = failures > 0 ? 1 : 0;
