// Issue 6 in real browsers, written once for both drivers (see suite.mjs for
// the driver interface; the extra methods used here are listed below).
//
// injectionTests: our hand-made injection pages (tests/fixtures/injection/):
// every payload reports to a canary (`top.__pwned` gets its id and
// http://canary.invalid/<id> is requested). Ids "i-…" sit where the page itself
// never runs them; ids "l-…" are the page's own live scripts. On each page the
// test opens the popup (article, quotes and entities views), reader mode in the
// page, every export (Markdown copy and download, standalone HTML, opened in the
// browser too; the print view where the driver can stub print()), and checks:
// no "i-" payload ever fired, nothing fired again after the page loaded, no
// request to the canary host nor any made by the extension came out of our
// views, only http(s) URLs became links or images, and page text that looks
// like markup shows as that text.
//
// neverBrokenTests: every corpus page throws no error with the extension that
// it does not throw without it; a content script whose wasm or core fails
// leaves the page exactly as served and the popup says what went wrong.
//
// Extra driver methods: d.requests() (every http(s) request so far: {url, from,
// ext, type}), d.page.errors() (the page's script errors since the last call),
// d.contentReply(), d.withoutExtension(fn) and d.withBrokenExtension(how, fn)
// (fn gets {parallel, visit(url, ms)}: the page's errors and HTML `ms` after
// navigation started, or a driver-like {page, popup, contentReply}),
// d.stubPrint (popup.open(query, {stubPrint}) replaces print()).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ANNOTATED, AUDIT_FN, STUB_CLIPBOARD, firstDifference } from "./checks.mjs";
import { AD_SELECTOR, assert, assertEq, checkPopup, norm, sleep, waitFor } from "./lib.mjs";
import { popupSwitch, readerRoundTrip } from "./suite.mjs";

const CANARY = "canary.invalid";

/** Canary ids in a `__pwned` string ("id,id,") or a request list. */
function pwnedIds(value) {
  return String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
const canaryIds = (requests) => requests.filter((r) => hostOf(r.url) === CANARY).map((r) => new URL(r.url).pathname.slice(1));

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** Markdown link and image destinations (not after a backslash) and autolinks. */
export function markdownTargets(md) {
  const out = [];
  for (const m of md.matchAll(/(?<!\\)\]\(\s*(<[^>\n]*>|[^\s)]*)/g)) {
    out.push(m[1].replace(/^<|>$/g, ""));
  }
  for (const m of md.matchAll(/(?<!\\)<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)) {
    out.push(m[1]);
  }
  return out;
}

/** Markdown text with the core's backslash escapes removed. */
const unescapeMd = (text) => text.replace(/\\([\\`*_[\]<>#+-])/g, "$1");

/** Popup: problems in #app (see AUDIT_FN) and the text of each `literal` selector. */
const POPUP_AUDIT = `${AUDIT_FN}
  const app = document.getElementById("app");
  const texts = Object.fromEntries(args[0].map((sel) => [sel, [...app.querySelectorAll(sel)].map((n) => n.textContent)]));
  return { bad: audit(app), texts, pwned: window.__pwned ?? null, title: document.title };`;

/** Popup: the exported HTML (args[0]) parsed, never run: problems, head, texts. */
const EXPORT_AUDIT = `${AUDIT_FN}
  const doc = new DOMParser().parseFromString(args[0], "text/html");
  const head = [...doc.head.children].map((n) => n.localName + (n.httpEquiv ? "[http-equiv=" + n.httpEquiv + "]" : n.name ? "[name=" + n.name + "]" : n.hasAttribute("charset") ? "[charset]" : ""));
  const texts = Object.fromEntries(args[1].map((sel) => [sel, [...doc.body.querySelectorAll(sel)].map((n) => n.textContent)]));
  return { bad: audit(doc.body), head, texts, text: doc.body.textContent, csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "" };`;

/**
 * Popup: reach the page's reader (a closed shadow root) from a content script
 * of ours (`scripting.executeScript`, where Chrome's `chrome.dom` and Firefox's
 * `openOrClosedShadowRoot` open it) and audit it as the popup is audited.
 */
const READER_AUDIT = `
  const api = globalThis.browser ?? globalThis.chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId: args[0] },
    args: [args[1]],
    func: (selectors) => {
      ${AUDIT_FN}
      const host = document.querySelector("euronews-reader");
      if (!host) return { error: "no reader in the page" };
      const dom = globalThis.chrome?.dom;
      const root = dom?.openOrClosedShadowRoot ? dom.openOrClosedShadowRoot(host) : host.openOrClosedShadowRoot;
      if (!root) return { error: "the reader's shadow root is out of reach" };
      const reader = root.querySelector(".er-reader");
      const texts = Object.fromEntries(selectors.map((sel) => [sel, [...reader.querySelectorAll(sel)].map((n) => n.textContent)]));
      // Our own stylesheet may be a <style> child of the shadow root (Firefox): only the reader is audited.
      return { bad: audit(root.querySelector("dialog")), texts, annotated: reader.dataset.annotated === "true" };
    },
  });
  return first?.result ?? { error: "executeScript returned nothing" };`;

/** Every `literal` entry of the reference found, as text, in `texts` (selector -> texts). */
function checkLiterals(id, where, texts, literal, { all = true } = {}) {
  let found = 0;
  for (const [sel, want] of Object.entries(literal)) {
    const seen = texts[sel] ?? [];
    if (seen.length === 0 && !all) {
      continue;
    }
    assert(
      seen.some((t) => norm(t).includes(norm(want))),
      `${id}: ${where}: ${sel} does not show ${JSON.stringify(want)} as text (saw ${JSON.stringify(seen.map((t) => t.slice(0, 80)))})`,
    );
    found += 1;
  }
  return found;
}

/** Paragraphs of the reference that look like markup, each shown as text in `text`. */
function checkMarkupText(id, where, text, page) {
  const paras = page.reference.paragraphs.filter((p) => p.includes("<"));
  for (const para of paras) {
    assert(norm(text).includes(norm(para)), `${id}: ${where}: markup-like text not shown literally: ${JSON.stringify(para.slice(0, 100))}`);
  }
  return paras.length;
}

export function injectionTests(h, d, pages) {
  for (const page of pages) {
    const id = page.id;
    const ref = page.reference;
    const euronews = /(^|\.)euronews\.com$/.test(page.host);
    const literal = ref.literal ?? {};
    // Which quotes the core finds is not what these pages test: their texts are checked whenever the view lists some.
    const quoteLiteral = ref.quote_literal ?? {};
    const selectors = [...Object.keys(literal), ...Object.keys(quoteLiteral)];
    h.test(`injection: ${id} (popup views, reader mode, exports: no payload runs, only http(s) URLs, markup shown as text)`, async () => {
      const from = (await d.requests()).length;
      await d.page.goto(d.urlOf(page));
      if (euronews) {
        await waitFor(() => d.contentReply(), `${id}: content script answering`);
      }
      if (euronews && !d.strictWasmBlocked) {
        await waitFor(async () => (await d.page.eval("return document.querySelectorAll(args[0]).length;", AD_SELECTOR)) === 0, `${id}: ad slots removed by the content script`);
      }
      // The page's own live scripts ran by now; from here on nothing may fire.
      await sleep(400);
      const pagePwned = () => d.page.eval("return (window.wrappedJSObject ?? window).__pwned ?? null;");
      const loaded = { pwned: await pagePwned(), canary: canaryIds((await d.requests()).slice(from)) };
      const inert = [...pwnedIds(loaded.pwned), ...loaded.canary].filter((x) => x.startsWith("i-"));
      assertEq(inert.join(" "), "", `${id}: payloads that are inert in the page fired while it loaded`);
      if (!d.pageCspBlocksInline) {
        // The instrument works: the page's own inline script reached both canaries.
        const live = ref.live ?? [];
        assert(live.length > 0 && live.every((x) => pwnedIds(loaded.pwned).includes(x) && loaded.canary.includes(x)), `${id}: the page's own scripts ${live.join(", ")} should have reached the canaries (saw ${loaded.pwned} / ${loaded.canary.join(" ")})`);
      }
      const notes = [];

      // The popup: article, quotes and entities views.
      const view = await d.popup.open();
      checkPopup(view, page);
      await waitFor(() => d.popup.eval(ANNOTATED), `${id}: quotes and entities in the popup`);
      for (const name of ["article", "entities", "quotes"]) {
        await d.popup.click(`.er-view-btn[data-view="${name}"]`);
        assert(await d.popup.eval(`return document.querySelector('.er-reader').dataset.view === "${name}";`), `${id}: the ${name} view shows`);
      }
      const quotes = await d.popup.eval('return document.querySelectorAll(".er-quote").length;');
      if (quotes > 0) {
        // Highlighting a quote (back in the article view) rebuilds a text node from page text: still text.
        await d.popup.click(".er-quote:last-child .er-quote__jump");
        await waitFor(() => d.popup.eval('return document.querySelectorAll("mark.er-mark--quote").length > 0;'), `${id}: a quote highlighted`);
      }
      const seen = await d.popup.eval(POPUP_AUDIT, selectors);
      assertEq(seen.bad.join("\n"), "", `${id}: popup: markup or URLs from the page`);
      assertEq(seen.pwned, null, `${id}: popup: a payload ran in the popup`);
      const literals = checkLiterals(id, "popup", seen.texts, literal) + checkLiterals(id, "popup", seen.texts, quoteLiteral, { all: false });
      notes.push(`popup: ${quotes} quotes, ${literals} markup-like fields shown as text, views clean`);

      // Reader mode in the page: on (audited from a content script of ours), off restores the page.
      await d.page.eval('if (document.documentElement.scrollHeight < innerHeight + 1600) { const s = document.createElement("div"); s.style.height = "2000px"; document.body.append(s); } return 0;');
      let reader = null;
      await readerRoundTrip(d, page, popupSwitch(d), "popup switch", async () => {
        reader = await waitFor(async () => {
          const r = await d.popup.eval(READER_AUDIT, d.tabId(), selectors);
          return r?.error || r?.annotated ? r : null;
        }, `${id}: the reader in the page, annotated`);
      });
      assert(!reader.error, `${id}: reader: ${reader.error}`);
      assertEq(reader.bad.join("\n"), "", `${id}: reader mode: markup or URLs from the page`);
      checkLiterals(id, "reader mode", reader.texts, literal);
      checkLiterals(id, "reader mode", reader.texts, quoteLiteral, { all: false });
      notes.push("reader mode clean, page restored");

      // Exports: Markdown (download and copy), standalone HTML (parsed, then opened).
      await d.popup.click("#export-menu summary");
      const md = await d.popup.download("#download-md");
      const badTargets = markdownTargets(md.text).filter((u) => !/^https?:\/\//i.test(u));
      assertEq(badTargets.join(" "), "", `${id}: Markdown link or image targets that are not http(s)`);
      const mdParas = checkMarkupText(id, "Markdown", unescapeMd(md.text), page);
      await d.popup.eval(STUB_CLIPBOARD);
      await d.popup.click("#export-menu summary");
      await d.popup.click("#copy-md");
      const copied = await waitFor(() => d.popup.eval("return window.__copied?.[0] ?? null;"), `${id}: copied Markdown`);
      assertEq(copied, md.text, `${id}: copied Markdown equals the downloaded file`);
      notes.push(`Markdown: ${markdownTargets(md.text).length} targets, all http(s); ${mdParas} markup-like paragraphs as text`);

      await d.popup.click("#export-menu summary");
      const file = await d.popup.download("#download-html");
      const exported = await d.popup.eval(EXPORT_AUDIT, file.text, selectors);
      assertEq(exported.bad.join("\n"), "", `${id}: exported HTML: markup or URLs from the page`);
      assertEq(
        exported.head.filter((n) => !["meta[charset]", "meta[http-equiv=Content-Security-Policy]", "meta[name=viewport]", "meta[name=generator]", "title", "style"].includes(n)).join(" "),
        "",
        `${id}: exported HTML: unexpected elements in <head>`,
      );
      assert(exported.csp.includes("default-src 'none'"), `${id}: exported HTML CSP: ${exported.csp}`);
      checkMarkupText(id, "exported HTML", exported.text, page);
      checkLiterals(id, "exported HTML", exported.texts, literal, { all: false });

      // The print view is the reader in a tab of its own (popup.html?…&print=1).
      if (d.stubPrint) {
        const printed = await d.popup.open("&print=1", { stubPrint: true });
        checkPopup(printed, page);
        await waitFor(() => d.popup.eval("return window.__printed === true;"), `${id}: the print view asked to print`);
        const p = await d.popup.eval(POPUP_AUDIT, selectors);
        assertEq(p.bad.join("\n"), "", `${id}: print view: markup or URLs from the page`);
        notes.push("print view clean");
      }
      await d.popup.close();

      // The exported file opened in the browser: nothing runs, nothing is fetched from the canary.
      const dir = mkdtempSync(join(tmpdir(), "enr-export-"));
      try {
        const path = join(dir, file.name);
        writeFileSync(path, file.text);
        await d.page.goto(pathToFileURL(path).href);
        await sleep(300);
        assertEq(await pagePwned(), null, `${id}: a payload ran in the exported HTML file`);
        assertEq(norm(await d.page.eval('return document.querySelector("h1")?.textContent ?? "";')), norm(ref.title), `${id}: the exported file's title, as text`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }

      // Nothing fired after the page loaded, in the page or anywhere else.
      const after = (await d.requests()).slice(from);
      const canary = canaryIds(after);
      const again = canary.slice(loaded.canary.length);
      assertEq(canary.filter((x) => x.startsWith("i-")).join(" "), "", `${id}: inert payloads reached the canary`);
      assertEq(again.join(" "), "", `${id}: payloads fired after the page loaded (by our views)`);
      const byExt = after.filter((r) => r.ext && hostOf(r.url) === CANARY);
      assertEq(byExt.map((r) => r.url).join(" "), "", `${id}: canary requests made by the extension`);
      return `${notes.join("; ")}; page's own scripts fired ${pwnedIds(loaded.pwned).join(" ") || "none"}, nothing else; exported HTML clean, inert when opened`;
    });
  }
}

/** Corpus pages with the extension: their script errors, for the comparison without it. */
const withExtension = new Map();

/**
 * Part one of "the page is never broken": every corpus page opened with the
 * extension; its script errors (page errors and console errors, resource load
 * failures aside) recorded once the content script has answered.
 */
export function neverBrokenWithExtension(h, d, corpus) {
  h.test(`never broken (1/2): ${corpus.length} corpus pages with the extension`, async () => {
    assert(corpus.length > 0, "no corpus pages");
    for (const page of corpus) {
      const t0 = Date.now();
      await d.page.goto(d.urlOf(page));
      const reply = await waitFor(() => d.contentReply(), `${page.id}: content script answering`);
      // Back to the page's tab (Firefox asks from the popup's tab, and slows timers in background tabs).
      await d.page.eval("return document.readyState;");
      await sleep(500);
      withExtension.set(page.id, { errors: await d.page.errors(), ms: Date.now() - t0, ok: reply.ok });
    }
    const errs = [...withExtension.values()].reduce((n, v) => n + v.errors.length, 0);
    return `${corpus.length} pages, ${errs} script errors of the pages' own recorded (content script ok on ${[...withExtension.values()].filter((v) => v.ok).length})`;
  });
}

/** Error messages without the parts that change between loads (numbers, ports). */
const errorKey = (e) => String(e).replace(/:\d{2,5}\//g, "/").replace(/\d+/g, "#").slice(0, 300);

/**
 * Part two: the same pages without the extension (each given at least as long
 * as with it) throw every error they threw with it; and an extension whose
 * wasm or core fails leaves our pages exactly as served, with a clear popup.
 */
export function neverBrokenWithout(h, d, corpus, fixtures) {
  const baselines = new Map();
  // Our pages where the content script runs (Euronews hosts).
  const ours = fixtures.filter((p) => /(^|\.)euronews\.com$/.test(p.host));
  h.test(`never broken (2/2): the same pages without the extension throw the same errors`, async () => {
    assertEq(withExtension.size, corpus.length, "part one ran on every page");
    await d.withoutExtension(async (b) => {
      // b.parallel pages at once (tabs of their own where the driver can), each given 500 ms longer than with the extension.
      const jobs = [...corpus.map((p) => [p, withExtension.get(p.id).ms + 500]), ...ours.map((p) => [p, 800])];
      for (let i = 0; i < jobs.length; i += b.parallel) {
        const batch = jobs.slice(i, i + b.parallel);
        const seen = await Promise.all(batch.map(([page, ms]) => b.visit(d.urlOf(page), ms)));
        batch.forEach(([page], k) => baselines.set(page.id, seen[k]));
      }
    });
    const fresh = [];
    for (const page of corpus) {
      const base = new Set(baselines.get(page.id).errors.map(errorKey));
      for (const e of withExtension.get(page.id).errors) {
        if (!base.has(errorKey(e))) {
          fresh.push(`${page.id}: ${String(e).slice(0, 200)}`);
        }
      }
    }
    assertEq(fresh.join("\n"), "", "errors only with the extension");
    const total = corpus.reduce((n, p) => n + baselines.get(p.id).errors.length, 0);
    return `${corpus.length} pages: no new error (${total} errors of the pages' own without the extension)`;
  });

  for (const how of ["wasm", "throws"]) {
    const what = how === "wasm" ? "the wasm does not load" : "the core throws";
    h.test(`never broken: ${what} in the content script: the page stays as served, the popup says so`, async () => {
      assert(ours.length > 0 && ours.every((p) => baselines.has(p.id)), "baselines of our pages (run part two first)");
      const notes = [];
      await d.withBrokenExtension(how, async (b) => {
        for (const page of ours) {
          await b.page.goto(d.urlOf(page));
          const reply = await waitFor(() => b.contentReply(), `${page.id}: content script answering`);
          assertEq(reply.ok, false, `${page.id}: content script reply`);
          const html = await b.page.eval("return document.documentElement.outerHTML;");
          const served = baselines.get(page.id).html;
          assert(html === served, `${page.id}: the page differs from the page without the extension: ${firstDifference(served, html)}`);
          const view = await b.popup.open();
          assertEq(view.state, "error", `${page.id}: popup state (${norm(view.text).slice(0, 120)})`);
          assert(norm(view.text).length > 20, `${page.id}: a reason is shown: ${view.text}`);
          await b.popup.close();
          const later = await b.page.eval("return document.documentElement.outerHTML;");
          assert(later === served, `${page.id}: the page changed after the popup: ${firstDifference(served, later)}`);
          notes.push(`${page.id}: "${norm(view.text).slice(0, 60)}"`);
        }
      });
      return `${ours.length} pages unchanged; popup: ${notes.join("; ")}`;
    });
  }
}
