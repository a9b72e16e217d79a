// Prints a scrypt hash for OFFICE_PASSWORD_HASH. At a terminal it asks for the password twice without
// showing it; piped in, it reads it from standard input. Either way it stays out of the shell
// history and the process list.
import { hashPassword } from "./office-auth.js";
import { minPasswordLength, readNewPassword } from "./password-prompt.js";

const password = await readNewPassword();
if (password === undefined) {
  console.error("Die beiden Passwörter stimmen nicht überein.");
  process.exit(2);
}
if (password.length < minPasswordLength) {
  console.error(`Das Passwort muss mindestens ${minPasswordLength} Zeichen haben.`);
  process.exit(2);
}
console.log(await hashPassword(password));
