import { describe, expect, it } from "vitest";
import { findDates, findSchoolYears, termEnd } from "./dates.js";

const iso = (text: string) => findDates(text).map((d) => `${d.date.year}-${d.date.month}-${d.date.day}/${d.precision}`);

describe("German dates", () => {
  it.each([
    ["01.08.2025", ["2025-8-1/day"]],
    ["1.8.25", ["2025-8-1/day"]],
    ["1. 8. 2025", ["2025-8-1/day"]],
    ["1. August 2025", ["2025-8-1/day"]],
    ["31. Juli 2027", ["2027-7-31/day"]],
    ["3. Sept. 2025", ["2025-9-3/day"]],
    ["1. März 2026", ["2026-3-1/day"]],
    ["2025-08-01", ["2025-8-1/day"]],
    ["ab August 2025", ["2025-8-1/month"]],
    ["31.02.2025 und 30.02.2025", []],
    ["§ 3.1.2 Absatz 1234", []],
  ])("%s", (text, expected) => {
    expect(iso(text)).toEqual(expected);
  });

  it("reads school years only when the second year follows the first", () => {
    expect(findSchoolYears("2025/26, 2026/2027 und 2025/27").map((y) => y.firstYear)).toEqual([2025, 2026]);
  });

  it("ends a term the day before the same date months later", () => {
    expect(termEnd({ year: 2025, month: 8, day: 1 }, 24)).toEqual({ year: 2027, month: 7, day: 31 });
    expect(termEnd({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 28 });
  });
});
