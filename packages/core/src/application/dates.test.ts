import { describe, expect, it } from "vitest";
import { coveredMonths, isIsoDate, parseIsoDate } from "./dates.js";

const months = (start: string, end: string) => coveredMonths(parseIsoDate(start)!, parseIsoDate(end)!);

describe("parseIsoDate", () => {
  it.each(["2025-08-01", "2024-02-29", "2000-02-29", "2027-12-31"])("reads the calendar date %s", (text) => {
    const date = parseIsoDate(text);
    expect(date).not.toBeNull();
    const [y, m, d] = text.split("-").map(Number);
    expect([date!.getFullYear(), date!.getMonth() + 1, date!.getDate()]).toEqual([y, m, d]);
  });

  it.each(["2025-02-30", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-8-1", "01.08.2025", "", "2025-08-01T00:00:00Z", " 2025-08-01"])(
    "refuses %j",
    (text) => expect(parseIsoDate(text)).toBeNull(),
  );

  it("keeps years below 100 as written", () => {
    expect(parseIsoDate("0099-01-01")?.getFullYear()).toBe(99);
  });
});

describe("coveredMonths (end date inclusive)", () => {
  it.each([
    ["2025-08-01", "2027-07-31", 24],
    ["2025-08-01", "2027-07-30", 23],
    ["2025-08-01", "2025-08-31", 1],
    ["2025-08-01", "2025-08-30", 0],
    ["2025-08-01", "2025-08-01", 0],
    ["2024-02-29", "2026-02-28", 24],
    ["2024-02-29", "2026-02-27", 23],
    ["2028-02-29", "2030-02-28", 24],
    ["2028-02-29", "2030-02-27", 23],
    ["2025-01-31", "2025-02-28", 1],
    ["2025-01-29", "2025-02-28", 1],
    ["2025-01-28", "2025-02-27", 1],
    ["2025-01-28", "2025-02-26", 0],
    ["2027-08-01", "2025-08-01", 0],
    ["2026-03-01", "2028-02-29", 24],
    ["2026-03-01", "2028-02-28", 23],
    ["2023-03-01", "2025-02-28", 24],
    ["2024-01-31", "2026-01-30", 24],
    ["2025-08-15", "2027-08-14", 24],
    ["2025-08-15", "2027-08-13", 23],
  ])("%s to %s covers %i months", (start, end, expected) => {
    expect(months(start, end)).toBe(expected);
  });

  it("counts the same across a daylight-saving change", () => {
    expect(months("2025-03-30", "2027-03-29")).toBe(24);
    expect(months("2025-10-26", "2027-10-25")).toBe(24);
  });
});

describe("isIsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-02-28", "2025-12-31", "2025-01-01", "0099-01-01"])("accepts %s", (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each(["2025-02-29", "1900-02-29", "2100-02-29", "2025-04-31", "2025-00-10", "2025-13-01", "2025-01-00", "2025-01-32", "2025-8-1", "x2025-08-01"])(
    "refuses %s",
    (text) => expect(isIsoDate(text)).toBe(false),
  );

  it("agrees with parseIsoDate on every day number of every month of common, leap and century years", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    for (const year of [99, 1900, 2000, 2023, 2024, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text), text).toBe(parseIsoDate(text) !== null);
        }
      }
    }
  });
});
