// Checks every page of the documentation site (docs/site, `pnpm docs:build`) for dead links: each
// relative href and src of every HTML file must lead to a file of the site (a folder to its
// index.html). Addresses on the web are not fetched (CI has no internet). Exits 1 listing every dead link.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const site = resolve(process.argv[2] ?? "docs/site");

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Whether a relative link from `page` leads to a file of the site. */
function leads(page, link) {
  const path = decodeURIComponent(link.replace(/[?#].*$/, ""));
  if (path === "") return true;
  const target = resolve(dirname(page), path);
  if (target !== site && !target.startsWith(site + sep)) return false;
  if (!existsSync(target)) return false;
  return statSync(target).isFile() || existsSync(join(target, "index.html"));
}

const dead = [];
let links = 0;
let pages = 0;
for (const page of htmlFiles(site)) {
  pages++;
  const html = readFileSync(page, "utf8");
  for (const [, link] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(link)) continue;
    links++;
    if (!leads(page, link.replaceAll("&amp;", "&"))) dead.push(`${relative(site, page)}: ${link}`);
  }
}
for (const line of dead) console.error(`toter Link / dead link: ${line}`);
console.log(`Links: ${links} in ${pages} Seiten geprüft, ${dead.length} tot / ${links} links in ${pages} pages checked, ${dead.length} dead`);
process.exitCode = dead.length > 0 ? 1 : 0;
