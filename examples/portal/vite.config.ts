import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Four pages: the registration form (/), the public directory (/verzeichnis/), the school's status
// page (/status/) and the programme office's review (/buero/). The SDK's packages
// come from node_modules, built, exactly as a portal team would install them.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist/client",
    emptyOutDir: true,
    target: "es2022",
    // pdf.js (through unpdf) is one 1.6 MB chunk; it loads only when someone picks a PDF to check.
    chunkSizeWarningLimit: 1700,
    rolldownOptions: {
      input: {
        registrierung: page("index.html"),
        verzeichnis: page("verzeichnis/index.html"),
        status: page("status/index.html"),
        buero: page("buero/index.html"),
      },
    },
  },
});
