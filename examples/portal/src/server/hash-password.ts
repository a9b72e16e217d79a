// Prints a scrypt hash for OFFICE_PASSWORD_HASH; reads the password from standard input, so that it
// stays out of the shell history and the process list.
import { hashPassword } from "./office-auth.js";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
if (password.length < 12) {
  console.error("Das Passwort muss mindestens 12 Zeichen haben.");
  process.exit(2);
}
console.log(await hashPassword(password));
