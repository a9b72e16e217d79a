#!/usr/bin/env node
import { run } from "./index.js";

// A reader that stops early (`bildungspartner check … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
