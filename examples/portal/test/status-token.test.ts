import { describe, expect, it } from "vitest";
import { eligibleApplication } from "./fixtures.js";
import { serverPerTest, submit } from "./server.js";

// The status page sends the token in a header (query strings end up in proxies' logs); the query
// string of the first version of the API still works for links and clients written against it.

const server = serverPerTest();

describe("the status token", () => {
  it("is taken from the X-Status-Token header, for the status and the withdrawal; a wrong one is 404", async () => {
    const { id, statusToken } = await submit(server(), eligibleApplication(1));
    const status = (token: string) => fetch(`${server().url}/api/registrations/${id}/status`, { headers: { "x-status-token": token } });
    expect((await status(statusToken)).status).toBe(200);
    expect([(await status("falsch")).status, (await status("")).status]).toEqual([404, 404]);
    // The header decides when both are sent: a right query string does not help a wrong header.
    const both = await fetch(`${server().url}/api/registrations/${id}/status?token=${statusToken}`, { headers: { "x-status-token": "falsch" } });
    expect(both.status).toBe(404);
    const withdrawal = await fetch(`${server().url}/api/registrations/${id}/withdrawal`, { method: "POST", headers: { "x-status-token": statusToken } });
    expect(withdrawal.status).toBe(204);
    expect(((await (await status(statusToken)).json()) as { status: string }).status).toBe("withdrawn");
  });
});
