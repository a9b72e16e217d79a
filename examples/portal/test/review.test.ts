import type { Application } from "@bildungspartner/core";
import { describe, expect, it } from "vitest";
import sportverein from "../../applications/needs-review-sportverein.json";
import type { OfficeRegistration, SubmissionStatusView } from "../src/shared/office.js";
import { eligibleApplication, office } from "./fixtures.js";
import { agreementFile, decideAsOffice, officeCookie, serverPerTest, submissionForm, submit, type TestServer } from "./server.js";

const currentServer = serverPerTest({ office: { user: office.user, passwordHash: office.passwordHash } });

const needsReview = () => structuredClone(sportverein) as Application;

async function detail(server: TestServer, id: string, cookie: string): Promise<OfficeRegistration> {
  const response = await fetch(`${server.url}/api/office/registrations/${id}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as OfficeRegistration;
}

/** Submits with a „Begründung“ as the form sends it (multipart field `justification`). */
function submitWithJustification(server: TestServer, application: Application, justification: string) {
  const form = submissionForm(application, agreementFile(1));
  form.append("justification", justification);
  return fetch(`${server.url}/api/registrations`, { method: "POST", body: form });
}

describe("the school's „Begründung“", () => {
  it("is stored with a needs-review submission and shown to the office", async () => {
    const server = currentServer();
    const response = await submitWithJustification(server, needsReview(), "  Der Sportverein ist der einzige Partner im Ort; die Stadt fördert ihn.  ");
    expect(response.status).toBe(201);
    const { id, decision } = (await response.json()) as { id: string; decision: { status: string; nextSteps: { message: string }[] } };
    expect(decision.status).toBe("needs-review");
    expect(decision.nextSteps.map((s) => s.message).join(" ")).not.toContain("Bitte reichen Sie");
    const cookie = await officeCookie(server);
    expect((await detail(server, id, cookie)).justification).toBe("Der Sportverein ist der einzige Partner im Ort; die Stadt fördert ihn.");
  });

  it("is not kept for an eligible submission, and refused over 2,000 characters", async () => {
    const server = currentServer();
    const eligible = await submitWithJustification(server, eligibleApplication(1), "Weil.");
    expect(eligible.status).toBe(201);
    const cookie = await officeCookie(server);
    expect((await detail(server, ((await eligible.json()) as { id: string }).id, cookie)).justification).toBeNull();

    const tooLong = await submitWithJustification(server, needsReview(), "x".repeat(2001));
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toEqual({ error: { code: "invalid_justification", message: "Die Begründung ist zu lang: höchstens 2000 Zeichen sind erlaubt." } });
  });
});

describe("the office's reason for the school", () => {
  it("is shown at the status link, apart from the internal note", async () => {
    const server = currentServer();
    const { id, statusToken } = await submit(server, eligibleApplication(1), 1);
    const cookie = await officeCookie(server);
    const reason = "Die Vereinbarung ist nicht von allen Partnern unterzeichnet.";
    const decided = await decideAsOffice(server, id, cookie, { outcome: "rejected", note: "intern", reason });
    expect(decided.status).toBe(200);
    expect(await decided.json()).toMatchObject({ review: "rejected", note: "intern", reason });
    const view = (await (await fetch(`${server.url}/api/registrations/${id}/status?token=${statusToken}`)).json()) as SubmissionStatusView;
    expect(view).toMatchObject({ status: "rejected", reason });
    expect(JSON.stringify(view)).not.toContain("intern");
  });
});

describe("possible duplicates", () => {
  it("flags another open or registered entry of the same school number and partner, not other schools or withdrawn ones", async () => {
    const server = currentServer();
    const first = await submit(server, eligibleApplication(1), 1);
    // The same school and partner, the names written a little differently.
    const again = eligibleApplication(1);
    again.school!.name = "Städt. Gymnasium am Stadtpark 1";
    const second = await submit(server, again, 1);
    const otherSchool = eligibleApplication(1);
    otherSchool.school!.schoolNumber = "199999";
    const third = await submit(server, otherSchool, 1);
    const otherPartner = eligibleApplication(1);
    otherPartner.partners![0]!.name = "Stadtbibliothek Musterstadt";
    const fourth = await submit(server, otherPartner, 1);

    const cookie = await officeCookie(server);
    const shown = await detail(server, second.id, cookie);
    expect(shown.duplicates).toEqual([{ id: first.id, school: "Gymnasium am Stadtpark 1", partners: ["Stadtarchiv Musterstadt 1"], review: "submitted", submittedAt: expect.any(String) }]);
    expect((await detail(server, first.id, cookie)).duplicates.map((d) => d.id)).toEqual([second.id]);
    expect((await detail(server, third.id, cookie)).duplicates).toEqual([]);
    expect((await detail(server, fourth.id, cookie)).duplicates).toEqual([]);

    expect((await fetch(`${server.url}/api/registrations/${first.id}/withdrawal?token=${first.statusToken}`, { method: "POST" })).status).toBe(204);
    expect((await detail(server, second.id, cookie)).duplicates).toEqual([]);
  });
});
