import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { pages } from "./src/shared/pages.js";

const entries = ["index", ...pages.map((page) => page.id)];

/** Every page's frame (language, charset, viewport, icon, the React root); a page's file holds its title, description and script. */
const frame: Plugin = {
  name: "form-builders-frame",
  transformIndexHtml: {
    order: "pre",
    handler: (html) => {
      const [own = "", scripts = ""] = html.replace(/^<!doctype html>\s*/i, "").split(/(?=<noscript>)/);
      const head = ['<meta charset="utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1" />', '<link rel="icon" href="data:," />', own];
      return `<!doctype html>\n<html lang="de">\n<head>\n${head.join("\n")}</head>\n<body>\n<div id="root"></div>\n${scripts}</body>\n</html>\n`;
    },
  },
};

// One multi-page build: a page per form library. The SDK comes from node_modules, built, as a form
// builder would install it. The manifest names each page's chunks, for the bundle sizes.
export default defineConfig({
  plugins: [frame, react()],
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
