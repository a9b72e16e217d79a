// @ts-check
// The smallest server-side use of the SDK: plain Node, one file, no framework.
//   node server.mjs            (PORT, default 3001)
//   curl -d @application.json http://127.0.0.1:3001/check
import { createServer } from "node:http";
import { evaluate } from "@bildungspartner/core";

const MAX_BYTES = 100 * 1024;

/** @param {import("node:http").ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

const server = createServer(async (req, res) => {
  if (req.method !== "POST" || req.url !== "/check") {
    return send(res, 404, { error: { code: "not_found", message: "Nur POST /check." } });
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BYTES) return send(res, 413, { error: { code: "body_too_large", message: "Höchstens 100 KB." } });
    chunks.push(chunk);
  }
  let application;
  try {
    application = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return send(res, 400, { error: { code: "malformed_json", message: "Kein gültiges JSON." } });
  }
  // Never throws for bad input: a wrong application is a Decision with status "invalid".
  send(res, 200, await evaluate(application, { lang: "de" }));
});

server.listen(Number(process.env.PORT ?? 3001), "127.0.0.1", () => {
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  console.log(`POST http://127.0.0.1:${address.port}/check`);
});
