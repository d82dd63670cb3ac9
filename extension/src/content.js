// Content script on *.euronews.com: runs the Rust core (wasm) on the live page,
// deletes the clutter nodes it names and keeps the extracted article for the
// popup. Everything is wrapped so that a failure here never breaks the page,
// and nothing is added to the global scope beyond `wasm_bindgen` (defined by
// pkg/euronews_reader.js, the no-modules glue listed before this file).
/* global wasm_bindgen */
(() => {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;

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

  // Runs once per page; the popup's questions wait for it.
  const ready = (async () => {
    try {
      await wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/euronews_reader_bg.wasm") });
      const plan = wasm_bindgen.pagePlan(document.documentElement.outerHTML, location.href);
      const removed = applyPlan(plan.remove, plan.css);
      return { ok: true, article: plan.article, removed };
    } catch (err) {
      // Typically Chromium refusing to compile wasm under the page's CSP: the
      // popup then runs the core itself and sends the plan back.
      return { ok: false, error: String(err) };
    }
  })();

  api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !msg || typeof msg !== "object") {
      return false;
    }
    if (msg.type === "get-article") {
      ready.then((state) => {
        sendResponse(
          state.ok
            ? { ok: true, article: state.article, removed: state.removed }
            : {
                ok: false,
                error: state.error,
                html: document.documentElement.outerHTML,
                url: location.href,
              },
        );
      });
      return true;
    }
    if (msg.type === "apply-plan") {
      let removed = 0;
      try {
        removed = applyPlan(msg.remove, msg.css);
      } catch (err) {
        // Never break the page.
      }
      sendResponse({ ok: true, removed });
      return false;
    }
    return false;
  });
})();
