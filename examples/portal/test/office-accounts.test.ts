import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { officeAuth } from "../src/server/office-auth.js";
import { openStore } from "../src/server/store.js";
import { tempDir } from "./server.js";

// The office-accounts command, run from its sources (tsx) against a temporary database.

const portal = fileURLToPath(new URL("..", import.meta.url));
const temp = tempDir();
afterAll(() => temp.remove());
const databasePath = `${temp.dir}/accounts.sqlite`;

function run(args: string[], input = "") {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/server/office-accounts.ts", ...args], {
    cwd: portal,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: databasePath },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("office-accounts", () => {
  it("adds, lists and removes accounts; their passwords are scrypt-hashed; the database file is the server's user's only", () => {
    expect(run(["add", "anna"], "Annas langes Passwort\n")).toMatchObject({ status: 0, stdout: "Konto „anna“ angelegt.\n" });
    expect(run(["add", "bernd"], "Bernds langes Passwort")).toMatchObject({ status: 0 });
    expect(run(["add", "bernd"], "Bernds neues Passwort")).toMatchObject({ status: 0, stdout: "Neues Passwort für „bernd“ gesetzt.\n" });
    expect(run(["add", "carla"], "zu kurz")).toMatchObject({ status: 2, stderr: "Das Passwort muss mindestens 12 Zeichen haben.\n" });
    expect(run(["add", "mit leerzeichen"], "ein langes Passwort")).toMatchObject({ status: 2 });
    expect(run(["list"]).stdout).toMatch(/^anna\tseit \S+\nbernd\tseit \S+\n$/);
    expect(statSync(databasePath).mode & 0o777).toBe(0o600);

    const store = openStore(databasePath);
    try {
      expect(store.office.passwordHash("anna")).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(officeAuth(store.office, () => new Date()).enabled()).toBe(true);
    } finally {
      store.close();
    }
    expect(run(["remove", "anna"])).toMatchObject({ status: 0 });
    expect(run(["remove", "anna"])).toMatchObject({ status: 1, stderr: "Kein Konto „anna“.\n" });
    expect(run(["list"]).stdout).toMatch(/^bernd\t/);
    expect(run([])).toMatchObject({ status: 2, stderr: expect.stringContaining("Aufruf: office-accounts") });
  });
});
