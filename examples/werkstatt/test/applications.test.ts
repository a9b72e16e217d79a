import { application, random } from "@bildungspartner/test-kit";
import { describe, expect, it } from "vitest";
import { applicationsCsv, csvRows, jsonRows, ndjsonRows, readApplications, rowProblems, templateCsv } from "../src/applications.js";
import { change, openWorkspace } from "../src/model.js";
import { ruleImpact, shippedDataLists, shippedRuleFolder, type ImpactRow } from "../src/rules-api.js";
import { loaded } from "./folders.js";

const generated = (count: number, seed = 7) => {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => application(next, i + 1));
};
const folder = loaded(shippedRuleFolder());
const statuses = (rows: readonly ImpactRow[]) => ruleImpact(folder, folder, rows).before;

describe("NDJSON", () => {
  it("reads line by line, skipping blank lines and naming broken ones", () => {
    const rows = ndjsonRows('{"id":1}\n\n{oops\r\n{"id":2}\n');
    expect(rows).toEqual([{ line: 1, value: { id: 1 } }, { line: 3, unreadable: expect.stringContaining("kein gültiges JSON") }, { line: 4, value: { id: 2 } }]);
  });
});

describe("JSON", () => {
  it("reads an array with the line each application starts on", () => {
    const text = '[\n  {"id": "a", "x": "[{,\\"]"},\n  {\n    "id": "b"\n  }, 3\n]';
    expect(jsonRows(text)).toEqual({
      format: "json-array",
      rows: [
        { line: 2, value: { id: "a", x: '[{,"]' } },
        { line: 3, value: { id: "b" } },
        { line: 5, value: 3 },
      ],
    });
  });

  it("reads one application over many lines, as `bildungspartner check` does", () => {
    const single = JSON.stringify(generated(1)[0], null, 2);
    expect(readApplications("antrag.json", single)).toEqual({ format: "json", rows: [{ line: 1, value: JSON.parse(single) }] });
  });

  it("names a broken array as one unreadable row", () => {
    expect(readApplications("a.json", "[{]").rows).toEqual([{ line: 1, unreadable: expect.stringContaining("kein gültiges JSON") }]);
  });

  it("tells NDJSON from a single application", () => {
    expect(readApplications("a.json", '{"id":1}\n{"id":2}\n')).toEqual({ format: "ndjson", rows: [{ line: 1, value: { id: 1 } }, { line: 2, value: { id: 2 } }] });
    expect(readApplications("a.ndjson", '\uFEFF{"id":1}\n').format).toBe("json");
  });
});

describe("CSV through the field description", () => {
  it("reads yes/no words, partner numbers and German dates as the fields hold them", () => {
    const csv = [
      "id;school.type;school.schoolNumber;agreement.written;agreement.startDate;agreement.endDate;agreement.indefinite;partners.0.category;partners.0.municipal;contacts.0.side;contacts.0.partner;contacts.0.email",
      'A1;gymnasium;012345;Ja;1.8.2025;2027-07-31;nein;archive;wahr;partner;0;"a.b@x.de"',
      "A2;grundschule;;FALSE;;null;true;museum;falsch;school;;",
      "A3;zu;wenig",
    ].join("\n");
    const rows = csvRows(`\uFEFF${csv}`);
    expect(rows[0]).toEqual({
      line: 2,
      value: {
        id: "A1",
        school: { type: "gymnasium", schoolNumber: "012345" },
        agreement: { written: true, startDate: "2025-08-01", endDate: "2027-07-31", indefinite: false },
        partners: [{ category: "archive", municipal: true }],
        contacts: [{ side: "partner", partner: 0, email: "a.b@x.de" }],
      },
    });
    expect(rows[1]).toEqual({
      line: 3,
      value: { id: "A2", school: { type: "grundschule" }, agreement: { written: false, endDate: null, indefinite: true }, partners: [{ category: "museum", municipal: false }], contacts: [{ side: "school" }] },
    });
    expect(rows[2]).toEqual({ line: 4, unreadable: "3 Spalten statt 12 wie in der Kopfzeile" });
    expect(readApplications("x.CSV", "a,b\n1,2").rows).toEqual([{ line: 2, value: { a: "1", b: "2" } }]);
  });

  it("leaves what does not fit a field as text, so the check names it", () => {
    const [row] = csvRows("agreement.written;agreement.startDate;contacts.0.partner\nvielleicht;31.02.;erster");
    expect(row).toEqual({ line: 2, value: { agreement: { written: "vielleicht", startDate: "31.02." }, contacts: [{ partner: "erster" }] } });
  });

  it("never writes into an object's prototype", () => {
    csvRows("__proto__.polluted;constructor.prototype.polluted\nja;ja");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives the same outcomes as the applications' JSON, German dates and ja/nein included", () => {
    const applications = generated(200);
    const csv = applicationsCsv(applications);
    expect(csv).toMatch(/;\d{2}\.\d{2}\.\d{4};/);
    expect(csv).toContain(";ja;");
    const fromCsv = readApplications("antraege.csv", csv);
    expect(fromCsv.format).toBe("csv");
    expect(fromCsv.rows).toHaveLength(200);
    expect(statuses(fromCsv.rows)).toEqual(statuses(applications.map((value, i) => ({ line: i + 1, value }))));
    expect(statuses(readApplications("a.json", JSON.stringify(applications, null, 1)).rows)).toEqual(statuses(fromCsv.rows));
  });

  it("offers a template whose made-up rows are valid applications", () => {
    const rows = readApplications("vorlage.csv", templateCsv).rows;
    expect(rows).toHaveLength(2);
    expect(rowProblems(rows, shippedDataLists)).toEqual([]);
    expect(templateCsv.split("\r\n")[0]).toContain("contacts.1.partner");
  });
});

describe("rows that cannot be decided", () => {
  it("lists each with its line and the German reason, invalid fields named", () => {
    const rows = readApplications("a.csv", "id;school.schoolNumber;agreement.startDate\nX1;12;2025-08-01\nX2;123456;31.02.2025\nX3;1\n").rows;
    const problems = rowProblems(rows, shippedDataLists);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[0]!.reason).toContain("Die Schulnummer muss aus genau sechs Ziffern bestehen. (Feld school.schoolNumber)");
    expect(problems[1]!.reason).toContain("kein gültiges Datum");
    expect(problems[2]!.reason).toContain("nicht lesbar: 2 Spalten statt 3");
  });

  it("counts the same invalid rows as the impact", () => {
    const rows = readApplications("a.ndjson", [...generated(50).map((a) => JSON.stringify(a)), "7", '{"school":{"type":"zoo"}}'].join("\n")).rows;
    expect(rowProblems(rows, shippedDataLists).filter((p) => !p.reason.startsWith("nicht lesbar"))).toHaveLength(statuses(rows).invalid);
  });

  it("reads the categories of the rule set as opened", () => {
    const workspace = change(openWorkspace(shippedRuleFolder(), "x"), "data/categories.json", ["categories", 0, "id"], "zoo");
    const rows = [{ line: 1, value: { partners: [{ category: "zoo" }] } }];
    expect(rowProblems(rows, loaded(workspace.files).data)).toEqual([]);
    expect(rowProblems(rows, shippedDataLists)).toHaveLength(1);
  });
});
