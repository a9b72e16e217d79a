import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluateSync, type DecisionStatus } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";

// `npm start` checks these samples; a reader picks one by its name, so the name must say its result.
const dir = fileURLToPath(new URL("../../../examples/applications/", import.meta.url));
const samples = readdirSync(dir).filter((name) => name.endsWith(".json")).sort();
const statuses: readonly DecisionStatus[] = ["eligible", "needs-review", "not-eligible", "incomplete", "invalid"];

describe("the sample applications in examples/applications", () => {
  it("show every status once at least", () => {
    expect(new Set(samples.map((name) => statuses.find((status) => name.startsWith(`${status}-`))))).toEqual(new Set(statuses));
  });

  it.each(samples)("%s is named by the status it evaluates to", (name) => {
    const status = evaluateSync(JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as unknown).status;
    expect(name.startsWith(`${status}-`), `${name} evaluates to ${status}`).toBe(true);
  });
});
