// Popup: asks the current tab's content script for its article, paints the
// reader view at once, then runs `annotate` in its own wasm instance to add the
// quotes and entities. When the content script could not run the wasm (Chromium
// applies the page's CSP to it), the popup runs `pagePlan` here on the page's
// HTML and sends the clutter plan back. Also opened as a tab
// (`popup.html?tabId=N`, `&print=1` to print it). `EuronewsReader` comes from
// the classic scripts popup.html loads before this module. What is not needed
// for the first paint loads after it: the wasm glue (`wasm_bindgen`, a classic
// script) and the toolbar's modules.
/* global wasm_bindgen */

performance.mark("popup-start");
const ns = globalThis.EuronewsReader;
const { api, el, t, str } = ns;
const app = document.getElementById("app");
const params = new URLSearchParams(location.search);

function announce(message) {
  const status = document.getElementById("announce");
  status.textContent = "";
  // A fresh text node, so the same message twice is announced twice.
  setTimeout(() => {
    status.textContent = message;
  }, 50);
}

/** Load a classic script of the extension (the wasm glue). */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.addEventListener("load", resolve, { once: true });
    script.addEventListener("error", () => reject(new Error(`${src} did not load`)), { once: true });
    document.head.append(script);
  });
}

let coreReady = null;
/** The popup's own wasm instance, started once. */
function core() {
  coreReady ??= loadScript("pkg/euronews_reader.js").then(() =>
    wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/euronews_reader_bg.wasm") }),
  );
  return coreReady;
}

/**
 * Replace the popup's content and record the paint mark the tests read: after
 * the next frame, i.e. once the content was laid out and painted.
 */
function show(state, ...nodes) {
  app.replaceChildren(...nodes);
  app.setAttribute("aria-busy", "false");
  document.body.dataset.state = state;
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark("popup-painted");
      performance.measure("popup-render", "popup-start", "popup-painted");
      document.body.dataset.painted = state;
    }, 0),
  );
}

function showMessage(state, heading, reason) {
  const box = el("section", `message message--${state}`);
  box.setAttribute("role", state === "error" ? "alert" : "status");
  box.append(el("h1", "message__title", heading));
  if (reason) {
    box.append(el("p", "message__reason", reason));
  }
  show(state, box);
  return box;
}

const SITES = { origins: ["*://*.euronews.com/*"] };

/** Whether the user left us access to euronews.com (Firefox and Chrome let them revoke it). */
async function hasSiteAccess() {
  try {
    return await api.permissions.contains(SITES);
  } catch (err) {
    return true;
  }
}

/** Without site access no content script runs: offer to grant it (needs this click). */
function showAccessRequest() {
  const box = showMessage("no-access", t("allowTitle"), t("allowReason"));
  const button = el("button", "message__action", t("allowButton"));
  button.type = "button";
  button.addEventListener("click", () => {
    // Called straight from the click: permissions.request needs the user gesture.
    api.permissions.request(SITES).then(
      (granted) => button.replaceWith(el("p", "message__reason", t(granted ? "allowDone" : "allowRefused"))),
      () => {},
    );
  });
  box.append(button);
}

/** The tab to read: `?tabId=N` (tests, print tab) or the active tab of this window. */
async function targetTab() {
  const param = params.get("tabId");
  if (param !== null && /^\d+$/.test(param)) {
    return api.tabs.get(Number(param));
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function isEuronews(url) {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && (hostname === "euronews.com" || hostname.endsWith(".euronews.com"));
  } catch (err) {
    return false;
  }
}

/**
 * The content script's answer, or undefined when none is there. A Euronews tab
 * that is still loading may not have its content script yet: ask again briefly.
 */
async function askPage(tab) {
  const patient = tab.status === "loading" || (typeof tab.url === "string" && isEuronews(tab.url));
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await api.tabs.sendMessage(tab.id, { type: "get-article" });
    } catch (err) {
      if (!patient || attempt >= 10) {
        return undefined;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Run the core here, on the HTML the content script sent, and let the page apply the plan. */
async function planInPopup(tabId, reply) {
  await core();
  const plan = wasm_bindgen.pagePlan(String(reply.html ?? ""), String(reply.url ?? ""), false);
  try {
    await api.tabs.sendMessage(tabId, { type: "apply-plan", remove: plan.remove, css: plan.css, article: plan.article });
  } catch (err) {
    // The reader view still works when the page could not be cleaned.
  }
  return plan.article;
}

/** Paint the article, then add the quotes and entities from the popup's own wasm. */
async function showArticle(article, { source, tab, readerMode, switchReader, settings }) {
  const reader = ns.createReader(article, {
    source,
    announce,
    copyText: (text) => navigator.clipboard.writeText(text),
  });
  document.getElementById("bar").hidden = false;
  show("article", reader.root);
  const { mountTools } = await import("./popup-tools.js");
  const tools = mountTools({ reader, article, tabId: tab.id, readerMode, switchReader, settings, announce, core });
  if (params.get("print") === "1") {
    document.body.dataset.mode = "tab";
    setTimeout(() => print(), 300);
  }
  let annotated;
  try {
    await core();
    annotated = wasm_bindgen.annotate(article);
  } catch (err) {
    reader.annotationsFailed(t("analysisFailed"));
    return;
  }
  reader.setAnnotations(annotated);
  tools.setArticle(annotated);
  // The analysis may finish before the first paint: nothing here may depend on that mark.
  performance.mark("popup-annotated");
}

/** The not-an-article and no-text messages; true when `article` can be shown. */
function checkArticle(article) {
  if (!article || typeof article !== "object") {
    throw new Error(t("nothingExtracted"));
  }
  if (article.kind === "not_article") {
    showMessage("not-article", t("notArticleTitle"), t("notArticleReason"));
    return false;
  }
  const hasText = Array.isArray(article.blocks) && article.blocks.some((b) => str(b?.text).trim() || Array.isArray(b?.items));
  if (!hasText) {
    showMessage("error", t("failedTitle"), t("noText"));
    return false;
  }
  return true;
}

/** http(s) only: the pages an extension may read. */
function isWeb(url) {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch (err) {
    return false;
  }
}

/**
 * The tab's HTML and address, read by a one-line function injected with
 * `scripting.executeScript` (the toolbar click's activeTab grant allows it on
 * any http(s) page); undefined when the browser refuses.
 */
async function readTab(tabId) {
  try {
    const [first] = await api.scripting.executeScript({
      target: { tabId },
      // Runs in the extension's isolated world, where any-page.js lives once injected.
      func: () => ({
        html: document.documentElement.outerHTML,
        url: location.href,
        readerMode: globalThis.EuronewsReader?.pageReader?.on === true,
      }),
    });
    const page = first?.result;
    return page && typeof page.html === "string" && typeof page.url === "string" && isWeb(page.url) ? page : undefined;
  } catch (err) {
    return undefined;
  }
}

/** What reader mode in a page off Euronews needs, injected on demand (any-page.js last). */
const PAGE_READER_FILES = ["common.js", "reader-style.js", "render.js", "views.js", "page-reader.js", "any-page.js"];

/**
 * Reader mode in a page off Euronews: switching it on injects the shared reader
 * scripts (once per page, with the toolbar click's activeTab grant) and sends
 * them the article extracted and annotated here, so the page runs no wasm and
 * its CSP does not matter. Resolves to `{ok, on, error?}` as content.js answers.
 */
async function genericReaderMode(tabId, on, article) {
  if (on) {
    const [probe] = await api.scripting.executeScript({
      target: { tabId },
      func: () => Boolean(globalThis.EuronewsReader?.anyPage),
    });
    if (probe?.result !== true) {
      await api.scripting.executeScript({ target: { tabId }, files: PAGE_READER_FILES });
    }
  }
  try {
    return await api.tabs.sendMessage(tabId, { type: "reader-mode", on, article });
  } catch (err) {
    if (!on) {
      // Nothing injected (the page navigated since): reader mode is off anyway.
      return { ok: true, on: false };
    }
    throw err;
  }
}

/** A page off Euronews: the core runs here on its HTML; the page itself is left alone. */
async function showGeneric(tab, page, settings) {
  await core();
  const plan = wasm_bindgen.pagePlan(page.html, page.url, false);
  performance.mark("popup-reply");
  const article = plan.article;
  if (!checkArticle(article)) {
    return;
  }
  await showArticle(article, {
    source: "popup",
    tab,
    readerMode: page.readerMode === true,
    switchReader: (on, given) => genericReaderMode(tab.id, on, given),
    settings,
  });
}

async function main() {
  const manifest = api.runtime.getManifest();
  ns.localize(document);
  document.documentElement.lang = ns.uiLang();
  document.documentElement.dir = t("@@bidi_dir") === "rtl" ? "rtl" : "ltr";
  document.getElementById("footer").textContent = `${t("extName")} ${manifest.version}`;

  const [settings, tab] = await Promise.all([ns.settings.load(), targetTab()]);
  ns.settings.apply(document.documentElement, settings);
  ns.settings.watch((next) => ns.settings.apply(document.documentElement, next));
  if (!tab || typeof tab.id !== "number") {
    showMessage("not-euronews", t("notEuronewsTitle"), t("noTab"));
    return;
  }
  const url = typeof tab.url === "string" ? tab.url : "";
  if (url && !isWeb(url)) {
    // chrome://, about:, moz-extension:, file: ... : no extension may read them.
    showMessage("unsupported", t("unsupportedTitle"), t("unsupportedPage"));
    return;
  }
  if (!isEuronews(url)) {
    // Any other site (or a tab whose address we may not see without the
    // toolbar click's activeTab grant): read its HTML once and extract here.
    const page = await readTab(tab.id);
    if (page && !isEuronews(page.url)) {
      await showGeneric(tab, page, settings);
      return;
    }
    if (url) {
      showMessage("unsupported", t("unsupportedTitle"), t("unreadable"));
      return;
    }
  }

  const reply = await askPage(tab);
  performance.mark("popup-reply");
  if ((!reply || typeof reply !== "object") && !(await hasSiteAccess())) {
    showAccessRequest();
    return;
  }
  if (!reply || typeof reply !== "object") {
    showMessage("unsupported", t("unsupportedTitle"), t("unreachable"));
    return;
  }

  let article;
  let source = "page";
  if (reply.ok) {
    article = reply.article;
  } else if (typeof reply.html === "string") {
    article = await planInPopup(tab.id, reply);
    source = "popup";
  } else {
    throw new Error(str(reply.error) || t("noArticleSent"));
  }

  if (!checkArticle(article)) {
    return;
  }
  await showArticle(article, { source, tab, readerMode: reply.readerMode, settings });
}

main().catch((err) => {
  showMessage("error", t("failedTitle"), str(err?.message) || String(err));
});
