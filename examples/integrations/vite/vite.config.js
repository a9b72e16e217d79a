import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// No setting for the agreement readers: Vite needs none (packages/agreement/README.md).
export default defineConfig({ plugins: [react()] });
