import { defineConfig } from "vite";

// One static page with relative paths, so it works under any folder (docs/site/werkstatt/, a local
// server, a file share). The SDK's packages come from node_modules, built, as for any other user.
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The entry also runs as the impact workers' script, where there is no document to preload into;
    // the page is one chunk, so there is nothing to preload anyway.
    modulePreload: { polyfill: false },
  },
});
