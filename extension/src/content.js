// Content script on *.euronews.com: runs the Rust core (wasm) on the live page
// with `pagePlan(html, url, false)` (the fast path: no quotes or entities),
// deletes the clutter nodes it names and keeps the article for the popup and
// the in-page reader mode. Everything is wrapped so that a failure here never
// breaks the page. Listed after pkg/euronews_reader.js (defines `wasm_bindgen`)
// and the shared classic scripts (common, reader-style, render, views, page-reader).
/* global wasm_bindgen */
(() => {
  "use strict";

  const ns = globalThis.EuronewsReader;
  const api = ns.api;

  /** Delete every node matching one of `selectors`; returns how many went. */
  function removeClutter(selectors) {
    let removed = 0;
    if (!Array.isArray(selectors)) {
      return removed;
    }
    for (const selector of selectors) {
      if (typeof selector !== "string" || selector === "") {
        continue;
      }
      try {
        for (const node of document.querySelectorAll(selector)) {
          if (node !== document.documentElement && node !== document.body) {
            node.remove();
            removed += 1;
          }
        }
      } catch (err) {
        // An invalid selector must not stop the others.
      }
    }
    return removed;
  }

  /** Add the plan's stylesheet, which hides clutter that loads later. */
  function addStyle(css) {
    if (typeof css !== "string" || css.trim() === "") {
      return;
    }
    try {
      const style = document.createElement("style");
      style.dataset.euronewsReader = "clutter";
      style.textContent = css;
      (document.head ?? document.documentElement).append(style);
    } catch (err) {
      // Cosmetic only.
    }
  }

  /** Tell the background (toolbar badge) how many nodes went. */
  function notify(removed) {
    try {
      api.runtime.sendMessage({ type: "clutter-removed", count: removed }).catch(() => {});
    } catch (err) {
      // The extension may have been reloaded under this page.
    }
  }

  function applyPlan(remove, css) {
    const removed = removeClutter(remove);
    addStyle(css);
    notify(removed);
    return removed;
  }

  const isArticle = (a) => Boolean(a) && typeof a === "object" && Array.isArray(a.blocks);
  let article = null;
  let annotated = null;
  let wasmReady = false;

  // Runs once per page; the popup's questions wait for it.
  const ready = (async () => {
    try {
      await wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/euronews_reader_bg.wasm") });
      wasmReady = true;
      const plan = wasm_bindgen.pagePlan(document.documentElement.outerHTML, location.href, false);
      const removed = applyPlan(plan.remove, plan.css);
      article = plan.article;
      return { ok: true, removed };
    } catch (err) {
      // Typically Chromium refusing to compile wasm under the page's CSP: the
      // popup then runs the core itself and sends the plan back.
      return { ok: false, error: String(err) };
    }
  })();

  /** Quotes and entities for the in-page reader, from our own wasm when it runs here. */
  function annotateLater() {
    if (annotated) {
      ns.pageReader.setAnnotations(annotated);
      return;
    }
    if (!wasmReady) {
      ns.pageReader.annotationsFailed(ns.t("analysisFromPopup"));
      return;
    }
    // After the reader has painted.
    setTimeout(() => {
      try {
        annotated = wasm_bindgen.annotate(article);
        ns.pageReader.setAnnotations(annotated);
      } catch (err) {
        ns.pageReader.annotationsFailed(ns.t("analysisFailed"));
      }
    }, 0);
  }

  /** Switch reader mode to `on` (toggle when not a boolean); resolves to the reply. */
  async function readerMode(on, given) {
    const want = typeof on === "boolean" ? on : !ns.pageReader.on;
    if (!want) {
      ns.pageReader.close();
      return { ok: true, on: false };
    }
    await ready;
    if (isArticle(given)) {
      // The popup's article, annotated there (it may be the only one under a strict page CSP).
      article ??= given;
      if (Array.isArray(given.quotes) && Array.isArray(given.entities) && given.quotes.length + given.entities.length > 0) {
        annotated ??= given;
      }
    }
    if (!article) {
      return { ok: false, on: false, error: "no-article" };
    }
    if (article.kind === "not_article") {
      return { ok: false, on: false, error: "not-article" };
    }
    if (!ns.pageReader.on) {
      const settings = await ns.settings.load();
      ns.pageReader.open(annotated ?? article, { settings, source: wasmReady ? "page" : "popup" });
      annotateLater();
    }
    return { ok: true, on: true };
  }

  ns.settings.watch((settings) => ns.pageReader.applySettings(settings));

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg !== "object") {
      return false;
    }
    if (msg.type === "get-article") {
      ready.then((state) => {
        sendResponse(
          state.ok || article
            ? { ok: true, article, removed: state.removed ?? 0, readerMode: ns.pageReader.on }
            : {
                ok: false,
                error: state.error,
                html: document.documentElement.outerHTML,
                url: location.href,
                readerMode: ns.pageReader.on,
              },
        );
      });
      return true;
    }
    if (msg.type === "apply-plan") {
      let removed = 0;
      try {
        removed = applyPlan(msg.remove, msg.css);
        if (isArticle(msg.article)) {
          article ??= msg.article;
        }
      } catch (err) {
        // Never break the page.
      }
      sendResponse({ ok: true, removed });
      return false;
    }
    if (msg.type === "reader-mode") {
      readerMode(msg.on, msg.article).then(sendResponse, (err) => sendResponse({ ok: false, on: ns.pageReader.on, error: String(err) }));
      return true;
    }
    return false;
  });
})();
