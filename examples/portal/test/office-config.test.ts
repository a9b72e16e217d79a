import { afterAll, describe, expect, it } from "vitest";
import { office } from "./fixtures.js";
import { startServer, tempDir } from "./server.js";

const temp = tempDir();
afterAll(() => temp.remove());

const signIn = (url: string, origin: string) =>
  fetch(`${url}/api/office/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ username: office.user, password: office.password }),
  });

describe("office configuration", () => {
  it("is off without OFFICE_USER and OFFICE_PASSWORD_HASH and says so in German", async () => {
    const server = await startServer(`${temp.dir}/off.sqlite`);
    try {
      for (const response of [await fetch(`${server.url}/api/office/session`), await fetch(`${server.url}/api/office/registrations`), await signIn(server.url, server.url)]) {
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({
          error: { code: "office_disabled", message: "Der Bereich für das Büro von Bildungspartner NRW ist nicht eingerichtet (es gibt kein Konto: OFFICE_USER und OFFICE_PASSWORD_HASH fehlen, und office-accounts hat keines angelegt)." },
        });
      }
    } finally {
      await server.stop();
    }
  });

  it("takes PUBLIC_URL as the own origin, and marks the cookie Secure when that is https", async () => {
    const publicUrl = "https://portal.bildungspartner.example";
    const server = await startServer(`${temp.dir}/public.sqlite`, { office: { user: office.user, passwordHash: office.passwordHash }, publicUrl });
    try {
      expect((await signIn(server.url, server.url)).status).toBe(403);
      const response = await signIn(server.url, publicUrl);
      expect(response.status).toBe(204);
      expect(response.headers.get("set-cookie")).toMatch(/; HttpOnly; SameSite=Strict; Max-Age=28800; Secure$/);
    } finally {
      await server.stop();
    }
  });
});
