// `pnpm bench` (after `pnpm run build`): the page's JavaScript gzipped against its 150 KB budget, what
// the page transfers in all against 500 KB, and the time the page takes in Debian's chromium to
// recompute the impact of a rule change on the 10,000 sample applications generated in the page (both
// rule sets, every application), against the 300 ms goal. Writes the "#24, impact kept between changes"
// section of docs/benchmarks.md (the first round's section stays as it was measured).
import { cpus, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { writeBenchmarkSection } from "../../../scripts/benchmarks-doc.mjs";
import { PAGE_SCRIPT_LIMIT_KB, pageScriptSizes } from "./page-size.js";
import { startServer } from "./serve.mjs";
import { applications } from "@bildungspartner/test-kit/applications";
import { change, openWorkspace } from "../src/model.js";
import { loadRuleFolder, ruleImpact, shippedRuleFolder, type RuleFolderFiles } from "../src/rules-api.js";

const RUNS = 7;
const GOAL_MS = 300;
const TRANSFER_LIMIT_KB = 500;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const sizes = await pageScriptSizes();
const gzipped = sizes.reduce((sum, size) => sum + size.gzipped, 0);
const raw = sizes.reduce((sum, size) => sum + size.bytes, 0);
console.log(`Seite / page JavaScript: ${kb(raw)}, gzip ${kb(gzipped)} (Grenze / limit ${PAGE_SCRIPT_LIMIT_KB} KB)`);

const server = await startServer();
const url = server.url;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
const times: number[] = [];
const transfers: number[] = [];
let changed = 0;
try {
  const page = await browser.newPage();
  page.on("requestfinished", (request) => {
    void request.sizes().then((sizes) => transfers.push(sizes.responseBodySize + sizes.responseHeadersSize));
  });
  await page.goto(url);
  const idle = async () => {
    await page.locator("#auswirkung-tabelle").waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('section[aria-labelledby="auswirkung-titel"]')?.getAttribute("aria-busy") === "false", undefined, { timeout: 120_000 });
    return Number(await page.locator("#auswirkung-zusammenfassung").getAttribute("data-ms"));
  };
  await idle();
  await page.locator("#regel-min-duration > summary").click();
  // Each run switches the minimum term between must and should: a change the impact must recompute.
  for (let i = 0; i < RUNS; i++) {
    await page.locator(`#regel-min-duration input[value="${i % 2 === 0 ? "must" : "should"}"]`).check();
    times.push(await idle());
    if (i === 0) changed = Number((await page.locator("#auswirkung-zusammenfassung strong").textContent())?.replace(/\D/g, "") ?? 0);
  }
} finally {
  await browser.close();
  await server.close();
}

// The baseline from the same run: core's ruleImpact on the same rows and the same change in Node, on one thread.
const folder = (files: RuleFolderFiles) => {
  const loaded = loadRuleFolder(files);
  if (loaded.status !== "loaded") throw new Error("Der mitgelieferte Regelsatz lädt nicht / shipped rules do not load");
  return loaded.folder;
};
const workspace = change(openWorkspace(shippedRuleFolder(), "bench"), "rules/min-duration.json", ["level"], "must");
const [before, after] = [folder(workspace.baseline), folder(workspace.files)];
const rows = applications(10_000).map((value, i) => ({ line: i + 1, value }));
const nodeTimes = [0, 1, 2, 3].map(() => {
  const start = performance.now();
  ruleImpact(before, after, rows);
  return performance.now() - start;
});
// The first run warms the JIT, as the page's first run does; it is left out.
const nodeMedian = [...nodeTimes.slice(1)].sort((a, b) => a - b)[1]!;
console.log(`Node, ruleImpact, ein Thread / one thread: Median ${nodeMedian.toFixed(0)} ms`);

const transferred = transfers.reduce((sum, bytes) => sum + bytes, 0);
console.log(`Übertragen / transferred: ${kb(transferred)} (Grenze / limit ${TRANSFER_LIMIT_KB} KB)`);
const load = loadavg()[0]!;
const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
const rate = (10_000 / median) * 1000;
console.log(`Auswirkung / impact, 10.000 Anträge: Median ${median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")}), Ziel / goal ≤ ${GOAL_MS} ms`);

const en = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
writeBenchmarkSection(
  "2026-12-07, #24: Werkstatt impact kept between changes",
  `The Regel-Werkstatt page (examples/werkstatt), built by vite, in Debian's chromium (headless) through playwright-core;
the 10,000 sample applications are generated in the page from their seed (before #24 they were downloaded: 5.87 MB,
see the section „Werkstatt“ above).

| what | figure | goal |
|---|---:|---|
| page JavaScript, gzipped (level 6), all chunks | ${kb(gzipped)} (${kb(raw)} minified) | under ${PAGE_SCRIPT_LIMIT_KB} KB: **${gzipped / 1000 < PAGE_SCRIPT_LIMIT_KB ? "met" : "missed"}** |
| everything the page transfers (bodies and headers, as the local server sends them, not compressed) | ${kb(transferred)} | at most ${TRANSFER_LIMIT_KB} KB: **${transferred / 1000 <= TRANSFER_LIMIT_KB ? "met" : "missed"}** |
| impact of a level change on the 10,000 sample applications, both rule sets, median of ${RUNS} (${times.map((t) => t.toFixed(0)).join(", ")} ms) | ${median.toFixed(0)} ms (${en.format(rate)} applications/s; ${en.format(changed)} change outcome) | at most ${GOAL_MS} ms: **${median <= GOAL_MS ? "met" : "missed"}** |
| baseline: \`ruleImpact\` on the same rows and change in Node, one thread, median of 3 after a warm-up | ${nodeMedian.toFixed(0)} ms (the page takes ${(median / nodeMedian).toFixed(1)}×) | |

The impact runs in Web Workers (one per core, at most four; each decides one share of the applications with
core's \`ruleImpact\`), timed on the page from the change to the merged result, the folders' transfer to the
workers included. Since this section each worker keeps its share read, with its facts derived, and decided under
the folder as opened (core's \`decideApplication\`), so a change decides only the changed side, and while the
data lists are unchanged that side reuses the facts (the same lists object); a change of a list reads and
decides every application under both folders, as before. The section „2026-12-07, #24: Werkstatt with the sample generated in the page“
above has the figures from before (every change read and decided both sides of every application). Measured by \`pnpm --filter @bildungspartner/example-werkstatt bench\`
on Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, load average ${load.toFixed(1)} at the end${
    load > cpus().length ? " (above the number of cores: other work shared the machine, and both times are longer than on an idle one)" : ""
  }.`,
);
