// `npm run werkstatt` ends here: serves the built page (dist/) on this computer only and prints its
// address. node:http and nothing else; the page itself does all the work in the browser.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../dist/", import.meta.url));
if (!existsSync(join(root, "index.html"))) {
  console.error("Die Werkstatt ist nicht gebaut: pnpm --filter @bildungspartner/example-werkstatt run build");
  process.exit(1);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ndjson": "application/x-ndjson; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  // Only files below dist/: a request for ../ gets nothing.
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Nicht gefunden");
    return;
  }
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
  createReadStream(file).pipe(response);
});

const port = Number(process.env.PORT ?? 5175);
server.listen(port, process.env.HOST ?? "127.0.0.1", () => {
  const address = server.address();
  console.log(`Regel-Werkstatt: http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
