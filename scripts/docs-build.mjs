// `pnpm docs:build`: the documentation site in docs/site/ (gitignored), after the packages and the
// Werkstatt are built (the script builds what changed first):
//   api/     typedoc: the API reference of every package, with the guides of docs/guides/
//   regeln/  the German rule catalogue (`bildungspartner rules catalogue`)
//   werkstatt/  the Regel-Werkstatt (examples/werkstatt, built by vite): try a rule change in the browser
//   index.html  a page linking all three
// and checks that no link of the site is dead (scripts/check-site-links.mjs).
// typedoc treats warnings as errors (typedoc.config.mjs), so this fails on any of them.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { run } from "@bildungspartner/cli";

const site = "docs/site";
rmSync(site, { recursive: true, force: true });
execFileSync(process.execPath, ["node_modules/typedoc/bin/typedoc"], { stdio: "inherit" });
const code = await run(["rules", "catalogue", "--out", `${site}/regeln`]);
if (code !== 0) throw new Error(`rules catalogue: exit ${code}`);
cpSync("examples/werkstatt/dist", `${site}/werkstatt`, { recursive: true });
mkdirSync(site, { recursive: true });
writeFileSync(
  `${site}/index.html`,
  `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bildungspartner NRW – Dokumentation</title>
<style>body { font: 17px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; } li { margin: .5rem 0; }</style>
</head>
<body>
<h1>Bildungspartner NRW – Dokumentation</h1>
<ul>
<li><a href="regeln/index.html">Regelkatalog</a>: alle Kriterien in Worten, mit Entscheidungstabellen, Quellen und Beispielfällen (druckbar)</li>
<li><a href="werkstatt/index.html">Regel-Werkstatt</a>: eine Regeländerung im Browser ausprobieren – Beispielfälle, Prüfung und Auswirkung auf Anträge sofort sehen, als Regeldateien übergeben</li>
<li><a href="api/index.html">API reference and guides</a>: every package, getting started, forms, agreement check, „Regeln lesen und ändern“</li>
</ul>
</body>
</html>
`,
);
// No dead link anywhere in the site (API reference, guides, catalogue, Werkstatt).
execFileSync(process.execPath, ["scripts/check-site-links.mjs", site], { stdio: "inherit" });
console.log(`docs: ${site}/index.html`);
