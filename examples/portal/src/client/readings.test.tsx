import { evaluateSync } from "@bildungspartner/core";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { eligibleApplication } from "../../test/fixtures.js";
import { ReadingList } from "./readings.js";

describe("ReadingList", () => {
  it("names every reading that decided a criterion, and nothing when none did", () => {
    const club = { ...eligibleApplication(1), partners: [{ name: "TuS Musterstadt", category: "sports-club" as const, municipal: false, supraRegional: false }] };
    const thirdPartner = evaluateSync(club).criteria.find((c) => c.id === "third-partner")!;
    const html = renderToStaticMarkup(<ReadingList criterion={thirdPartner} />);
    expect(html).toContain('<li data-reading="kommunal">Auslegung: Was „kommunal“ heißt');
    expect(html).toContain('data-reading="local-club-or-stage-without-municipal-partner"');
    expect(renderToStaticMarkup(<ReadingList criterion={{ readings: [] }} />)).toBe("");
  });
});
