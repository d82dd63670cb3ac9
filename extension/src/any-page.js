// Reader mode in the page off Euronews (issue 7). No content script runs there
// and we hold no host permission: the popup, with the toolbar click's activeTab
// grant, injects this file and the shared classic scripts (common, reader-style,
// render, views, page-reader) with `scripting.executeScript({files})` when the
// user switches reader mode on, and passes the article it already extracted and
// annotated. No wasm runs in the page, so its CSP does not matter, and nothing
// of the page is removed (clutter removal stays Euronews-only). Injected again,
// it does nothing: one listener per page. It answers the same `reader-mode`
// message as content.js, so the keyboard shortcut toggles it too, until the page
// navigates.
(() => {
  "use strict";

  const ns = globalThis.EuronewsReader;
  if (ns.anyPage) {
    return;
  }
  const api = ns.api;
  let article = null;

  const isArticle = (a) => Boolean(a) && typeof a === "object" && Array.isArray(a.blocks);
  const isAnnotated = (a) => Array.isArray(a?.quotes) && Array.isArray(a?.entities);

  async function readerMode(on, given) {
    const want = typeof on === "boolean" ? on : !ns.pageReader.on;
    if (!want) {
      ns.pageReader.close();
      return { ok: true, on: false };
    }
    if (isArticle(given) && (!article || isAnnotated(given) || !isAnnotated(article))) {
      article = given;
    }
    if (!article) {
      return { ok: false, on: false, error: "no-article" };
    }
    if (article.kind === "not_article") {
      return { ok: false, on: false, error: "not-article" };
    }
    if (!ns.pageReader.on) {
      const settings = await ns.settings.load();
      ns.pageReader.open(article, { settings, source: "popup" });
      if (isAnnotated(article)) {
        ns.pageReader.setAnnotations(article);
      } else {
        ns.pageReader.annotationsFailed(ns.t("analysisFromPopup"));
      }
    }
    return { ok: true, on: true };
  }

  ns.anyPage = { readerMode };
  ns.settings.watch((settings) => ns.pageReader.applySettings(settings));

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg !== "object") {
      return false;
    }
    if (msg.type === "reader-mode") {
      readerMode(msg.on, msg.article).then(sendResponse, (err) => sendResponse({ ok: false, on: ns.pageReader.on, error: String(err) }));
      return true;
    }
    return false;
  });
})();
