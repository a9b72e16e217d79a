// Starts the portal: `PORT` (default 3000, 0 for any free port), `HOST` (default 127.0.0.1),
// `DATABASE_PATH` (default examples/portal/data/portal.sqlite), `LOG_LEVEL` (default warn), the office's
// `OFFICE_USER` and `OFFICE_PASSWORD_HASH` (office area off without them), `PUBLIC_URL`, `RETENTION_DAYS` (default 90),
// `SMTP_URL` and `MAIL_FROM` (no e-mail without `SMTP_URL`).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { smtpMailer } from "./mail.js";
import { parsePasswordHash } from "./office-auth.js";
import { openStore } from "./store.js";
import { portalPages } from "../shared/pages.js";

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

const retentionDays = Number(process.env.RETENTION_DAYS ?? 90);
if (!Number.isInteger(retentionDays) || retentionDays < 1) {
  console.error(`RETENTION_DAYS muss eine ganze Zahl ab 1 sein, nicht ${JSON.stringify(process.env.RETENTION_DAYS)}.`);
  process.exit(2);
}
const { OFFICE_USER: officeUser, OFFICE_PASSWORD_HASH: officeHash, PUBLIC_URL: publicUrl } = process.env;
if (officeHash !== undefined && !parsePasswordHash(officeHash)) {
  console.error("OFFICE_PASSWORD_HASH ist kein scrypt-Hash: bitte mit `pnpm --filter @bildungspartner/example-portal run hash-password` erzeugen.");
  process.exit(2);
}
const office = officeUser && officeHash ? { user: officeUser, passwordHash: officeHash } : undefined;

const { SMTP_URL: smtpUrl, MAIL_FROM: mailFrom } = process.env;
if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) {
  console.error("SMTP_URL muss mit smtp:// oder smtps:// beginnen (z. B. smtp://benutzer:passwort@mail.example.org:587).");
  process.exit(2);
}
// The link in the e-mail comes from the configuration, never from a request's Host header, which anyone can set.
if (smtpUrl !== undefined && !publicUrl) {
  console.error("Mit SMTP_URL muss auch PUBLIC_URL gesetzt sein (z. B. https://portal.example.org): die E-Mails enthalten den Statuslink.");
  process.exit(2);
}
const mailer = smtpUrl ? smtpMailer({ url: smtpUrl, from: mailFrom ?? "Bildungspartner NRW <bildungspartner@localhost>" }) : undefined;

const store = openStore(databasePath);
const app = await buildApp({
  store,
  clientDir,
  logger: { level: process.env.LOG_LEVEL ?? "warn" },
  retentionDays,
  ...(office ? { office } : {}),
  ...(publicUrl ? { publicUrl } : {}),
  ...(mailer ? { mailer } : {}),
});
const address = await app.listen({ port, host });
console.log(`Bildungspartner-Portal: ${address}${portalPages.registrierung.path}  (Verzeichnis: ${address}${portalPages.verzeichnis.path}, Datenbank: ${databasePath})`);
console.log(office ? `Büro: ${address}${portalPages.buero.path}` : "Büro: aus (OFFICE_USER und OFFICE_PASSWORD_HASH sind nicht gesetzt).");
console.log(mailer ? "E-Mail: an (SMTP_URL)." : "E-Mail: aus (SMTP_URL ist nicht gesetzt): Statuslinks und Entscheidungen werden nicht verschickt.");

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal}: Portal wird beendet.`);
  await app.close();
  store.close();
  mailer?.close();
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
