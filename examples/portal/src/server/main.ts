// Starts the portal: `PORT` (default 3000, 0 for any free port), `HOST` (default 127.0.0.1),
// `DATABASE_PATH` (default examples/portal/data/portal.sqlite), `LOG_LEVEL` (default warn), the office's
// `OFFICE_USER` and `OFFICE_PASSWORD_HASH` (a first office account; more with `office-accounts`), `PUBLIC_URL`,
// `RETENTION_DAYS` (default 90), `TRUST_PROXY` (hops or addresses of reverse proxies), `SUBMISSIONS_PER_HOUR` (default 20),
// `SMTP_URL` and `MAIL_FROM` (no e-mail without `SMTP_URL`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildApp } from "./app.js";
import { databasePath as databasePathFromEnv } from "./database-path.js";
import { smtpMailer } from "./mail.js";
import { parsePasswordHash } from "./office-auth.js";
import { parseTrustProxy } from "./proxy.js";
import { openStore } from "./store.js";
import { portalPages } from "../shared/pages.js";

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT muss eine Portnummer sein (0–65535), nicht ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}
const host = process.env.HOST ?? "127.0.0.1";
const databasePath = databasePathFromEnv();
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
const submissionsPerHour = Number(process.env.SUBMISSIONS_PER_HOUR ?? 20);
if (!Number.isInteger(submissionsPerHour) || submissionsPerHour < 1) {
  console.error(`SUBMISSIONS_PER_HOUR muss eine ganze Zahl ab 1 sein, nicht ${JSON.stringify(process.env.SUBMISSIONS_PER_HOUR)}.`);
  process.exit(2);
}
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);
if (trustProxy === undefined) {
  console.error(`TRUST_PROXY muss die Zahl der Proxys vor dem Portal (z. B. 1) oder ihre Adressen (z. B. 10.0.0.1,10.0.0.0/8) sein, nicht ${JSON.stringify(process.env.TRUST_PROXY)}.`);
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
  submissionsPerHour,
  trustProxy,
  ...(office ? { office } : {}),
  ...(publicUrl ? { publicUrl } : {}),
  ...(mailer ? { mailer } : {}),
});
const address = await app.listen({ port, host });
console.log(`Bildungspartner-Portal: ${address}${portalPages.registrierung.path}  (Verzeichnis: ${address}${portalPages.verzeichnis.path}, Datenbank: ${databasePath})`);
console.log(
  office || store.office.accounts().length > 0
    ? `Büro: ${address}${portalPages.buero.path}`
    : "Büro: aus (kein Konto: OFFICE_USER und OFFICE_PASSWORD_HASH sind nicht gesetzt, office-accounts hat keines angelegt).",
);
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
