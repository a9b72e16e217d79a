// The office's accounts in the portal's database (`DATABASE_PATH`, as the server uses it):
//   office-accounts list              the user names and since when they exist
//   office-accounts add <name>        a new account, or a new password for one; the password is asked
//                                     for without being shown, or read from standard input when piped
//   office-accounts remove <name>     removes the account and ends its sessions
// OFFICE_USER and OFFICE_PASSWORD_HASH, when set, are one more account beside these.
import { databasePath } from "./database-path.js";
import { hashPassword } from "./office-auth.js";
import { minPasswordLength, readNewPassword } from "./password-prompt.js";
import { openStore } from "./store.js";

const usage = `Aufruf: office-accounts list | add <Benutzername> | remove <Benutzername>
  list     zeigt die Konten des Büros
  add      legt ein Konto an (oder setzt ein neues Passwort); das Passwort wird ohne Anzeige abgefragt
           oder von der Standardeingabe gelesen
  remove   entfernt ein Konto und beendet seine Sitzungen
Datenbank: DATABASE_PATH (wie beim Server).`;

/** A user name: 1 to 200 visible characters, no spaces (it is typed at every sign-in). */
const validName = (name: string | undefined): name is string => name !== undefined && /^[^\s\p{C}]{1,200}$/u.test(name);

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const [command, name, ...rest] = process.argv.slice(2);
if (rest.length > 0 || (command !== "list" && !validName(name))) fail(usage);

const path = databasePath();
const store = openStore(path);
try {
  switch (command) {
    case "list": {
      const accounts = store.office.accounts();
      if (accounts.length === 0) console.log(`Keine Konten in ${path}.`);
      for (const account of accounts) console.log(`${account.username}\tseit ${account.createdAt}`);
      break;
    }
    case "add": {
      const password = await readNewPassword();
      if (password === undefined) fail("Die beiden Passwörter stimmen nicht überein.");
      if (password.length < minPasswordLength) fail(`Das Passwort muss mindestens ${minPasswordLength} Zeichen haben.`);
      const created = store.office.saveAccount(name!, await hashPassword(password), new Date().toISOString());
      console.log(created ? `Konto „${name}“ angelegt.` : `Neues Passwort für „${name}“ gesetzt.`);
      break;
    }
    case "remove":
      if (!store.office.removeAccount(name!)) fail(`Kein Konto „${name}“.`, 1);
      console.log(`Konto „${name}“ entfernt; seine Sitzungen sind beendet.`);
      break;
    default:
      fail(usage);
  }
} finally {
  store.close();
}
