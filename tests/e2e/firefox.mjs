// End-to-end tests in real Firefox ESR, driven over plain WebDriver HTTP
// (geckodriver, Node's fetch; no npm client): install dist/firefox as a
// temporary add-on, open corpus pages under their real Euronews hostnames
// (resolved to the local server by prefs), and run the tests of suite.mjs and
// features.mjs through the driver below.
//
//   node tests/e2e/firefox.mjs
// Env: FIREFOX (binary), GECKODRIVER (binary), E2E_ONLY=id,id (pages), E2E_GREP=regex
// (tests), PAGE_CSP=strict (Firefox does not apply the page CSP to content-script
// wasm: same expectations; only the page tests and the shortcut run).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { featureTests } from "./features.mjs";
import { injectionTests, neverBrokenWithExtension, neverBrokenWithout } from "./injection.mjs";
import { DOC_SHOTS, READ_POPUP, assert, assertEq, brokenExtensionDir, corpusDir, demoDir, ensureShotDir, harness, injectionDir, reportMissing, selectCases, sleep, testExtensionDir, waitFor } from "./lib.mjs";
import { loadPages, startServer } from "./server.mjs";
import { genericTests, pageTests, paintSummary, stateTests } from "./suite.mjs";

const strict = process.env.PAGE_CSP === "strict";
const label = strict ? "e2e firefox (PAGE_CSP=strict)" : "e2e firefox";
// Pinned so the popup's moz-extension:// address is known in advance.
const EXT_UUID = "4b7f2c1e-5d3a-4e8b-9c6f-0a1b2c3d4e5f";
const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;

const ext = testExtensionDir("firefox");
const geckoId = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
const corpus = loadPages(corpusDir());
const injection = loadPages(injectionDir());
const pages = [...corpus, ...loadPages(demoDir()), ...injection];
const { cases, missing } = selectCases(pages);
const skipped = reportMissing(missing, label);
const srv = await startServer({ pages, csp: strict ? "strict" : "" });
const shots = ensureShotDir();
const downloads = mkdtempSync(join(tmpdir(), "enr-downloads-"));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const gdPort = await freePort();
const gdLog = [];
const geckodriver = spawn(process.env.GECKODRIVER ?? "geckodriver", ["--port", String(gdPort), "--allow-system-access"], {
  stdio: ["ignore", "pipe", "pipe"],
});
geckodriver.stdout.on("data", (d) => gdLog.push(String(d)));
geckodriver.stderr.on("data", (d) => gdLog.push(String(d)));
const base = `http://127.0.0.1:${gdPort}`;

/** One WebDriver command; returns `value` or throws the WebDriver error. */
async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok || json.value?.error) {
    throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  }
  return json.value;
}

let sid = null;

/**
 * Chrome-context recorder: every http(s) request (url, who triggered it: an
 * add-on principal or not, image or not) and the script errors of web pages
 * (errors only, not from extension or browser code).
 */
const RECORDER = `
  const w = window;
  if (w.__enrRequests) return;
  w.__enrRequests = [];
  w.__enrErrors = [];
  w.__enrObserver = { observe(subject) {
    try {
      const ch = subject.QueryInterface(Ci.nsIHttpChannel);
      const info = ch.loadInfo;
      const p = info ? info.triggeringPrincipal : null;
      let from = "";
      try { from = p ? (p.isSystemPrincipal ? "system" : p.addonId ? "addon:" + p.addonId : p.origin) : ""; } catch (e) {}
      w.__enrRequests.push({ url: ch.URI.spec, from, ext: Boolean(p && (p.isAddonOrExpandedAddonPrincipal || p.addonId)),
        type: info && info.externalContentPolicyType === Ci.nsIContentPolicy.TYPE_IMAGE ? "image" : String(info ? info.externalContentPolicyType : "") });
    } catch (e) {}
  } };
  Services.obs.addObserver(w.__enrObserver, "http-on-modify-request");
  w.__enrListener = { observe(msg) {
    try {
      if (!(msg instanceof Ci.nsIScriptError) || (msg.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag))) return;
      if (!/javascript/i.test(msg.category) || /^(moz-extension|chrome|resource|about|jar):/.test(msg.sourceName)) return;
      w.__enrErrors.push(msg.errorMessage + " @ " + msg.sourceName);
    } catch (e) {}
  } };
  Services.console.registerListener(w.__enrListener);
`;
const s = (path) => `/session/${sid}${path}`;
const exec = (script, ...args) => wd("POST", s("/execute/sync"), { script, args });
/** Runs a script in the browser chrome (the recorder's context), back to content after. */
async function chromeExec(script) {
  await wd("POST", s("/moz/context"), { context: "chrome" });
  try {
    return await exec(script);
  } finally {
    await wd("POST", s("/moz/context"), { context: "content" });
  }
}
/** Runs a function body (reading `args`); WebDriver awaits the returned promise. */
const execAsync = (body, ...args) => exec(`return (async (...args) => { ${body} })(...arguments);`, ...args);

// WebDriver key codes for the names the tests use.
const KEYS = { Tab: "\uE004", Enter: "\uE007", Escape: "\uE00C", Shift: "\uE008", Alt: "\uE00A", ArrowRight: "\uE014", ArrowDown: "\uE015", Space: " " };
/** Press a chord like "Shift+Tab" or "Alt+Shift+M" in the current context. */
async function press(chord) {
  const keys = chord.split("+").map((k) => KEYS[k] ?? k);
  const actions = [...keys.map((value) => ({ type: "keyDown", value })), ...keys.reverse().map((value) => ({ type: "keyUp", value }))];
  await wd("POST", s("/actions"), { actions: [{ type: "key", id: "keyboard", actions }] });
  await wd("DELETE", s("/actions"));
}

async function cleanup() {
  if (sid) {
    await wd("DELETE", `/session/${sid}`).catch(() => {});
  }
  geckodriver.kill();
  await srv.close();
  rmSync(downloads, { recursive: true, force: true });
  rmSync(dirname(ext), { recursive: true, force: true });
}

const t0 = Date.now();
let ok = false;
try {
  await waitFor(() => wd("GET", "/status").then((v) => v.ready), "geckodriver", 15000);
  const session = await wd("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        pageLoadStrategy: "normal",
        timeouts: { pageLoad: 30000, script: 30000 },
        "moz:firefoxOptions": {
          binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
          args: process.env.E2E_HEADFUL ? [] : ["-headless"],
          prefs: {
            // Euronews hosts resolve to the local server...
            "network.dns.localDomains": srv.hosts.join(","),
            "dom.security.https_first": false,
            "dom.security.https_only_mode": false,
            // ...and everything else goes to a dead proxy, never to the network.
            "network.proxy.type": 1,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": 9,
            "network.proxy.ssl": "127.0.0.1",
            "network.proxy.ssl_port": 9,
            "network.proxy.no_proxies_on": ["localhost", "127.0.0.1", ...srv.hosts].join(", "),
            "network.proxy.allow_hijacking_localhost": true,
            "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: EXT_UUID }),
            // Exports land in a folder of ours, without a dialog.
            "browser.download.folderList": 2,
            "browser.download.dir": downloads,
            "browser.download.useDownloadDir": true,
            "browser.download.always_ask_before_handling_new_types": false,
            "browser.download.alwaysOpenPanel": false,
            "intl.locale.requested": "en-US",
          },
        },
      },
    },
  });
  sid = session.sessionId;
  console.log(`${label}: Firefox ${session.capabilities.browserVersion} started in ${Date.now() - t0} ms`);
  // Before the add-on comes in: record every http(s) request with who made it
  // (an add-on principal or not), and the script errors of web pages.
  await wd("POST", s("/moz/context"), { context: "chrome" });
  await exec(RECORDER);
  await wd("POST", s("/moz/context"), { context: "content" });
  await wd("POST", s("/moz/addon/install"), { path: ext, temporary: true });
  await wd("POST", s("/window/rect"), { width: 560, height: 820 });

  const articleTab = await wd("GET", s("/window"));
  let popupTab = null;
  let current = articleTab;
  const focusTab = async (handle) => {
    if (current !== handle) {
      await wd("POST", s("/window"), { handle });
      current = handle;
    }
  };
  /** The popup, opened as a page in a second tab and pointed at the article tab (again after an add-on change). */
  async function openPopupTab() {
    const handles = await wd("GET", s("/window/handles"));
    current = null;
    await focusTab(articleTab);
    popupTab = handles.find((x) => x !== articleTab) ?? (await wd("POST", s("/window/new"), { type: "tab" })).handle;
    await focusTab(popupTab);
    // WebDriver may not navigate to moz-extension:// pages: open it from the browser chrome.
    await wd("POST", s("/moz/context"), { context: "chrome" });
    await exec('openTrustedLinkIn(arguments[0], "current");', `${EXT_ORIGIN}/popup.html?tabId=0`);
    await wd("POST", s("/moz/context"), { context: "content" });
    await waitFor(() => exec("return location.href.startsWith(arguments[0]) && document.readyState === 'complete';", EXT_ORIGIN), "popup page");
  }
  await openPopupTab();
  const articleTabId = await execAsync(`
    const own = await browser.tabs.getCurrent();
    const tabs = (await browser.tabs.query({})).filter((t) => t.id !== own.id);
    return tabs.length === 1 ? tabs[0].id : null;`);
  assert(Number.isInteger(articleTabId), "the article's tab id");

  /** Load an extension page in the popup tab (a new document: the old one is gone, as a closed popup). */
  async function loadExtensionPage(path, ready) {
    await focusTab(popupTab);
    const nonce = String(Math.random()).slice(2);
    const sep = path.includes("?") ? "&" : "?";
    await exec("location.href = arguments[0];", `${EXT_ORIGIN}/${path}${sep}n=${nonce}`);
    await waitFor(() => exec(`return location.search.endsWith(arguments[0]) && document.readyState === "complete" && (${ready});`, nonce), `${path} loaded`, 30000);
  }

  const popup = {
    async open(query = "", { tabId = articleTabId } = {}) {
      await loadExtensionPage(`popup.html?tabId=${tabId}${query}`, "document.body.dataset.state !== 'loading' && document.body.dataset.painted");
      return exec(READ_POPUP);
    },
    openPage: (path) => loadExtensionPage(path, "true"),
    async eval(body, ...args) {
      await focusTab(popupTab);
      return execAsync(body, ...args);
    },
    async click(selector) {
      await focusTab(popupTab);
      const el = await wd("POST", s("/element"), { using: "css selector", value: selector });
      await wd("POST", s(`/element/${Object.values(el)[0]}/click`), {});
    },
    async press(key) {
      await focusTab(popupTab);
      await press(key);
    },
    async screenshot(path) {
      await focusTab(popupTab);
      writeFileSync(path, Buffer.from(await wd("GET", s("/screenshot")), "base64"));
    },
    async download(selector) {
      const before = new Set(readdirSync(downloads));
      await popup.click(selector);
      const name = await waitFor(() => readdirSync(downloads).find((f) => !before.has(f) && !f.endsWith(".part")), "downloaded file", 15000);
      await sleep(200);
      return { name, text: readFileSync(join(downloads, name), "utf8") };
    },
    close: async () => {},
  };

  const d = {
    name: "firefox",
    suffix: strict ? "-strict" : "",
    shots,
    docShots: strict ? null : DOC_SHOTS,
    strictWasmBlocked: false,
    urlOf: (page) => srv.urlOf(page, true),
    urlOn: (host, path) => `http://${host}:${srv.port}${path}`,
    page: {
      async goto(url) {
        await focusTab(articleTab);
        await chromeExec("window.__enrErrors.length = 0;");
        await wd("POST", s("/url"), { url });
      },
      errors: () => chromeExec("return window.__enrErrors.splice(0);"),
      async eval(body, ...args) {
        await focusTab(articleTab);
        return execAsync(body, ...args);
      },
      async press(key) {
        await focusTab(articleTab);
        await press(key);
      },
      async screenshot(path) {
        await focusTab(articleTab);
        writeFileSync(path, Buffer.from(await wd("GET", s("/screenshot")), "base64"));
      },
    },
    popup,
    /** The article tab as Firefox's accessibility tree shows it (closed shadow roots included). */
    async readerView() {
      await focusTab(articleTab);
      await wd("POST", s("/moz/context"), { context: "chrome" });
      try {
        return await exec(`
          const svc = Cc["@mozilla.org/accessibilityService;1"].getService(Ci.nsIAccessibilityService);
          const out = [];
          const walk = (acc, depth) => {
            if (!acc || depth > 80 || out.length > 5000) return;
            try { if (acc.name) out.push(svc.getStringRole(acc.role).replace("text leaf", "text") + ":" + acc.name); } catch (e) {}
            for (let c = acc.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
          };
          walk(svc.getAccessibleFor(gBrowser.selectedBrowser), 0);
          return out;`);
      } finally {
        await wd("POST", s("/moz/context"), { context: "content" });
      }
    },
    /** The real key chord, pressed in the browser window (where Firefox handles extension shortcuts). */
    async shortcut() {
      await focusTab(articleTab);
      await wd("POST", s("/moz/context"), { context: "chrome" });
      try {
        await press("Alt+Shift+M");
      } finally {
        await wd("POST", s("/moz/context"), { context: "content" });
      }
    },
    pageCspBlocksInline: strict,
    stubPrint: false,
    tabId: () => articleTabId,
    requests: () => chromeExec("return window.__enrRequests;"),
    contentReply: () =>
      // (Not `error`: wd() would take a reply with an `error` field for a WebDriver error.)
      popup.eval('const r = await browser.tabs.sendMessage(args[0], { type: "get-article" }); return { ok: r?.ok, failure: r?.error ?? null, html: typeof r?.html === "string" };', articleTabId),
    /** The add-on uninstalled (for good: only broken copies come back): `fn({visit(url, ms)})`. */
    async withoutExtension(fn) {
      await wd("POST", s("/moz/addon/uninstall"), { id: geckoId });
      popupTab = null;
      await fn({
        parallel: 1,
        async visit(url, ms) {
          const t = Date.now();
          await d.page.goto(url);
          await sleep(Math.max(200, ms - (Date.now() - t)));
          return { errors: await d.page.errors(), html: await d.page.eval("return document.documentElement.outerHTML;") };
        },
      });
    },
    /** A copy of the add-on that fails (`brokenExtensionDir`), installed for `fn({page, popup, contentReply})`. */
    async withBrokenExtension(how, fn) {
      const dir = brokenExtensionDir("firefox", how);
      // Uninstalling forgot the pinned UUID: pin it again, so the popup's address stays known.
      await chromeExec(`Services.prefs.setStringPref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [geckoId]: EXT_UUID }))});`);
      await wd("POST", s("/moz/addon/install"), { path: dir, temporary: true });
      try {
        await openPopupTab();
        await fn({ page: d.page, popup, contentReply: d.contentReply });
      } finally {
        await wd("POST", s("/moz/addon/uninstall"), { id: geckoId }).catch(() => {});
        rmSync(dirname(dir), { recursive: true, force: true });
      }
    },
    shortcutBinding: () => popup.eval('return (await browser.commands.getAll()).find((c) => c.name === "toggle-reader-mode")?.shortcut ?? "";'),
    badge: () => popup.eval("return browser.action.getBadgeText({ tabId: args[0] });", articleTabId),
    fakeSpeech: false,
  };

  const h = harness(label);
  pageTests(h, d, cases);
  stateTests(h, d);
  genericTests(h, d, pages);
  featureTests(h, d, pages, { all: !strict });
  injectionTests(h, d, injection);
  if (!strict) {
    neverBrokenWithExtension(h, d, corpus);
  }
  h.test("extension makes no outside requests", async () => {
    const all = await d.requests();
    const fromExt = all.filter((r) => r.ext);
    // Article images shown in the reader come from the article's own site.
    const bad = fromExt.filter((r) => !(r.type === "image" && /(^|\.)euronews\.com$/.test(new URL(r.url).hostname)));
    assertEq(bad.map((r) => `${r.url} (${r.type})`).join(" "), "", "requests made by the extension");
    const canary = all.filter((r) => new URL(r.url).hostname === "canary.invalid");
    return `${all.length} http(s) requests recorded, ${fromExt.length} by the extension (article images), ${canary.length} to the canary host (the injection pages' own scripts)`;
  });
  // Then: it takes the extension's site access away (Firefox lets users do that).
  const demo = pages.find((p) => p.id === "demo");
  h.test("site access revoked by the user", async () => {
    const removed = await popup.eval('return browser.permissions.remove({ origins: ["*://*.euronews.com/*"] });');
    assertEq(removed, true, "permissions.remove");
    await d.page.goto(d.urlOf(demo));
    const view = await popup.open();
    await popup.screenshot(join(shots, `firefox-no-access${d.suffix}.png`));
    assertEq(view.state, "no-access", "popup state");
    assert(/Allow/.test(view.text), `message: ${view.text}`);
    assert((await d.page.eval("return document.querySelectorAll('.c-ad, .js-adzone').length;")) > 0, "ad slots should stay without site access");
    return `popup-painted ${view.paintedMs?.toFixed(0)} ms`;
  });
  if (!strict) {
    // Last: these uninstall the add-on (a baseline without it, then broken copies).
    neverBrokenWithout(h, d, corpus, [demo, ...injection]);
  }
  ok = await h.run(skipped);
  paintSummary(label);
} catch (err) {
  console.log(`FAIL ${label}: ${err?.stack ?? err}`);
  console.log(gdLog.join("").split("\n").slice(-30).join("\n"));
  console.log(`${label}: 0 passed, 1 failed`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
