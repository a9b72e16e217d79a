import { describe, expect, it } from "vitest";
import { flyerCount, noAnswers, offeringsQuery } from "./offering-answers.js";

describe("flyerCount", () => {
  it("takes whole numbers from 1 to 100,000, with or without German thousands dots", () => {
    expect(flyerCount("250")).toBe("250");
    expect(flyerCount(" 1 ")).toBe("1");
    expect(flyerCount("1.000")).toBe("1000");
    expect(flyerCount("100.000")).toBe("100000");
  });

  it("refuses everything else", () => {
    for (const text of ["", "0", "-5", "2,5", "2.5", "1.00", "100001", "viele", "1e3", "12 000"]) expect(flyerCount(text), text).toBeUndefined();
  });
});

describe("offeringsQuery", () => {
  it("leaves unanswered questions out", () => {
    expect(offeringsQuery(noAnswers, undefined)).toBe("");
    expect(offeringsQuery({ flyers: "1.000", purpose: "project", started: "false" }, "1000")).toBe("flyers=1000&purpose=project&projectStarted=false");
    expect(offeringsQuery({ ...noAnswers, started: "true" }, undefined)).toBe("projectStarted=true");
  });
});
