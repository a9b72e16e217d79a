import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { pages } from "./src/shared/pages.js";

const entries = ["index", ...pages.map((page) => page.id)];

/** The frame every page shares (language, charset, viewport, the React root); a page's file holds its title and script. */
function pageFrame(): Plugin {
  return {
    name: "page-frame",
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        const own = html.replace(/^<!doctype html>\s*/i, "");
        const body = own.indexOf("<noscript>");
        return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
${own.slice(0, body)}</head>
<body>
<div id="root"></div>
${own.slice(body)}</body>
</html>
`;
      },
    },
  };
}

// One multi-page build: a page per form library. The SDK comes from node_modules, built, as a form
// builder would install it. A manifest names each page's chunks, for the bundle sizes.
export default defineConfig({
  plugins: [pageFrame(), react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    manifest: true,
    rolldownOptions: {
      input: Object.fromEntries(entries.map((id) => [id, fileURLToPath(new URL(`${id}.html`, import.meta.url))])),
    },
  },
});
