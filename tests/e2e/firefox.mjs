// End-to-end tests in real Firefox ESR, driven over plain WebDriver HTTP
// (geckodriver, Node's fetch; no npm client): install dist/firefox as a
// temporary add-on, open corpus pages under their real Euronews hostnames
// (resolved to the local server by prefs), check that the content script's wasm
// removed the ad slots and that the popup shows the article.
//
//   node tests/e2e/firefox.mjs
// Env: FIREFOX (binary), GECKODRIVER (binary), E2E_ONLY=id,id, PAGE_CSP=strict
// (Firefox does not apply the page CSP to content-script wasm: same expectations).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
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
const label = strict ? "e2e firefox (PAGE_CSP=strict)" : "e2e firefox";
const suffix = strict ? "-strict" : "";
// Pinned so the popup's moz-extension:// address is known in advance.
const EXT_UUID = "4b7f2c1e-5d3a-4e8b-9c6f-0a1b2c3d4e5f";

const ext = extensionDir("firefox");
const geckoId = JSON.parse(readFileSync(join(ext, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
const pages = [...loadPages(corpusDir()), ...loadPages(demoDir())];
const { cases, missing } = selectCases(pages);
const skipped = reportMissing(missing, label);
const srv = await startServer({ pages, csp: strict ? "strict" : "" });
const shots = ensureShotDir();

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
const s = (path) => `/session/${sid}${path}`;
const exec = (script, ...args) => wd("POST", s("/execute/sync"), { script, args });
/** Runs an async function body; WebDriver awaits the returned promise. */
const execAsync = (body, ...args) => exec(`return (async (...args) => { ${body} })(...arguments);`, ...args);

async function cleanup() {
  if (sid) {
    await wd("DELETE", `/session/${sid}`).catch(() => {});
  }
  geckodriver.kill();
  await srv.close();
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
          },
        },
      },
    },
  });
  sid = session.sessionId;
  console.log(`${label}: Firefox ${session.capabilities.browserVersion} started in ${Date.now() - t0} ms`);
  await wd("POST", s("/moz/addon/install"), { path: ext, temporary: true });
  await wd("POST", s("/window/rect"), { width: 560, height: 820 });

  const articleTab = await wd("GET", s("/window"));
  // The popup, opened as a page in a second tab and pointed at each article in turn.
  const popupTab = (await wd("POST", s("/window/new"), { type: "tab" })).handle;
  const popupUrl = `moz-extension://${EXT_UUID}/popup.html`;
  await wd("POST", s("/window"), { handle: popupTab });
  // WebDriver may not navigate to moz-extension:// pages: open it from the browser chrome.
  await wd("POST", s("/moz/context"), { context: "chrome" });
  await exec('openTrustedLinkIn(arguments[0], "current");', popupUrl);
  await wd("POST", s("/moz/context"), { context: "content" });
  await waitFor(() => exec("return location.href.startsWith(arguments[0]) && document.readyState === 'complete';", popupUrl), "popup page");

  /** Load `url` in the article tab. */
  async function openArticle(url) {
    await wd("POST", s("/window"), { handle: articleTab });
    await wd("POST", s("/url"), { url });
  }

  /** Point the popup at the article tab; returns what it shows once painted. */
  async function showPopup(shotNames) {
    await wd("POST", s("/window"), { handle: popupTab });
    const tabId = await execAsync(`
      const own = await browser.tabs.getCurrent();
      const tabs = (await browser.tabs.query({})).filter((t) => t.id !== own.id);
      return tabs.length === 1 ? tabs[0].id : null;`);
    assert(Number.isInteger(tabId), "the article's tab id");
    const nonce = String(Math.random()).slice(2);
    await exec("location.href = arguments[0];", `${popupUrl}?tabId=${tabId}&n=${nonce}`);
    await waitFor(
      () => exec("return location.search.endsWith(arguments[0]) && document.body && document.body.dataset.state !== 'loading';", nonce),
      "popup painted",
      30000,
    );
    const view = await exec(READ_POPUP);
    for (const name of shotNames) {
      writeFileSync(join(shots, name), Buffer.from(await wd("GET", s("/screenshot")), "base64"));
    }
    await wd("POST", s("/window"), { handle: articleTab });
    return view;
  }

  const liveAds = () => exec("return document.querySelectorAll(arguments[0]).length;", AD_SELECTOR);
  const servedAds = () =>
    execAsync(
      `const html = await (await fetch(location.href, { cache: "no-store" })).text();
       return new DOMParser().parseFromString(html, "text/html").querySelectorAll(args[0]).length;`,
      AD_SELECTOR,
    );

  const h = harness(label);
  for (const c of cases) {
    h.test(`${c.id} [${c.design}]`, async () => {
      const opened = Date.now();
      await openArticle(srv.urlOf(c.page, true));
      const served = await servedAds();
      assert(served > 0, `${c.id}: the served page has no ad slots to remove (${AD_SELECTOR})`);
      await waitFor(async () => (await liveAds()) === 0, `${c.id}: ad slots removed by the content script`, 20000, 25);
      const cleaned = Date.now() - opened;
      const names = [`firefox-${c.id}${suffix}.png`];
      if (c.screenshot) {
        names.push(`popup-firefox${suffix}.png`);
      }
      const view = await showPopup(names);
      checkPopup(view, c.page);
      if (view.state === "article") {
        assertEq(view.source, "page", `${c.id}: where the core ran`);
      }
      return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms), ${served} ad slots removed, page clean ${cleaned} ms after navigation start`;
    });
  }
  h.test("not a Euronews page", async () => {
    await openArticle(`http://127.0.0.1:${srv.port}/plain.html`);
    const view = await showPopup([`firefox-not-euronews${suffix}.png`]);
    assertEq(view.state, "not-euronews", "popup state");
    assert(/Not a Euronews article/.test(view.text), `message: ${view.text}`);
    return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms)`;
  });
  // Last: it takes the extension's site access away (Firefox lets users do that).
  const demo = pages.find((p) => p.id === "demo");
  h.test("site access revoked by the user", async () => {
    await wd("POST", s("/window"), { handle: popupTab });
    const removed = await execAsync('return browser.permissions.remove({ origins: ["*://*.euronews.com/*"] });');
    assertEq(removed, true, "permissions.remove");
    await openArticle(srv.urlOf(demo, true));
    const view = await showPopup([`firefox-no-access${suffix}.png`]);
    assertEq(view.state, "no-access", "popup state");
    assert(/Allow/.test(view.text), `message: ${view.text}`);
    assert((await liveAds()) > 0, "ad slots should stay without site access");
    return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms)`;
  });
  ok = await h.run(skipped);
} catch (err) {
  console.log(`FAIL ${label}: ${err?.stack ?? err}`);
  console.log(gdLog.join("").split("\n").slice(-30).join("\n"));
  console.log(`${label}: 0 passed, 1 failed`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
