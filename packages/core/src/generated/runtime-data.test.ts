import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { runtimeDataModule, runtimeDataSources } from "../../scripts/runtime-data.js";
import { categories } from "../application/data.js";
import { runtimeCategories } from "./runtime-data.js";

describe("src/generated/runtime-data.ts", () => {
  it("is current with data/categories.json and the criteria in rules/ (else run `pnpm build`)", () => {
    const sources = runtimeDataSources(fileURLToPath(new URL("../../", import.meta.url)));
    expect(readFileSync(new URL("./runtime-data.ts", import.meta.url), "utf8")).toBe(runtimeDataModule(sources));
  });

  it("holds of each category what the evaluators read: id, inProgramme, label and whether a third partner is needed", () => {
    expect(runtimeCategories).toEqual(
      categories.map(({ id, inProgramme, label, thirdPartner }) => ({ id, inProgramme, label, thirdPartner: { needed: thirdPartner.needed } })),
    );
  });
});
