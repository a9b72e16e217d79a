// Starts the portal: `PORT` (default 3000, 0 for any free port), `HOST` (default 127.0.0.1),
// `DATABASE_PATH` (default examples/portal/data/portal.sqlite), `LOG_LEVEL` (default warn).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { openStore } from "./store.js";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT muss eine Portnummer sein (0–65535), nicht ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}
const host = process.env.HOST ?? "127.0.0.1";
// Relative to this file, so that the default does not depend on where the server is started from.
const databasePath = resolve(process.env.DATABASE_PATH ?? fileURLToPath(new URL("../../data/portal.sqlite", import.meta.url)));
const clientDir = fileURLToPath(new URL("../client/", import.meta.url));
if (!existsSync(`${clientDir}index.html`)) {
  console.error(`Die Seiten fehlen in ${clientDir}: bitte zuerst bauen (pnpm --filter @bildungspartner/example-portal run build).`);
  process.exit(2);
}

const store = openStore(databasePath);
const app = await buildApp({ store, clientDir, logger: { level: process.env.LOG_LEVEL ?? "warn" } });
const address = await app.listen({ port, host });
console.log(`Bildungspartner-Portal: ${address}/  (Verzeichnis: ${address}/verzeichnis/, Datenbank: ${databasePath})`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: Portal wird beendet.`);
  await app.close();
  store.close();
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
