import type { OfferingsReport } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import { eligibleApplication } from "./fixtures.js";
import { register as registerApplication, serverPerTest } from "./server.js";

const currentServer = serverPerTest();

const register = () => registerApplication(currentServer(), eligibleApplication());

const status = (report: OfferingsReport, id: string) => report.offerings.find((o) => o.id === id)?.status;

describe("GET /api/registrations/:id/offerings", () => {
  it("lists what a registered partnership may use, in German, with the FAQ source", async () => {
    const id = await register();
    const response = await fetch(`${currentServer().url}/api/registrations/${id}/offerings`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as OfferingsReport;
    expect(report.registered).toBe(true);
    expect(report.offerings).toHaveLength(12);
    expect(status(report, "logo-and-web-presence")).toBe("available");
    expect(status(report, "competition")).toBe("available");
    expect(status(report, "archive-funding")).toBe("unknown");
    expect(status(report, "permanent-funding")).toBe("not-available");
    expect(report.offerings[0]?.title).toBe("Logo und Darstellung im Web");
    expect(report.offerings[0]?.source.url).toMatch(/^https:\/\/www\.bildungspartner\.schulministerium\.nrw\.de\//);
  });

  it("counts a registered needs-review registration as registered too", async () => {
    const app = eligibleApplication(2);
    app.agreement!.endDate = "2026-07-31";
    const id = await registerApplication(currentServer(), app, 2);
    const report = (await (await fetch(`${currentServer().url}/api/registrations/${id}/offerings`)).json()) as OfferingsReport;
    expect(report.registered).toBe(true);
    expect(status(report, "logo-and-web-presence")).toBe("available");
  });

  it("answers the questions in the query: flyers, and a project of the archive partnership that has not started", async () => {
    const id = await register();
    const response = await fetch(`${currentServer().url}/api/registrations/${id}/offerings?flyers=300&purpose=project&projectStarted=false`);
    const report = (await response.json()) as OfferingsReport;
    expect(status(report, "archive-funding")).toBe("available");
    expect(report.offerings.find((o) => o.id === "flyers")?.nextSteps[0]).toContain("der gewünschten Stückzahl (300).");
    const started = (await (await fetch(`${currentServer().url}/api/registrations/${id}/offerings?purpose=project&projectStarted=true`)).json()) as OfferingsReport;
    expect(status(started, "archive-funding")).toBe("not-available");
  });

  it("refuses a bad number of flyers with 400 and the issue, and an unknown registration with 404", async () => {
    const id = await register();
    for (const flyers of ["0", "-5", "viele", "1000001"]) {
      const response = await fetch(`${currentServer().url}/api/registrations/${id}/offerings?flyers=${flyers}`);
      expect(response.status, flyers).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string }; issues: Array<{ path: string }> };
      expect(body.error.code).toBe("invalid_query");
      expect(body.error.message).toContain("ganze Zahl von 1 bis 100.000");
      expect(body.issues.map((i) => i.path)).toEqual(["flyers.count"]);
    }
    expect((await fetch(`${currentServer().url}/api/registrations/gibt-es-nicht/offerings`)).status).toBe(404);
  });
});
