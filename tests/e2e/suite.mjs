// The end-to-end tests, written once for both browsers against a small driver
// interface that chromium.mjs (playwright-core) and firefox.mjs (WebDriver)
// implement:
//
//   d.name, d.suffix, d.shots, d.docShots (docs/screenshots/, normal runs only),
//   d.strictWasmBlocked (the page CSP stops the content script's wasm)
//   d.urlOf(page), d.urlOn(host, path)  (the address the browser opens for a served page)
//   d.page.goto(url) / eval(body, ...args) / press(key) / screenshot(file) / tabId
//   d.popup.open(query, {fakeSpeech}) -> what READ_POPUP reads, once painted
//   d.popup.openPage(path) / eval / click(selector) / press(key) / screenshot / download(selector) / close()
//   d.readerView()  -> the article tab's accessibility tree as "role:name" strings
//   d.shortcut()    -> presses (Firefox) or dispatches (Chromium) toggle-reader-mode
//   d.contentReply(), d.badge(), d.emulatePrint(on)  (Chromium only; may be absent)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ANNOTATED, HIDDEN_PARAGRAPHS, PAGE_STATE, SERVED_COUNTS, VISIBLE_WIDGETS, WIDGETS, firstDifference } from "./checks.mjs";
import { AD_SELECTOR, GENERIC_HOST, ROOT, assert, assertEq, checkPopup, norm, waitFor } from "./lib.mjs";

/** The native core's quotes and entities for a page (the CLI built by `./build.sh`). */
function coreAnnotations(page) {
  const cli = join(ROOT, "target/release/euronews-reader");
  assert(existsSync(cli), `${cli} missing: run ./build.sh first`);
  const out = JSON.parse(execFileSync(cli, ["extract", page.source, "--url", page.reference.url], { maxBuffer: 64 << 20 }));
  return { quotes: out.quotes.map((q) => norm(q.text)), entities: out.entities.map((e) => `${e.type}:${norm(e.name)}`).sort() };
}

/** Popup: the quotes and entities its views list. */
const SHOWN_ANNOTATIONS = `return {
  quotes: [...document.querySelectorAll(".er-quote .er-quote__words")].map((q) => q.textContent),
  entities: [...document.querySelectorAll(".er-entity")].map((b) => [b.className.match(/er-entity--(\\w+)/)[1], b.querySelector(".er-entity__name").textContent]),
};`;

/** Popup paint times of article pages, for the closing median. */
export const paints = [];

/**
 * Switch reader mode with `toggle()` and check it shows the article and restores
 * the page exactly; `whileOn()`, when given, runs while reader mode is on.
 */
export async function readerRoundTrip(d, page, toggle, label, whileOn = null) {
  // Somewhere down the article, so that restoring the scroll position means something.
  await d.page.eval("window.scrollTo(0, Math.min(1400, document.documentElement.scrollHeight - innerHeight - 10)); return scrollY;");
  const before = await d.page.eval(PAGE_STATE);
  assert(before.y > 0, `${page.id}: the page should scroll`);
  await toggle(true);
  const on = await waitFor(async () => {
    const s = await d.page.eval(PAGE_STATE);
    return s.host === 1 && s.top === "euronews-reader" ? s : null;
  }, `${page.id}: reader mode on (${label})`);
  const view = await waitFor(async () => {
    const names = await d.readerView();
    return names.some((n) => n.startsWith("dialog:")) ? names : null;
  }, `${page.id}: the reader dialog in the accessibility tree`);
  const title = norm(page.reference.title);
  assert(view.includes(`dialog:${title}`) || view.some((n) => n.startsWith("dialog:") && norm(n.slice(7)) === title), `${page.id}: no dialog named after the article: ${view.filter((n) => n.startsWith("dialog")).join(" | ")}`);
  assert(view.some((n) => /^heading:/.test(n) && norm(n.slice(8)) === title), `${page.id}: no heading with the article title`);
  const shownText = norm(view.map((n) => n.slice(n.indexOf(":") + 1)).join(" "));
  const first = norm(page.reference.paragraphs[0]).slice(0, 60);
  assert(shownText.includes(first), `${page.id}: the first paragraph is not shown in reader mode: ${first}`);
  if (whileOn) {
    await whileOn();
  }
  await toggle(false);
  const after = await waitFor(async () => {
    const s = await d.page.eval(PAGE_STATE);
    return s.host === 0 ? s : null;
  }, `${page.id}: reader mode off (${label})`);
  assert(after.html === before.html, `${page.id}: the DOM after reader mode differs from before (${label}) ${firstDifference(before.html, after.html)}`);
  assertEq(`${after.x},${after.y}`, `${before.x},${before.y}`, `${page.id}: scroll position after reader mode (${label})`);
  return { before, on };
}

/** The popup's reader-mode switch, as a toggle for readerRoundTrip. */
export function popupSwitch(d) {
  return async (on) => {
    await d.popup.click("#reader-mode");
    await waitFor(() => d.popup.eval(`return document.getElementById("reader-mode").getAttribute("aria-checked") === args[0];`, String(on)), `switch ${on}`);
  };
}

/** One test per corpus page: clean page, popup, and for the three designs the issue-3 checks. */
export function pageTests(h, d, cases) {
  for (const c of cases) {
    h.test(`${c.id} [${c.design}]`, async () => {
      const opened = Date.now();
      await d.page.goto(d.urlOf(c.page));
      const served = await d.page.eval(SERVED_COUNTS, [AD_SELECTOR, ...WIDGETS]);
      assert(c.noAds || served[AD_SELECTOR] > 0, `${c.id}: the served page has no ad slots to remove (${AD_SELECTOR})`);
      const liveAds = () => d.page.eval("return document.querySelectorAll(args[0]).length;", AD_SELECTOR);
      let note = "";
      if (d.strictWasmBlocked) {
        // The content script's wasm must have failed under the page CSP...
        const reply = await waitFor(() => d.contentReply(), `${c.id}: content script answering`);
        assert(reply.ok === false && reply.html, `${c.id}: content script should have fallen back under strict CSP, got ${JSON.stringify(reply)}`);
        // ...so the ads are still there before the popup opens.
        assert(c.noAds || (await liveAds()) > 0, `${c.id}: ad slots gone before the popup ran the core`);
      } else {
        await waitFor(async () => (await liveAds()) === 0, `${c.id}: ad slots removed by the content script`, 20000, 25);
        note = `, page clean ${Date.now() - opened} ms after navigation start`;
        if (d.badge && !c.noAds) {
          const badge = await waitFor(() => d.badge(), `${c.id}: badge`, 5000);
          assert(/^[1-9]\d*$/.test(badge), `${c.id}: toolbar badge should count removed nodes, got ${JSON.stringify(badge)}`);
        }
      }
      const view = await d.popup.open();
      const file = join(d.shots, `${d.name}-${c.id}${d.suffix}.png`);
      await d.popup.screenshot(file);
      // The README's popup pictures (docs/screenshots/popup-<browser>.png, popup-chromium-rtl.png).
      const doc = { "en-2026-venezuela-oil": `popup-${d.name}.png`, "ar-2020-nasa-spacex": d.name === "chromium" ? "popup-chromium-rtl.png" : null }[c.id];
      if (d.docShots && doc) {
        copyFileSync(file, join(d.docShots, doc));
      }
      checkPopup(view, c.page);
      if (view.state === "article") {
        // Issue 4: the article's quotes and entities are listed in the popup, exactly as the core finds them.
        const want = coreAnnotations(c.page);
        // The popup may paint the article before its analysis lands: wait for as many as the core gives.
        let last = null;
        const shown = await waitFor(async () => {
          last = { annotated: await d.popup.eval(ANNOTATED), ...(await d.popup.eval(SHOWN_ANNOTATIONS)) };
          return last.annotated && last.quotes.length === want.quotes.length && last.entities.length === want.entities.length ? last : null;
        }, `${c.id}: ${want.quotes.length} quotes and ${want.entities.length} entities in the popup`).catch(async (err) => {
          const extra = await d.popup.eval('return { lang: document.getElementById("reader")?.lang, counts: [...document.querySelectorAll(".er-count")].map((c) => c.textContent), marks: performance.getEntriesByType("mark").map((m) => m.name), blocks: document.querySelectorAll("#reader p").length };');
          throw new Error(`${err.message}; the popup shows ${JSON.stringify(last).slice(0, 600)} ${JSON.stringify(extra)}`);
        });
        assertEq(shown.quotes.map(norm).join("\n"), want.quotes.join("\n"), `${c.id}: quotes listed in the popup`);
        assertEq(shown.entities.map(([t, n]) => `${t}:${norm(n)}`).sort().join("\n"), want.entities.join("\n"), `${c.id}: entities listed in the popup`);
        assert(c.ours || want.entities.length > 0, `${c.id}: the core finds no entity`);
        note += `, ${want.quotes.length} quotes and ${want.entities.length} entities listed as the core gives them`;
        assertEq(view.source, d.strictWasmBlocked ? "popup" : "page", `${c.id}: where the core ran`);
        paints.push({ id: c.id, painted: view.paintedMs, render: view.renderMs });
      }
      if (d.strictWasmBlocked) {
        await waitFor(async () => (await liveAds()) === 0, `${c.id}: ad slots removed after the popup sent its plan`);
      }
      if (c.widgets) {
        // Issue 3, in the browser: nothing of the clutter is displayed, every paragraph is.
        const shown = await d.page.eval(VISIBLE_WIDGETS, WIDGETS);
        assertEq(shown.join("\n"), "", `${c.id}: clutter widgets still visible`);
        const hidden = await d.page.eval(HIDDEN_PARAGRAPHS, c.page.reference.paragraphs);
        assertEq(hidden.join("\n"), "", `${c.id}: reference paragraphs not visible in the page`);
        const widgets = WIDGETS.filter((sel) => served[sel] > 0).length;
        note += `, ${widgets} kinds of widget hidden, ${c.page.reference.paragraphs.length} paragraphs visible`;
        await readerRoundTrip(d, c.page, popupSwitch(d), "popup switch");
        note += ", reader mode on/off restores the DOM and scroll";
      }
      await d.popup.close();
      return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms), ${served[AD_SELECTOR]} ad slots removed${note}`;
    });
  }
}

/** The popup on pages that are not articles, and on a tab that went away: a message, never blank. */
export function stateTests(h, d) {
  h.test("a browser page (about:blank)", async () => {
    await d.page.goto("about:blank");
    const view = await d.popup.open();
    await d.popup.screenshot(join(d.shots, `${d.name}-browser-page${d.suffix}.png`));
    await d.popup.close();
    assertEq(view.state, "unsupported", "popup state");
    assert(/cannot be read/.test(view.text) && norm(view.text).length > 40, `message: ${view.text}`);
    return `${norm(view.text).slice(0, 90)}`;
  });
  h.test("a Euronews page without an article", async () => {
    await d.page.goto(d.urlOn("www.euronews.com", "/plain.html"));
    const view = await d.popup.open();
    await d.popup.close();
    assert(["not-article", "error"].includes(view.state), `popup state ${view.state}: ${view.text}`);
    assert(norm(view.text).length > 20, `a reason is shown: ${view.text}`);
    return `${view.state}: ${norm(view.text).slice(0, 70)}`;
  });
  h.test("a tab that went away", async () => {
    const view = await d.popup.open("", { tabId: 987654 });
    await d.popup.close();
    assertEq(view.state, "error", "popup state");
    assert(norm(view.text).length > 20, `a message is shown: ${view.text}`);
    return norm(view.text).slice(0, 70);
  });
}

/**
 * Any news site (issue 7): our hand-made article on news.example.org opens in
 * the popup through `scripting.executeScript` and the popup's own wasm (title,
 * first paragraph, quotes and entities; the page itself untouched: clutter
 * removal is Euronews-only). Reader mode in the page works there too: the popup
 * injects the reader scripts on demand and passes its article; on shows the
 * article, off restores the DOM and scroll exactly. A page there without an
 * article says "not an article".
 */
export function genericTests(h, d, pages) {
  const page = pages.find((p) => p.id === "generic");
  h.test("a news article off Euronews (generic reader, reader mode in the page)", async () => {
    assert(page, "tests/fixtures/generic/ is missing");
    await d.page.goto(d.urlOf(page));
    const served = await d.page.eval("return document.documentElement.outerHTML;");
    const view = await d.popup.open();
    await d.popup.screenshot(join(d.shots, `${d.name}-generic${d.suffix}.png`));
    checkPopup(view, page);
    assertEq(view.source, "popup", "where the core ran");
    // The quotes and entities, from the popup's own wasm.
    const counts = await waitFor(
      () => d.popup.eval('return document.querySelector(".er-reader[data-annotated=true]") ? [...document.querySelectorAll(".er-count")].map((c) => c.textContent).join("/") : null;'),
      "quotes and entities in the popup",
    );
    const after = await d.page.eval("return document.documentElement.outerHTML;");
    assert(after === served, "the page off Euronews was changed (clutter removal is Euronews-only)");
    const toggle = await d.popup.eval('const b = document.getElementById("reader-mode"); return { disabled: b.disabled, checked: b.getAttribute("aria-checked"), hint: document.getElementById("reader-mode-hint").textContent };');
    assert(!toggle.disabled, "the reader-mode switch should work off Euronews");
    assertEq(toggle.checked, "false", "reader mode off at first");
    // The hand-made page is short: make it taller, so that restoring the scroll position means something.
    await d.page.eval('if (document.documentElement.scrollHeight < innerHeight + 600) { const s = document.createElement("div"); s.style.height = "2000px"; document.body.append(s); } return 0;');
    await readerRoundTrip(d, page, popupSwitch(d), "popup switch, scripts injected on demand");
    // Once injected, the shortcut toggles it too (the scripts keep the popup's article).
    await readerRoundTrip(d, page, async () => d.shortcut(), "shortcut after the popup's injection");
    await d.popup.close();
    if (view.paintedMs !== null) {
      paints.push({ id: "generic", painted: view.paintedMs, render: view.renderMs });
    }
    return `popup-painted ${view.paintedMs?.toFixed(0)} ms (script to paint ${view.renderMs?.toFixed(0)} ms), title and first paragraph shown, quote/entity counts ${counts}, page untouched by the popup; reader mode in the page on/off (popup switch, then shortcut) restores the DOM and scroll; hint: "${toggle.hint}"`;
  });
  h.test("a page off Euronews without an article", async () => {
    await d.page.goto(d.urlOn(GENERIC_HOST, "/plain.html"));
    const view = await d.popup.open();
    await d.popup.close();
    assertEq(view.state, "not-article", `popup state (${norm(view.text).slice(0, 120)})`);
    assert(/not an article/i.test(view.text), `message: ${view.text}`);
    return norm(view.text).slice(0, 90);
  });
}

/** The closing line with the popup's paint times. */
export function paintSummary(label) {
  if (paints.length === 0) {
    return;
  }
  const median = (values) => {
    const v = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
    return v.length ? (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2) : NaN;
  };
  console.log(
    `${label}: popup-painted median ${median(paints.map((p) => p.painted)).toFixed(0)} ms (script to paint ${median(paints.map((p) => p.render)).toFixed(0)} ms) over ${paints.length} article pages: ${paints.map((p) => `${p.id} ${p.painted?.toFixed(0)}`).join(", ")}`,
  );
}

/** Interface strings (no browser needed; run by the Chromium driver): complete in en, fr and de. */
export function localeTests(h) {
  h.test("interface strings: every key used is in en, fr and de; the other languages fall back", async () => {
    const dir = join(ROOT, "extension/src/_locales");
    const load = (lang) => JSON.parse(readFileSync(join(dir, lang, "messages.json"), "utf8"));
    const en = load("en");
    const used = new Set();
    for (const file of readdirSync(join(ROOT, "extension/src")).filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(join(ROOT, "extension/src", file), "utf8");
      for (const m of text.matchAll(/\bt\("([A-Za-z_]+)"|data-i18n(?:-label)?="([A-Za-z_]+)"|"(?:readerMode(?:On|Off)|pause|resume|allowDone|allowRefused|published|updated|people|organizations|places)"/g)) {
        used.add(m[1] ?? m[2] ?? m[0].slice(1, -1));
      }
    }
    for (const m of readFileSync(join(ROOT, "extension/manifest.json"), "utf8").matchAll(/__MSG_([A-Za-z_]+)__/g)) {
      used.add(m[1]);
    }
    // Keys built from settings and view names.
    for (const key of ["view_article", "view_quotes", "view_entities", "setting_theme", "setting_font", "setting_size", "setting_width", "setting_lineHeight", "theme_system", "theme_light", "theme_dark", "theme_sepia", "font_serif", "font_sans", "font_dyslexic", "width_narrow", "width_medium", "width_wide"]) {
      used.add(key);
    }
    const undefinedKeys = [...used].filter((k) => !(k in en));
    assertEq(undefinedKeys.join(" "), "", "keys used but missing from en");
    const langs = readdirSync(dir);
    for (const lang of ["fr", "de"]) {
      const messages = load(lang);
      const missingKeys = Object.keys(en).filter((k) => !(k in messages));
      assertEq(missingKeys.join(" "), "", `keys missing from ${lang}`);
      const badPlaceholders = Object.keys(en).filter((k) => (en[k].message.match(/\$\d/g) ?? []).sort().join() !== (messages[k].message.match(/\$\d/g) ?? []).sort().join());
      assertEq(badPlaceholders.join(" "), "", `placeholders differ in ${lang}`);
    }
    for (const lang of langs) {
      const messages = load(lang);
      const unknown = Object.keys(messages).filter((k) => !(k in en) || !messages[k].message);
      assertEq(unknown.join(" "), "", `${lang}: keys unknown to en, or empty`);
    }
    return `${used.size} keys used; ${langs.length} languages: ${langs.map((l) => `${l} ${Object.keys(load(l)).length}`).join(", ")}`;
  });
}
