// Background: the toolbar badge (how many clutter nodes the content script
// removed) and the `toggle-reader-mode` keyboard command. Neither needs a
// permission: the `action` API comes with the action, and messaging a tab's
// content script needs none. When the page's CSP kept the content script's wasm
// from running (Chromium), the command runs the core here on the page's HTML,
// as the popup does. `wasm_bindgen` comes from pkg/euronews_reader.js: listed
// before this file in Firefox's background scripts, imported here by Chrome's
// service worker.
/* global wasm_bindgen, importScripts */
// Chrome's service worker imports the glue synchronously, as importScripts requires.
if (typeof importScripts === "function" && typeof wasm_bindgen === "undefined") {
  importScripts("pkg/euronews_reader.js");
}

(() => {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;

  api.runtime.onMessage.addListener((msg, sender) => {
    if (sender.id !== api.runtime.id || !sender.tab || !msg) {
      return undefined;
    }
    if (msg.type === "open-options") {
      // From the in-page reader's Display button.
      api.runtime.openOptionsPage().catch(() => {});
      return undefined;
    }
    if (msg.type !== "clutter-removed") {
      return undefined;
    }
    const count = Math.max(0, Math.min(999, Number(msg.count) || 0));
    const tabId = sender.tab.id;
    Promise.all([
      api.action.setBadgeBackgroundColor({ tabId, color: "#0b4fa3" }),
      api.action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" }),
    ]).catch(() => {});
    return undefined;
  });

  let wasm = null;
  /** The core, loaded on first use only (most commands never need it). */
  function core() {
    wasm ??= wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/euronews_reader_bg.wasm") }).then(() => wasm_bindgen);
    return wasm;
  }

  /** Toggle reader mode in `tabId`; resolves to the content script's reply (undefined off Euronews). */
  async function toggleReaderMode(tabId) {
    // Right after a navigation the content script may not listen yet: ask again
    // for up to 4 s rather than ignore the key press.
    let reply;
    for (let attempt = 0; attempt < 16 && reply === undefined; attempt += 1) {
      if (attempt > 0) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      reply = await api.tabs.sendMessage(tabId, { type: "reader-mode" }).catch(() => undefined);
    }
    if (reply?.error === "no-article") {
      const page = await api.tabs.sendMessage(tabId, { type: "get-article" });
      if (page && !page.ok && typeof page.html === "string") {
        const bindgen = await core();
        const plan = bindgen.pagePlan(page.html, String(page.url ?? ""), false);
        const article = bindgen.annotate(plan.article);
        await api.tabs.sendMessage(tabId, { type: "apply-plan", remove: plan.remove, css: plan.css, article: plan.article });
        reply = await api.tabs.sendMessage(tabId, { type: "reader-mode", on: true, article });
      }
    }
    return reply;
  }

  api.commands.onCommand.addListener((command, tab) => {
    if (command !== "toggle-reader-mode") {
      return;
    }
    const target = tab?.id !== undefined ? Promise.resolve(tab) : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
    target
      .then((t) => (t && typeof t.id === "number" ? toggleReaderMode(t.id) : undefined))
      .catch(() => {
        // Not a Euronews tab, or the tab went away: nothing to toggle.
      });
  });
})();
