// End-to-end tests in real Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): load dist/chrome unpacked, open corpus pages under their real
// Euronews hostnames (mapped to the local server), check that the content
// script's wasm removed the ad slots and that the popup shows the article.
//
//   node tests/e2e/chromium.mjs                 wasm runs in the content script
//   PAGE_CSP=strict node tests/e2e/chromium.mjs pages forbid wasm: the popup runs
//                                               the core and the page applies its plan
// Env: CHROMIUM (binary), E2E_ONLY=id,id (subset), E2E_HEADFUL=1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import {
  AD_SELECTOR,
  READ_POPUP,
  assert,
  assertEq,
  checkPopup,
  corpusDir,
  demoDir,
  ensureShotDir,
  extensionDir,
  harness,
  reportMissing,
  selectCases,
  waitFor,
} from "./lib.mjs";
import { loadPages, startServer } from "./server.mjs";

const strict = process.env.PAGE_CSP === "strict";
const label = strict ? "e2e chromium (PAGE_CSP=strict)" : "e2e chromium";
const suffix = strict ? "-strict" : "";

const ext = extensionDir("chrome");
const pages = [...loadPages(corpusDir()), ...loadPages(demoDir())];
const { cases, missing } = selectCases(pages);
const skipped = reportMissing(missing, label);
const srv = await startServer({ pages, csp: strict ? "strict" : "" });
const shots = ensureShotDir();
const profile = mkdtempSync(join(tmpdir(), "enr-chromium-"));

const t0 = Date.now();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: !process.env.E2E_HEADFUL,
  viewport: { width: 1280, height: 900 },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    // Euronews hosts reach the local server; nothing else resolves.
    `--host-resolver-rules=MAP *.euronews.com 127.0.0.1:${srv.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ],
});
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15000 }));
const extId = new URL(sw.url()).host;
const extOrigin = `chrome-extension://${extId}`;
console.log(`${label}: Chromium ${context.browser()?.version() ?? ""} started in ${Date.now() - t0} ms, extension ${extId}`);

// Every request the browser makes, with who made it.
const requests = [];
context.on("request", (req) => {
  let from;
  try {
    from = req.serviceWorker() ? req.serviceWorker().url() : (req.frame()?.url() ?? "");
  } catch {
    from = "";
  }
  requests.push({ url: req.url(), type: req.resourceType(), from });
});

const tabIds = () => sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));

/** Open `url` in a new tab; returns the page and its tab id. */
async function openTab(url) {
  const before = new Set(await tabIds());
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 30000 });
  const fresh = (await tabIds()).filter((id) => !before.has(id));
  assertEq(fresh.length, 1, "new tab ids");
  return { page, tabId: fresh[0] };
}

/** Open the popup for `tabId` as a page; returns what it shows once painted. */
async function openPopup(tabId, shotNames) {
  const popup = await context.newPage();
  const errors = [];
  popup.on("pageerror", (err) => errors.push(String(err)));
  await popup.setViewportSize({ width: 520, height: 720 });
  await popup.goto(`${extOrigin}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.body.dataset.state !== "loading", null, { timeout: 30000 });
  const view = await popup.evaluate(`(() => {${READ_POPUP}})()`);
  for (const name of shotNames) {
    await popup.screenshot({ path: join(shots, name) });
  }
  await popup.close();
  assertEq(errors.join("; "), "", "popup page errors");
  return view;
}

/** Ad slots in the page as served (before any script ran). */
const servedAds = (page) =>
  page.evaluate(async (sel) => {
    const html = await (await fetch(location.href, { cache: "no-store" })).text();
    return new DOMParser().parseFromString(html, "text/html").querySelectorAll(sel).length;
  }, AD_SELECTOR);
const liveAds = (page) => page.evaluate((sel) => document.querySelectorAll(sel).length, AD_SELECTOR);

const h = harness(label);

for (const c of cases) {
  h.test(`${c.id} [${c.design}]`, async () => {
    const opened = Date.now();
    const { page, tabId } = await openTab(srv.urlOf(c.page, false));
    let cleaned = "";
    try {
      const served = await servedAds(page);
      assert(served > 0, `${c.id}: the served page has no ad slots to remove (${AD_SELECTOR})`);
      if (strict) {
        // Ask the content script directly: its wasm must have failed under the page CSP...
        // (It may not be injected yet: document_idle comes after DOMContentLoaded.)
        const reply = await waitFor(
          () =>
            sw.evaluate(
              async (id) => {
                const r = await chrome.tabs.sendMessage(id, { type: "get-article" });
                return { ok: r?.ok, error: r?.error, html: typeof r?.html === "string" };
              },
              tabId,
            ),
          `${c.id}: content script answering`,
        );
        assert(reply.ok === false && reply.html, `${c.id}: content script should have fallen back under strict CSP, got ${JSON.stringify(reply)}`);
        // ...so the ads are still there before the popup opens.
        const before = await liveAds(page);
        assert(before > 0, `${c.id}: ad slots gone before the popup ran the core`);
      } else {
        await waitFor(async () => (await liveAds(page)) === 0, `${c.id}: ad slots removed by the content script`, 20000, 25);
        cleaned = `, page clean ${Date.now() - opened} ms after navigation start`;
        // The toolbar badge counts what the content script removed.
        const badge = await waitFor(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), `${c.id}: badge`, 5000);
        assert(/^[1-9]\d*$/.test(badge), `${c.id}: toolbar badge should count removed nodes, got ${JSON.stringify(badge)}`);
      }
      const names = [`chromium-${c.id}${suffix}.png`];
      if (c.screenshot) {
        names.push(`popup-chromium${suffix}.png`);
      }
      const view = await openPopup(tabId, names);
      checkPopup(view, c.page);
      if (view.state === "article") {
        assertEq(view.source, strict ? "popup" : "page", `${c.id}: where the core ran`);
      }
      if (strict) {
        await waitFor(async () => (await liveAds(page)) === 0, `${c.id}: ad slots removed after the popup sent its plan`);
      }
      return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms), ${served} ad slots removed${cleaned}`;
    } finally {
      await page.close();
    }
  });
}

h.test("not a Euronews page", async () => {
  const { page, tabId } = await openTab(`http://127.0.0.1:${srv.port}/plain.html`);
  try {
    const view = await openPopup(tabId, [`chromium-not-euronews${suffix}.png`]);
    assertEq(view.state, "not-euronews", "popup state");
    assert(/Not a Euronews article/.test(view.text), `message: ${view.text}`);
    return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms)`;
  } finally {
    await page.close();
  }
});

h.test("extension makes no outside requests", async () => {
  const fromExt = requests.filter((r) => r.from.startsWith(extOrigin));
  const bad = fromExt.filter((r) => {
    if (r.url.startsWith(`${extOrigin}/`)) {
      return false;
    }
    // Article images shown in the reader view come from the article's own site.
    const host = (() => {
      try {
        return new URL(r.url).hostname;
      } catch {
        return "";
      }
    })();
    return !(r.type === "image" && (host === "euronews.com" || host.endsWith(".euronews.com")));
  });
  const toOtherExt = requests.filter((r) => /^chrome-extension:/.test(r.url) && !r.url.startsWith(`${extOrigin}/`));
  assertEq(bad.map((r) => r.url).join(" "), "", "requests made by the extension");
  assertEq(toOtherExt.length, 0, "requests to other extensions");
  // (The test itself navigates tabs to popup.html: those are "document" requests.)
  const pageToExt = requests.filter((r) => !r.from.startsWith(extOrigin) && r.url.startsWith(extOrigin) && r.type !== "document");
  const nonWasm = pageToExt.filter((r) => !r.url.endsWith("/pkg/euronews_reader_bg.wasm"));
  assertEq(nonWasm.map((r) => r.url).join(" "), "", "extension files fetched from pages other than the wasm");
  const local = srv.hits.length;
  return `${fromExt.length} extension requests (own files), ${pageToExt.length} wasm fetches from pages, ${local} served locally, ${requests.length} in all`;
});

let ok;
try {
  ok = await h.run(skipped);
} finally {
  await context.close();
  await srv.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
