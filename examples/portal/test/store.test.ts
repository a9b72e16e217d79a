import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, migrations } from "../src/server/migrations.js";
import { openStore } from "../src/server/store.js";
import { tempDir } from "./server.js";

const temp = tempDir();
afterAll(() => temp.remove());

describe("schema migrations", () => {
  it("creates the schema on first start", () => {
    const store = openStore(`${temp.dir}/new/portal.sqlite`);
    expect(store.list()).toEqual([]);
    store.close();
    const db = new Database(`${temp.dir}/new/portal.sqlite`, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(migrations.length);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("brings a database of schema 1 up to date, keeps its rows searchable and marks them eligible", () => {
    const path = `${temp.dir}/old.sqlite`;
    const db = new Database(path);
    migrate(db, 1);
    db.prepare(
      "INSERT INTO registrations (id, registered_at, school_name, school_type, start_date, application, decision) VALUES ('r1', '2024-01-01T00:00:00.000Z', 'Grundschule Ölbachtal', 'grundschule', '2024-08-01', '{}', '{}')",
    ).run();
    db.prepare("INSERT INTO registration_partners VALUES ('r1', 0, 'Stadtbücherei Überall', 'library')").run();
    db.close();

    const store = openStore(path);
    expect(store.list({ q: "ÜBERALL" }).map((e) => e.id)).toEqual(["r1"]);
    expect(store.list({ q: "ölbach" }).map((e) => e.id)).toEqual(["r1"]);
    expect(store.get("r1")).toEqual({
      id: "r1",
      school: { name: "Grundschule Ölbachtal", type: "grundschule" },
      partners: [{ name: "Stadtbücherei Überall", category: "library" }],
      startDate: "2024-08-01",
      registeredAt: "2024-01-01T00:00:00.000Z",
      status: "eligible",
    });
    store.close();
  });

  it("refuses a database newer than the program", () => {
    const path = `${temp.dir}/future.sqlite`;
    const db = new Database(path);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openStore(path)).toThrow(/Schema-Version/);
  });
});
