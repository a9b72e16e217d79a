import { defineConfig } from "tsup";

// The server, compiled once for `npm run portal`; its dependencies (the SDK's packages included)
// stay imports, resolved from node_modules at run time like any installed package.
export default defineConfig({
  entry: {
    main: "src/server/main.ts",
    "hash-password": "src/server/hash-password.ts",
    "agreement-worker": "src/server/agreement-worker.ts",
    "office-accounts": "src/server/office-accounts.ts",
  },
  outDir: "dist/server",
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
});
