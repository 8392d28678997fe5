// A small static file server for the release folder (and the end-to-end fixtures), so nothing
// but Node is needed to serve the app. Usage: node end2end/serve.mjs <folder> <port> [host]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ico": "image/x-icon",
};

export function serve(folder, port, host = "127.0.0.1") {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error("outside the root");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        // A build folder's files never change (their folder is named by their content).
        "cache-control": /^\/build-[0-9a-f]+\//.test(path) ? "max-age=31536000, immutable" : "no-cache",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder = "dist", port = "8080", host = "127.0.0.1"] = process.argv.slice(2);
  await serve(folder, Number(port), host);
  console.log(`serving ${folder} on http://${host}:${port}/`);
}
