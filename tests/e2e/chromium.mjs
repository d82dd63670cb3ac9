// End-to-end tests in real Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): load dist/chrome unpacked, open corpus pages under their real
// Euronews hostnames (mapped to the local server), and run the tests of
// suite.mjs and features.mjs through the driver below.
//
//   node tests/e2e/chromium.mjs                 wasm runs in the content script
//   PAGE_CSP=strict node tests/e2e/chromium.mjs pages forbid wasm: the popup (or the
//                                               background, for the shortcut) runs the core
// Env: CHROMIUM (binary), E2E_ONLY=id,id (pages), E2E_GREP=regex (tests), E2E_HEADFUL=1.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { featureTests } from "./features.mjs";
import { injectionTests, neverBrokenWithExtension, neverBrokenWithout } from "./injection.mjs";
import { DOC_SHOTS, GENERIC_HOST, READ_POPUP, assert, brokenExtensionDir, corpusDir, demoDir, ensureShotDir, harness, injectionDir, reportMissing, selectCases, sleep, testExtensionDir } from "./lib.mjs";
import { loadPages, startServer } from "./server.mjs";
import { genericTests, localeTests, pageTests, paintSummary, stateTests } from "./suite.mjs";

const strict = process.env.PAGE_CSP === "strict";
const label = strict ? "e2e chromium (PAGE_CSP=strict)" : "e2e chromium";

const ext = testExtensionDir("chrome");
const corpus = loadPages(corpusDir());
const injection = loadPages(injectionDir());
const pages = [...corpus, ...loadPages(demoDir()), ...injection];
const { cases, missing } = selectCases(pages);
const skipped = reportMissing(missing, label);
const srv = await startServer({ pages, csp: strict ? "strict" : "" });
const shots = ensureShotDir();
const profile = mkdtempSync(join(tmpdir(), "enr-chromium-"));

/** Browser options, with the unpacked extension `dir` loaded (none when null). */
const launchOptions = (dir) => ({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: !process.env.E2E_HEADFUL,
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--lang=en-US",
    ...(dir ? [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : []),
    // Euronews hosts and our generic news host reach the local server; nothing else resolves.
    `--host-resolver-rules=MAP *.euronews.com 127.0.0.1:${srv.port}, MAP ${GENERIC_HOST} 127.0.0.1:${srv.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
  ],
});

/** A page's script errors: uncaught exceptions and console errors (resource load failures aside). */
function recordErrors(page, into) {
  page.on("pageerror", (err) => into.push(String(err)));
  page.on("console", (msg) => {
    // Not script errors: failed loads (nothing resolves but our server) and the browser's web-app manifest fetch.
    if (msg.type() === "error" && !/^(Failed to load resource|Manifest fetch from)/.test(msg.text())) {
      into.push(msg.text());
    }
  });
}

const t0 = Date.now();
const context = await chromium.launchPersistentContext(profile, launchOptions(ext));
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
  requests.push({ url: req.url(), type: req.resourceType(), from, ext: from.startsWith(extOrigin) });
});

/** Runs a function body (reading `args`) in a playwright page. */
const evalIn = (target, body, ...args) => target.evaluate(`(async (...args) => { ${body} })(...${JSON.stringify(args)})`);

// The article tab, reused for every page.
const tabIds = () => sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
const oldTabs = new Set(await tabIds());
const articlePage = await context.newPage();
const articleTabId = (await tabIds()).find((id) => !oldTabs.has(id));
const pageErrors = [];
recordErrors(articlePage, pageErrors);
let cdp = null;

// A speechSynthesis that records utterances and speaks nothing (headless has no voices).
const FAKE_SPEECH = `(() => {
  window.__spoken = [];
  class Utterance extends EventTarget { constructor(text) { super(); this.text = text; this.lang = ""; this.rate = 1; this.voice = null; } }
  window.SpeechSynthesisUtterance = Utterance;
  const voices = [{ lang: "en-US", name: "Test voice", default: true, localService: true, voiceURI: "test" }];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => voices,
    speak: (u) => { window.__spoken.push(u); setTimeout(() => u.dispatchEvent(new Event("start")), 0); },
    cancel() {}, pause() {}, resume() {},
  });
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
})();`;

let popupPage = null;
const popup = {
  async open(query = "", { fakeSpeech = false, stubPrint = false, tabId = articleTabId } = {}) {
    await popup.close();
    popupPage = await context.newPage();
    popupPage.on("pageerror", (err) => popup.errors.push(String(err)));
    await popupPage.setViewportSize({ width: 560, height: 760 });
    if (fakeSpeech) {
      await popupPage.addInitScript(FAKE_SPEECH);
    }
    if (stubPrint) {
      await popupPage.addInitScript("window.print = () => { window.__printed = true; };");
    }
    await popupPage.goto(`${extOrigin}/popup.html?tabId=${tabId}${query}`);
    await popupPage.waitForFunction(() => document.body.dataset.state !== "loading" && document.body.dataset.painted, null, { timeout: 30000 });
    return evalIn(popupPage, READ_POPUP);
  },
  async openPage(path) {
    await popup.close();
    popupPage = await context.newPage();
    popupPage.on("pageerror", (err) => popup.errors.push(String(err)));
    await popupPage.setViewportSize({ width: 760, height: 900 });
    await popupPage.goto(`${extOrigin}/${path}`);
    await popupPage.waitForLoadState("load");
  },
  eval: (body, ...args) => evalIn(popupPage, body, ...args),
  click: (selector) => popupPage.click(selector, { timeout: 10000 }),
  press: (key) => popupPage.keyboard.press(key),
  screenshot: (path) => popupPage.screenshot({ path }),
  async download(selector) {
    const [download] = await Promise.all([popupPage.waitForEvent("download", { timeout: 15000 }), popupPage.click(selector)]);
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), "utf8") };
  },
  async close() {
    if (popupPage) {
      await popupPage.close();
      popupPage = null;
    }
    const errors = popup.errors.splice(0);
    assert(errors.length === 0, `popup page errors: ${errors.join("; ")}`);
  },
  errors: [],
};

const d = {
  name: "chromium",
  suffix: strict ? "-strict" : "",
  shots,
  docShots: strict ? null : DOC_SHOTS,
  strictWasmBlocked: strict,
  urlOf: (page) => srv.urlOf(page, false),
  urlOn: (host, path) => (host === "127.0.0.1" ? `http://127.0.0.1:${srv.port}${path}` : `http://${host}${path}`),
  pageCspBlocksInline: strict,
  stubPrint: true,
  tabId: () => articleTabId,
  requests: async () => requests,
  page: {
    async goto(url) {
      pageErrors.length = 0;
      await articlePage.goto(url, { waitUntil: "domcontentloaded", timeout: 30000 });
    },
    errors: async () => pageErrors.splice(0),
    eval: (body, ...args) => evalIn(articlePage, body, ...args),
    press: (key) => articlePage.keyboard.press(key),
    screenshot: (path) => articlePage.screenshot({ path }),
  },
  popup,
  /** The article tab as the accessibility tree shows it (closed shadow roots included). */
  async readerView() {
    cdp ??= await context.newCDPSession(articlePage);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => `${n.role?.value === "StaticText" ? "text" : n.role?.value}:${n.name.value}`);
  },
  /** Chrome offers no way to press a browser shortcut from CDP: dispatch the command to the extension's own listener. */
  async shortcut() {
    const tab = await sw.evaluate((id) => chrome.tabs.get(id), articleTabId);
    await sw.evaluate((t) => chrome.commands.onCommand.dispatch("toggle-reader-mode", t), tab);
  },
  shortcutBinding: () => sw.evaluate(async () => (await chrome.commands.getAll()).find((c) => c.name === "toggle-reader-mode")?.shortcut ?? ""),
  contentReply: () =>
    sw.evaluate(async (id) => {
      const r = await chrome.tabs.sendMessage(id, { type: "get-article" });
      return { ok: r?.ok, error: r?.error, html: typeof r?.html === "string" };
    }, articleTabId),
  badge: () => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), articleTabId),
  emulatePrint: (on) => popupPage.emulateMedia({ media: on ? "print" : "screen" }),
  fakeSpeech: true,
  /** A browser without the extension: `fn({visit(url, ms)})`, each visit giving the page's errors and HTML after `ms`. */
  async withoutExtension(fn) {
    const browser = await chromium.launch(launchOptions(null));
    try {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await fn({
        parallel: 4,
        async visit(url, ms) {
          const page = await ctx.newPage();
          const errors = [];
          recordErrors(page, errors);
          const t = Date.now();
          await page.goto(url, { waitUntil: "domcontentloaded", timeout: 30000 });
          await sleep(Math.max(200, ms - (Date.now() - t)));
          const html = await page.evaluate(() => document.documentElement.outerHTML);
          await page.close();
          return { errors, html };
        },
      });
    } finally {
      await browser.close();
    }
  },
  /** A browser with a copy of the extension that fails (`brokenExtensionDir`): `fn` gets {page, popup, contentReply}. */
  async withBrokenExtension(how, fn) {
    const dir = brokenExtensionDir("chrome", how);
    const userDir = mkdtempSync(join(tmpdir(), "enr-chromium-broken-"));
    const ctx = await chromium.launchPersistentContext(userDir, launchOptions(dir));
    try {
      const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
      const origin = `chrome-extension://${new URL(worker.url()).host}`;
      const before = new Set(await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id)));
      const tab = await ctx.newPage();
      const tabId = (await worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id))).find((id) => !before.has(id));
      let pop = null;
      await fn({
        page: {
          goto: (url) => tab.goto(url, { waitUntil: "domcontentloaded", timeout: 30000 }),
          eval: (body, ...args) => evalIn(tab, body, ...args),
        },
        contentReply: () =>
          worker.evaluate(async (id) => {
            const r = await chrome.tabs.sendMessage(id, { type: "get-article" });
            return { ok: r?.ok, error: r?.error, html: typeof r?.html === "string" };
          }, tabId),
        popup: {
          async open() {
            pop = await ctx.newPage();
            await pop.goto(`${origin}/popup.html?tabId=${tabId}`);
            await pop.waitForFunction(() => document.body.dataset.state !== "loading" && document.body.dataset.painted, null, { timeout: 30000 });
            return evalIn(pop, READ_POPUP);
          },
          async close() {
            await pop?.close();
            pop = null;
          },
        },
      });
    } finally {
      await ctx.close();
      rmSync(userDir, { recursive: true, force: true });
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  },
};

const h = harness(label);
pageTests(h, d, cases);
stateTests(h, d);
genericTests(h, d, pages);
featureTests(h, d, pages, { all: !strict });
injectionTests(h, d, injection);
if (!strict) {
  neverBrokenWithExtension(h, d, corpus);
  neverBrokenWithout(h, d, corpus, [...pages.filter((p) => p.id === "demo"), ...injection]);
}
if (!strict) {
  localeTests(h);
}

h.test("extension makes no outside requests", async () => {
  const fromExt = requests.filter((r) => r.from.startsWith(extOrigin));
  const bad = fromExt.filter((r) => {
    if (r.url.startsWith(`${extOrigin}/`) || r.url.startsWith("blob:") || r.url.startsWith("data:")) {
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
  assert(bad.length === 0, `requests made by the extension: ${bad.map((r) => r.url).join(" ")}`);
  assert(toOtherExt.length === 0, "requests to other extensions");
  // (The test itself navigates tabs to popup.html: those are "document" requests.)
  const pageToExt = requests.filter((r) => !r.from.startsWith(extOrigin) && r.url.startsWith(extOrigin) && r.type !== "document");
  const nonWasm = pageToExt.filter((r) => !r.url.endsWith("/pkg/euronews_reader_bg.wasm"));
  assert(nonWasm.length === 0, `extension files fetched from pages other than the wasm: ${nonWasm.map((r) => r.url).join(" ")}`);
  return `${fromExt.length} extension requests (own files), ${pageToExt.length} wasm fetches from pages, ${srv.hits.length} served locally, ${requests.length} in all`;
});

let ok;
try {
  ok = await h.run(skipped);
  paintSummary(label);
} finally {
  await context.close();
  await srv.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dirname(ext), { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
