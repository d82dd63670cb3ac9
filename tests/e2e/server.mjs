// A tiny static server for the end-to-end tests: serves corpus pages (and our
// demo fixture) on 127.0.0.1 under their real paths. A request is matched by its
// Host header (port dropped) and path against each page's reference.json `url`,
// so `http://www.euronews.com/2026/01/06/as-trump-...` gets
// en-2026-venezuela-oil/source.html. With csp "strict" every page carries
// `Content-Security-Policy: script-src 'self'` (no 'wasm-unsafe-eval').
//
// Run alone to browse by hand: node tests/e2e/server.mjs [port]
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusDir, demoDir } from "./lib.mjs";

/** `host/path` key of a URL, without port, query or trailing slash. */
export function pageKey(host, path) {
  const h = String(host).toLowerCase().replace(/:\d+$/, "");
  const p = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return `${h}${p}`;
}

/** Every page folder (with source.html and reference.json) under `dir`. */
export function loadPages(dir) {
  if (!dir || !existsSync(dir)) {
    return [];
  }
  const pages = [];
  for (const id of readdirSync(dir).sort()) {
    const folder = join(dir, id);
    const refPath = join(folder, "reference.json");
    const source = join(folder, "source.html");
    if (!existsSync(refPath) || !existsSync(source)) {
      continue;
    }
    const reference = JSON.parse(readFileSync(refPath, "utf8"));
    const url = new URL(reference.url);
    pages.push({ id, source, reference, host: url.hostname, path: url.pathname });
  }
  return pages;
}

/**
 * Start serving `pages` (from loadPages); resolves to
 * `{port, pages, hosts, urlOf(page, withPort), close()}`.
 */
export function startServer({ pages, csp = process.env.PAGE_CSP ?? "" }) {
  const index = new Map(pages.map((page) => [pageKey(page.host, page.path), page]));
  const hits = [];
  const server = createServer((req, res) => {
    let path = "/";
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      // keep "/"
    }
    const page = index.get(pageKey(req.headers.host ?? "", path));
    hits.push({ host: req.headers.host, path, status: page ? 200 : 404 });
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    if (path === "/plain.html") {
      // A page that is not Euronews, for the "not an article" message.
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>Elsewhere</title><h1>Not Euronews</h1><p>Some other site.</p>");
      return;
    }
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
    if (csp === "strict") {
      headers["content-security-policy"] = "script-src 'self'";
    }
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : readFileSync(page.source));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(process.env.E2E_PORT ?? 0), "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        port,
        pages,
        hits,
        hosts: [...new Set(pages.map((p) => p.host))],
        urlOf: (page, withPort) => `http://${page.host}${withPort ? `:${port}` : ""}${page.path}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.env.E2E_PORT ??= process.argv[2] ?? "8080";
  const pages = [...loadPages(corpusDir()), ...loadPages(demoDir())];
  const srv = await startServer({ pages });
  console.log(`serving ${pages.length} pages on 127.0.0.1:${srv.port}${process.env.PAGE_CSP ? ` (PAGE_CSP=${process.env.PAGE_CSP})` : ""}`);
  for (const page of pages) {
    console.log(`  ${page.id.padEnd(30)} ${srv.urlOf(page, true)}`);
  }
}
