import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { portalPages } from "./src/shared/pages.js";

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The frame every page shares (language, charset, viewport, icon, the React root). A page's own file
 * holds only what is its own: title and description, then the noscript text and its script.
 */
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

// One entry per page of the table in src/shared/pages.ts. The SDK's packages come from node_modules,
// built, exactly as a portal team would install them.
export default defineConfig({
  plugins: [pageFrame(), react()],
  build: {
    outDir: "dist/client",
    emptyOutDir: true,
    target: "es2022",
    // pdf.js (through unpdf) is one 1.6 MB chunk; it loads only when someone picks a PDF to check.
    chunkSizeWarningLimit: 1700,
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(portalPages).map(([id, { html }]) => [id, page(html)])),
    },
  },
});
